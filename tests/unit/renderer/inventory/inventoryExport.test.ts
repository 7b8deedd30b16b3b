// Exports of the inventory: what the table shows, readable by Excel, and read back by the importer unchanged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { copyAttributes } from '../../../../renderer/features/inventory/inventoryColumns';
import {
  exportFileName,
  inventoryCsvBytes,
  inventoryXlsxBytes,
} from '../../../../renderer/features/inventory/inventoryExport';
import { inventoryExportTable } from '../../../../renderer/features/inventory/inventoryExportTable';
import { switchLanguage } from '../../../../renderer/i18n/i18n';
import { guessMapping, planImport, readInventory, toImportCommand } from '../../../../shared/inventory';
import { newReview } from '../../helpers';

const SAMPLE = new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../assets/samples/inventory-sample.csv')));

async function reviewWithSample() {
  const engine = await newReview();
  const source = await readInventory(SAMPLE, { fileName: 'inventory-sample.csv' });
  const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());
  engine.dispatch(toImportCommand(plan, { fileName: 'inventory-sample.csv', format: 'csv' }));
  const [first] = engine.systems();
  // Attributes the sample leaves empty, so the round trip covers them too.
  engine.dispatch({
    type: 'updateSystem',
    systemId: first?.id ?? '',
    changes: { automation: 'support', legalAreas: ['civil', 'family'], dataProcessed: ['personal', 'biometric'] },
  });
  engine.dispatch({
    type: 'classifyUse',
    systemId: first?.id ?? '',
    useCategory: 'further_study',
    reason: 'Profiles parties.',
    source: 'reviewer',
  });
  return engine;
}

describe('inventory export', () => {
  it('writes UTF-8 CSV with a byte order mark, one row per system shown, formulas neutralised', async () => {
    const engine = await reviewWithSample();
    const shown = engine.systems().filter((s) => s.stage === 'pilot');
    const formula = { ...shown[0], name: '=HYPERLINK("http://evil.example")' } as (typeof shown)[number];

    const bytes = inventoryCsvBytes(inventoryExportTable([formula, ...shown.slice(1)]));

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Name,Organisation,Country,Stage,Provider,Appendix II category,Automation,/);
    expect(lines[1]).toMatch(/^"'=HYPERLINK/);
    expect(lines[3]).toContain('Traduction automatique des pièces');
  });

  it('an exported inventory imports back into the same review with every row unchanged', async () => {
    const engine = await reviewWithSample();
    const bytes = inventoryCsvBytes(inventoryExportTable(engine.systems()));

    const source = await readInventory(bytes, { fileName: 'export.csv' });
    const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());

    expect(plan.summary).toMatchObject({ rowsRead: 12, unchanged: 12, added: 0, updated: 0, rejected: 0 });
  });

  for (const language of ['fr', 'az'] as const) {
    it(`an inventory exported in the ${language} interface imports back with every row unchanged`, async () => {
      const engine = await reviewWithSample();
      await switchLanguage(language);
      try {
        const table = inventoryExportTable(engine.systems());
        expect(table.headers[0]).not.toBe('Name');
        const source = await readInventory(inventoryCsvBytes(table), { fileName: 'export.csv' });
        const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());

        expect(plan.unknownValues).toEqual([]);
        expect(plan.summary).toMatchObject({ rowsRead: 12, unchanged: 12, added: 0, updated: 0, rejected: 0 });
      } finally {
        await switchLanguage('en');
      }
    });
  }

  it('writes an .xlsx workbook with a bold, frozen header row, an autofilter and readable widths', async () => {
    const engine = await reviewWithSample();
    const table = inventoryExportTable(engine.systems());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await inventoryXlsxBytes(table)).slice().buffer);

    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Inventory');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.rowCount).toBe(13);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Anonymiser for published judgments');
    const widths = sheet?.columns.map((column) => column.width ?? 0) ?? [];
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
  });

  it('names the file after the review and the day, without characters file systems refuse', () => {
    expect(exportFileName('Baku: courts/2026', 'inventory', 'xlsx', new Date('2026-05-04T10:00:00Z'))).toBe(
      'Baku courts 2026 - inventory 2026-05-04.xlsx',
    );
  });

  it('a duplicate copies every attribute a person entered, under a new name', async () => {
    const engine = await reviewWithSample();
    const original = engine.system(engine.systems()[0]?.id ?? '');
    if (!original) throw new Error('the sample was not imported');

    const copyId = engine.dispatch({ type: 'addSystem', attributes: copyAttributes(original) }).createdId ?? '';
    const copy = engine.system(copyId);

    expect(copy?.name).toBe('Anonymiser for published judgments (copy)');
    const {
      id: _a,
      name: _b,
      createdAt: _c,
      updatedAt: _d,
      useCategoryReason: _e,
      useCategorySource: _f,
      ...rest
    } = original;
    expect(copy).toMatchObject(rest);
  });
});
