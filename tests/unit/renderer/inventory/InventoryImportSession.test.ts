// The worker's half of the import wizard, against a real engine: read, plan, one command, one undo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InventoryImportSession } from '../../../../renderer/features/inventory/InventoryImportSession';
import { guessMapping } from '../../../../shared/inventory';
import { newReview } from '../../helpers';

const SAMPLE = {
  name: 'inventory-sample.csv',
  bytes: new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../assets/samples/inventory-sample.csv'))),
};

describe('InventoryImportSession', () => {
  it('reads the sample into headers, examples and a guessed mapping, without sending its rows', async () => {
    const session = new InventoryImportSession();

    const file = await session.open(SAMPLE);

    expect(file).toMatchObject({ fileName: 'inventory-sample.csv', format: 'csv', rowCount: 12, blankRows: 0 });
    expect(file.headers[0]).toBe('System name');
    expect(file.examples[file.headers.indexOf('Status')]).toEqual(['Production', 'Pilot', 'Idea']);
    expect(file.guessed.columns).toMatchObject({ 'System name': 'name', Status: 'stage', Supplier: 'provider' });
    expect(JSON.stringify(file)).not.toContain('Sentencing statistics explorer');
  });

  it('plans the import, and its command adds the 12 systems in one step that one undo reverts', async () => {
    const engine = await newReview();
    const session = new InventoryImportSession();
    const file = await session.open(SAMPLE);

    const preview = await session.plan(engine, file.guessed);
    expect(preview.summary).toMatchObject({ rowsRead: 12, added: 12, updated: 0, duplicates: 0, rejected: 0 });
    expect(preview.rows[0]).toEqual({ row: 2, outcome: 'added', name: 'Anonymiser for published judgments' });

    engine.dispatch(session.command(engine));
    expect(engine.systems()).toHaveLength(12);
    expect(engine.undoState().undo?.command).toBe('importInventory');
    engine.undo();
    expect(engine.systems()).toEqual([]);
  });

  it('refuses to apply a preview made before the review changed', async () => {
    const engine = await newReview();
    const session = new InventoryImportSession();
    const file = await session.open(SAMPLE);
    await session.plan(engine, file.guessed);

    engine.dispatch({ type: 'addSystem', attributes: { name: 'Hearing transcription' } });

    expect(() => session.command(engine)).toThrow(/changed after this preview was made/);
    const again = await session.plan(engine, file.guessed);
    expect(again.summary).toMatchObject({ added: 11, unchanged: 0, updated: 1 });
  });

  it('a plan replaced by a newer one, or cancelled, ends with the code "cancelled" and leaves no plan behind', async () => {
    const engine = await newReview();
    const session = new InventoryImportSession();
    const file = await session.open(SAMPLE);

    const older = session.plan(engine, file.guessed);
    const newer = session.plan(engine, { ...file.guessed, key: 'name+organisation' });
    await expect(older).rejects.toMatchObject({ code: 'cancelled' });
    expect((await newer).key).toBe('name+organisation');

    const cancelled = session.plan(engine, file.guessed);
    session.cancel();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(() => session.command(engine)).toThrow(/no import preview/);
  });

  it('explains a mapping without a name column, and a file that is not what its name says', async () => {
    const engine = await newReview();
    const session = new InventoryImportSession();
    const file = await session.open(SAMPLE);
    const withoutName = { ...file.guessed, columns: { ...file.guessed.columns, 'System name': 'custom' as const } };

    await expect(session.plan(engine, withoutName)).rejects.toMatchObject({ code: 'no-header' });
    await expect(session.open({ name: 'inventory.xlsx', bytes: SAMPLE.bytes })).rejects.toMatchObject({
      code: 'unreadable-inventory',
      message: expect.stringMatching(/not an Excel \.xlsx workbook.*Nothing was imported/),
    });
    expect(guessMapping(file.headers)).toEqual(file.guessed);
  });

  it('reads another sheet of a workbook on request, and plans against that sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['Inventory of 2026'], ['Kept by the IT office']]);
    workbook.addWorksheet('Courts').addRows([
      ['System name', 'Stage'],
      ['Chatbot', 'Pilot'],
    ]);
    workbook.addWorksheet('Ministry').addRows([
      ['System name', 'Stage'],
      ['Statistics dashboard', 'Production'],
      ['Search', 'Idea'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const engine = await newReview();
    const session = new InventoryImportSession();

    const first = await session.open({ name: 'systems.xlsx', bytes });
    expect(first.sheet).toBe('Courts');
    expect(first.sheets?.map((sheet) => sheet.name)).toEqual(['Notes', 'Courts', 'Ministry']);

    const ministry = await session.chooseSheet('Ministry');
    expect(ministry).toMatchObject({ sheet: 'Ministry', rowCount: 2 });
    const preview = await session.plan(engine, ministry.guessed);
    engine.dispatch(session.command(engine));
    expect(preview.summary.added).toBe(2);
    expect(engine.systems().map((s) => s.name)).toEqual(['Statistics dashboard', 'Search']);
    await expect(session.chooseSheet('Archive')).rejects.toMatchObject({ code: 'unknown-sheet' });
  });
});
