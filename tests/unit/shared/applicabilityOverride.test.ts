// The reviewer's override of an applicability rule, with its justification, and where it counts.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/db/schema';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';

// Applies only to systems that process personal data.
const PERSONAL_DATA_ITEM = 'cepej-charter-2018/p1.2';

async function reviewWithAnonymousDataSystem() {
  const engine = await newReview();
  const systemId =
    engine.dispatch({ type: 'addSystem', attributes: { name: 'Court statistics dashboard', dataProcessed: [] } })
      .createdId ?? '';
  return { engine, systemId };
}

function itemOf(engine: ReviewEngine, systemId: string, itemId: string) {
  const item = engine
    .checklist(systemId)
    .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))
    .find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`no item ${itemId}`);
  return item;
}

function charterScore(engine: ReviewEngine, systemId: string) {
  return engine
    .scores()
    .systems.find((s) => s.id === systemId)
    ?.principles.find((p) => p.id === 'cepej-charter-2018/p1');
}

describe('applicability override', () => {
  it('makes an item the rule excludes count for the system, with the reviewer’s reason', async () => {
    const { engine, systemId } = await reviewWithAnonymousDataSystem();
    expect(itemOf(engine, systemId, PERSONAL_DATA_ITEM)).toMatchObject({
      applicable: false,
      applicableByRule: false,
      override: null,
    });
    const before = engine.systems()[0]?.applicableItems ?? 0;
    const coveredBefore = charterScore(engine, systemId);

    engine.dispatch({
      type: 'setApplicability',
      systemId,
      itemId: PERSONAL_DATA_ITEM,
      applies: true,
      justification: 'Free-text fields may hold names of parties.',
    });

    expect(itemOf(engine, systemId, PERSONAL_DATA_ITEM)).toMatchObject({
      applicable: true,
      applicableByRule: false,
      status: 'not_reviewed',
      override: { applies: true, justification: 'Free-text fields may hold names of parties.' },
    });
    expect(engine.systems()[0]?.applicableItems).toBe(before + 1);
    expect(engine.systems()[0]?.counts.not_reviewed).toBe(before + 1);

    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: PERSONAL_DATA_ITEM,
      status: 'non_compliant',
      justification: 'x',
    });
    const after = charterScore(engine, systemId);
    expect(after?.counts.non_compliant).toBe((coveredBefore?.counts.non_compliant ?? 0) + 1);
  });

  it('can take an item out of the count, and return to the rule', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
    const item = 'cepej-charter-2018/p1.1';
    const before = engine.systems()[0]?.applicableItems ?? 0;
    engine.dispatch({ type: 'setAnswer', systemId, itemId: item, status: 'compliant' });
    engine.dispatch({
      type: 'setApplicability',
      systemId,
      itemId: item,
      applies: false,
      justification: 'Out of scope.',
    });
    expect(engine.systems()[0]?.applicableItems).toBe(before - 1);
    // The answer given earlier is kept, just no longer counted.
    expect(itemOf(engine, systemId, item)).toMatchObject({
      applicable: false,
      applicableByRule: true,
      status: 'compliant',
    });
    expect(engine.systems()[0]?.counts.compliant).toBe(0);

    engine.dispatch({ type: 'setApplicability', systemId, itemId: item, applies: null });
    expect(itemOf(engine, systemId, item)).toMatchObject({ applicable: true, override: null, status: 'compliant' });
    expect(engine.systems()[0]?.applicableItems).toBe(before);
  });

  it('refuses an override without a justification and changes nothing', async () => {
    const { engine, systemId } = await reviewWithAnonymousDataSystem();
    const revision = engine.revision;
    expect(() =>
      engine.dispatch({
        type: 'setApplicability',
        systemId,
        itemId: PERSONAL_DATA_ITEM,
        applies: true,
        justification: '  ',
      }),
    ).toThrow(/justification/);
    expect(engine.revision).toBe(revision);
    expect(itemOf(engine, systemId, PERSONAL_DATA_ITEM).override).toBeNull();
  });

  it('gives the answer a new revision, is undoable, and keeps the answer’s own justification', async () => {
    const { engine, systemId } = await reviewWithAnonymousDataSystem();
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: PERSONAL_DATA_ITEM,
      status: 'partial',
      justification: 'Own note.',
    });
    const sql = await loadSqlJs();
    const revisionOf = () => {
      const db = new sql.Database(engine.export());
      try {
        return db.exec(`SELECT revision, base_revision FROM answer WHERE item_id = '${PERSONAL_DATA_ITEM}'`)[0]
          ?.values[0];
      } finally {
        db.close();
      }
    };
    const [first] = revisionOf() ?? [];
    engine.dispatch({
      type: 'setApplicability',
      systemId,
      itemId: PERSONAL_DATA_ITEM,
      applies: true,
      justification: 'Why.',
    });
    const [second, base] = revisionOf() ?? [];
    expect(second).not.toBe(first);
    expect(base).toBe(first);
    expect(itemOf(engine, systemId, PERSONAL_DATA_ITEM).justification).toBe('Own note.');

    engine.undo();
    expect(itemOf(engine, systemId, PERSONAL_DATA_ITEM)).toMatchObject({ override: null, applicable: false });
    expect(revisionOf()?.[0]).toBe(first);
  });

  it('is covered by a sign-off: overriding after signing shows "changed since sign-off"', async () => {
    const { engine, systemId } = await reviewWithAnonymousDataSystem();
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    engine.dispatch({ type: 'signOff', systemId, person: 'R. Reviewer', role: 'reviewer', statement: 'Checked.' });
    expect(engine.signOffs(systemId)[0]?.changedSinceSignOff).toBe(false);
    engine.dispatch({
      type: 'setApplicability',
      systemId,
      itemId: PERSONAL_DATA_ITEM,
      applies: true,
      justification: 'Why.',
    });
    expect(engine.signOffs(systemId)[0]?.changedSinceSignOff).toBe(true);
  });
});

