import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from '../../../shared/db/schema';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../shared/errors';
import { loadSqlJs, newReview } from '../helpers';

const FIRST_ITEM = 'cepej-charter-2018/p1.1';

describe('ReviewEngine', () => {
  it('reopening an exported review shows the same systems and answers', async () => {
    const engine = await newReview();
    const { createdId } = engine.dispatch(
      { type: 'addSystem', attributes: { name: 'Hearing transcription' } },
      'Aysel',
    );
    const systemId = createdId ?? '';
    engine.dispatch(
      { type: 'setAnswer', systemId, itemId: FIRST_ITEM, status: 'partial', justification: 'Only for civil hearings.' },
      'Aysel',
    );

    const reopened = ReviewEngine.open(await loadSqlJs(), engine.export()).engine;

    expect(reopened.info()).toEqual(engine.info());
    expect(reopened.systems().map((s) => s.name)).toEqual(['Hearing transcription']);
    const item = reopened.checklist(systemId).frameworks[0]?.principles[0]?.items[0];
    expect(item).toMatchObject({
      id: FIRST_ITEM,
      status: 'partial',
      justification: 'Only for civil hearings.',
      updatedBy: 'Aysel',
    });
  });

  it('writes the application id and the current schema version into the file', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database((await newReview()).export());
    expect(db.exec('PRAGMA application_id')[0]?.values[0]?.[0]).toBe(APPLICATION_ID);
    expect(db.exec('PRAGMA user_version')[0]?.values[0]?.[0]).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('writes exactly one audit row per applied command, in the same transaction', async () => {
    const engine = await newReview();
    const before = engine.info().auditEntries;
    const { createdId } = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }, 'Officer');
    engine.dispatch(
      { type: 'setAnswer', systemId: createdId ?? '', itemId: FIRST_ITEM, status: 'compliant' },
      'Officer',
    );
    engine.dispatch({ type: 'updateReview', title: 'Renamed' }, 'Officer');
    const log = engine.auditLog();
    expect(engine.info().auditEntries - before).toBe(3);
    expect(log.map((e) => e.command)).toEqual(['updateReview', 'setAnswer', 'addSystem']);
    expect(log.every((e) => e.actor === 'Officer')).toBe(true);
  });

  it('refuses a malformed command and changes nothing, not even the audit log', async () => {
    const engine = await newReview();
    const before = engine.export();
    expect(() => engine.dispatch({ type: 'addSystem', attributes: { name: '   ' } })).toThrow(CommandError);
    expect(() => engine.dispatch({ type: 'dropTables' })).toThrow(CommandError);
    expect(() =>
      engine.dispatch({ type: 'setAnswer', systemId: 'nope', itemId: FIRST_ITEM, status: 'compliant' }),
    ).toThrow(/no longer in the review/);
    expect(engine.info().auditEntries).toBe(0);
    expect(engine.revision).toBe(0);
    expect(engine.export()).toEqual(before);
  });

  it('refuses an answer to an item that is not in the review', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'X' } }).createdId ?? '';
    expect(() =>
      engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p9.9', status: 'compliant' }),
    ).toThrow(/no checklist item/);
  });

  it('keeps the previous revision of an answer as its base when the answer changes', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'X' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: FIRST_ITEM, status: 'partial', justification: 'a' });
    engine.dispatch({ type: 'setAnswer', systemId, itemId: FIRST_ITEM, status: 'compliant' });
    const sql = await loadSqlJs();
    const db = new sql.Database(engine.export());
    const [revision, base, justification] =
      db.exec('SELECT revision, base_revision, justification FROM answer')[0]?.values[0] ?? [];
    expect(typeof revision).toBe('string');
    expect(typeof base).toBe('string');
    expect(base).not.toBe(revision);
    expect(justification).toBe('a');
  });

  it('counts answers only over the items that apply to a system', async () => {
    const engine = await newReview();
    const systemId =
      engine.dispatch({
        type: 'addSystem',
        attributes: { name: 'Statistics', dataProcessed: [], automation: 'information' },
      }).createdId ?? '';
    const all = engine.systems()[0];
    const total = engine.checklist(systemId).frameworks.flatMap((f) => f.principles.flatMap((p) => p.items));
    const applicable = total.filter((i) => i.applicable);
    expect(all?.applicableItems).toBe(applicable.length);
    expect(total.find((i) => i.id === 'cepej-charter-2018/p5.1')?.applicable).toBe(false);
    // dataProcessed: [] states that no personal data are processed.
    expect(total.find((i) => i.id === 'cepej-charter-2018/p1.2')?.applicable).toBe(false);
    expect(all?.counts.not_reviewed).toBe(applicable.length);
  });

  it('foreign keys stay enforced after an export reopens the connection', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'X' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: FIRST_ITEM, status: 'compliant' });
    engine.export();
    engine.dispatch({ type: 'removeSystem', systemId });
    expect(engine.info().answers.compliant).toBe(0);
    const sql = await loadSqlJs();
    expect(new sql.Database(engine.export()).exec('SELECT COUNT(*) FROM answer')[0]?.values[0]?.[0]).toBe(0);
  });
});
