// The import applied to a review: one command, one transaction, one audit row and one undo step;
// a re-imported spreadsheet updates systems instead of duplicating them.
import { describe, expect, it } from 'vitest';
import type { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../../shared/errors';
import { guessMapping, planImport, readInventory, toImportCommand } from '../../../../shared/inventory';
import { loadSqlJs, newReview } from '../../helpers';
import { fixture } from './fixtures';

async function importFixture(engine: ReviewEngine, name: string) {
  const source = await readInventory(fixture(name), { fileName: name });
  const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());
  engine.dispatch(toImportCommand(plan, { fileName: name, format: source.format }), 'Aysel');
  return plan;
}

describe('importInventory', () => {
  it('adds the 12 sample systems in file order with one audit row', async () => {
    const engine = await newReview();
    const auditBefore = engine.info().auditEntries;
    await importFixture(engine, 'inventory-sample.csv');
    const systems = engine.systems();
    expect(systems.map((s) => s.name)).toEqual([
      'Anonymiser for published judgments',
      'Hearing transcription',
      'Case-law search assistant',
      'Citizen information chatbot',
      'Case allocation optimiser',
      'Recidivism risk score',
      'Document classifier for incoming filings',
      'Traduction automatique des pièces',
      'Judicial statistics dashboard',
      'Online dispute resolution triage',
      'Face matching at court entrance',
      'Sentencing statistics explorer',
    ]);
    expect(systems[5]).toMatchObject({
      name: 'Recidivism risk score',
      organisation: 'Penitentiary Service',
      stage: 'pilot',
      providerType: 'vendor',
      providerName: 'RiskLabs',
      dataProcessed: ['personal', 'criminal'],
      goLive: '2026-02',
      contact: '',
      customFields: {},
    });
    expect(engine.info().auditEntries - auditBefore).toBe(1);
    const [entry] = engine.auditLog(1);
    expect(entry?.command).toBe('importInventory');
    expect(JSON.parse(entry?.payload ?? '{}')).toMatchObject({
      source: { fileName: 'inventory-sample.csv', format: 'csv' },
      summary: { rowsRead: 12, added: 12, updated: 0 },
    });
  });

  it('re-importing the updated spreadsheet updates the changed system and adds the new one, no duplicates', async () => {
    const engine = await newReview();
    await importFixture(engine, 'inventory-sample.csv');
    const before = engine.systems();
    const plan = await importFixture(engine, 'inventory-sample-updated.csv');
    expect(plan.summary).toMatchObject({
      rowsRead: 13,
      added: 1,
      updated: 1,
      unchanged: 11,
      duplicates: 0,
      rejected: 0,
    });
    expect(plan.rows.find((r) => r.outcome === 'updated')).toMatchObject({
      row: 3,
      name: 'Hearing transcription',
      fields: [
        { field: 'stage', before: 'pilot', after: 'production' },
        { field: 'goLive', before: '2025-09', after: '2026-01' },
      ],
    });
    const after = engine.systems();
    expect(after).toHaveLength(13);
    const hearing = after.find((s) => s.name === 'Hearing transcription');
    expect(hearing).toMatchObject({ id: before[1]?.id, stage: 'production', goLive: '2026-01' });
    expect(after.at(-1)).toMatchObject({ name: 'Court fee calculator', providerType: 'in_house', dataProcessed: [] });
  });

  it('is one undoable step: undo removes the added systems and restores the updated ones', async () => {
    const engine = await newReview();
    await importFixture(engine, 'inventory-sample.csv');
    const afterFirst = engine.systems();
    await importFixture(engine, 'inventory-sample-updated.csv');
    engine.undo('Aysel');
    expect(engine.systems()).toEqual(afterFirst);
    engine.undo('Aysel');
    expect(engine.systems()).toEqual([]);
  });

  it('keeps what undoing needs in the audit row: the new ids and the rows it replaced', async () => {
    const engine = await newReview();
    await importFixture(engine, 'inventory-sample.csv');
    const hearing = engine.systems()[1];
    await importFixture(engine, 'inventory-sample-updated.csv');
    const sql = await loadSqlJs();
    const db = new sql.Database(engine.export());
    const [before, after] =
      db.exec('SELECT before, after FROM audit_log ORDER BY seq DESC LIMIT 1')[0]?.values[0] ?? [];
    db.close();
    expect(JSON.parse(String(before))).toMatchObject({
      updatedSystems: [{ id: hearing?.id, stage: 'pilot', go_live: '2025-09' }],
    });
    const added = engine.systems().at(-1)?.id;
    expect(JSON.parse(String(after))).toMatchObject({ addedSystemIds: [added], updatedSystemIds: [hearing?.id] });
  });

  it('stores custom fields and marks a use category stated in the file as imported', async () => {
    const engine = await newReview();
    const source = await readInventory(
      new TextEncoder().encode('System name,Use category,Asset ID\nChatbot,Encouraged,A-17\n'),
      { fileName: 'assets.csv' },
    );
    const plan = await planImport(source.table, guessMapping(source.table.headers), []);
    engine.dispatch(toImportCommand(plan, { fileName: 'assets.csv', format: 'csv' }));
    expect(engine.systems()[0]).toMatchObject({
      useCategory: 'encouraged',
      useCategorySource: 'import',
      useCategoryReason: 'Stated in the imported inventory (assets.csv, row 2).',
      customFields: { 'Asset ID': 'A-17' },
    });
  });

  it('imports the good rows of a file whose other rows were rejected, whatever the reason', async () => {
    const engine = await newReview();
    const source = await readInventory(
      new TextEncoder().encode('System name,Stage\nChatbot,pilot\n,idea\nSearch,idea,extra\n'),
      { fileName: 'systems.csv' },
    );
    const plan = await planImport(source.table, guessMapping(source.table.headers), []);
    expect(plan.summary.errors.map((error) => error.code)).toEqual(['no-name', 'extra-cells']);
    const command = toImportCommand(plan, { fileName: 'systems.csv', format: 'csv' });
    // The audit log keeps each reason as the sentence the person read.
    expect(command.summary.errors).toEqual(
      plan.summary.errors.map(({ row, column, message }) => ({ row, column, message })),
    );
    engine.dispatch(command);
    expect(engine.systems().map((system) => system.name)).toEqual(['Chatbot']);
  });

  it('changes nothing at all when one update names a system that is gone', async () => {
    const engine = await newReview();
    const bytes = engine.export();
    const command = {
      type: 'importInventory',
      source: { fileName: 'x.csv', format: 'csv' },
      adds: [{ row: 2, attributes: { name: 'New one' } }],
      updates: [{ row: 3, systemId: 'removed-meanwhile', changes: { stage: 'pilot' } }],
      summary: {
        rowsRead: 2,
        added: 1,
        updated: 1,
        unchanged: 0,
        duplicates: 0,
        rejected: 0,
        blankRows: 0,
        errors: [],
      },
    };
    expect(() => engine.dispatch(command)).toThrow(CommandError);
    expect(engine.export()).toEqual(bytes);
  });

  it('refuses a command whose summary does not match what it adds', async () => {
    const engine = await newReview();
    expect(() =>
      engine.dispatch({
        type: 'importInventory',
        source: { fileName: 'x.csv', format: 'csv' },
        adds: [],
        updates: [],
        summary: {
          rowsRead: 1,
          added: 1,
          updated: 0,
          unchanged: 0,
          duplicates: 0,
          rejected: 0,
          blankRows: 0,
          errors: [],
        },
      }),
    ).toThrow(/summary does not match/);
  });
});