describe('sign-off needs explained answers', () => {
  it('refuses to sign while a partial answer has no justification, then signs once it has one', async () => {
    const { engine, systemId } = await reviewWithAnonymousDataSystem();
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'partial' });
    const signOff = { type: 'signOff', systemId, person: 'A. Assessor', role: 'assessor', statement: 'Done.' } as const;
    expect(() => engine.dispatch(signOff)).toThrow(/One answer has no justification/);
    expect(engine.signOffs(systemId)).toEqual([]);
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: 'cepej-charter-2018/p1.1',
      status: 'partial',
      justification: 'Half done.',
    });
    engine.dispatch(signOff);
    expect(engine.signOffs(systemId)).toHaveLength(1);
  });
});

describe('a schema 1 file', () => {
  it('opens, migrates to the current schema, and keeps its answers, records and sign-off valid', async () => {
    const bytes = new Uint8Array(
      await readFile(new URL('../../fixtures/review-files/schema-1.charter', import.meta.url)),
    );
    const { engine, migratedFrom } = ReviewEngine.open(await loadSqlJs(), bytes);
    expect(migratedFrom).toBe(1);
    expect(engine.info().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(engine.info().systems).toBe(2);
    expect(engine.info().answers).toMatchObject({ compliant: 1, partial: 1, non_compliant: 1 });
    expect(engine.findings()).toHaveLength(1);
    expect(engine.actions()).toHaveLength(1);
    expect(engine.evidence()).toHaveLength(1);
    // The sign-off's hash was computed by schema 1 code; the migration must not make it look stale.
    expect(engine.signOffs()).toEqual([expect.objectContaining({ person: 'A. Officer', changedSinceSignOff: false })]);
    const systemId = engine.systems()[0]?.id ?? '';
    expect(itemOf(engine, systemId, 'cepej-charter-2018/p2.1')).toMatchObject({ status: 'partial', override: null });
  });
});
