// Reading Excel workbooks: the sheet that lists systems, formula results, merged cells, dates and rich
// text, each cell as a person sees it in Excel. The workbooks are built here with ExcelJS itself.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InventoryImportError, listSheets, parseXlsx, readInventory } from '../../../../shared/inventory';
import { rowObject } from './fixtures';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A court's workbook: a "Read me" sheet first, then the inventory under a title row. */
async function courtWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const readMe = workbook.addWorksheet('Read me');
  readMe.addRow(['This workbook lists the AI systems of the Supreme Court.']);
  readMe.addRow(['Updated quarterly by the IT department.']);

  const sheet = workbook.addWorksheet('Inventory');
  sheet.addRow(['AI systems 2026']);
  sheet.mergeCells('A1:D1');
  sheet.addRow([]);
  sheet.addRow([
    'System name',
    'Court / Body',
    'Go-live',
    'Reviewed',
    'Users',
    'Yearly cost',
    'Personal data?',
    'Contact',
  ]);
  sheet.addRow([
    { richText: [{ text: 'Anonymiser ', font: { bold: true } }, { text: 'for judgments' }] },
    'Supreme Court',
    new Date(Date.UTC(2023, 2, 15)),
    new Date(Date.UTC(2025, 10, 3)),
    12,
    { formula: 'E4*1000', result: 12000 },
    true,
    { text: 'it.ops@court.example', hyperlink: 'mailto:it.ops@court.example' },
  ]);
  sheet.addRow(['Case-law search', null, new Date(Date.UTC(2024, 0, 1)), null, 40, { formula: 'E5*1000' }, false, '']);
  // D6 holds a date as Excel stores it: a serial number (45000 = 15 March 2023) with a date format.
  sheet.addRow([
    'Chatbot',
    'e-Court portal',
    'planned',
    45000,
    null,
    { formula: '1/0', result: { error: '#DIV/0!' } },
    'Yes',
  ]);
  sheet.getCell('D6').numFmt = 'yyyy-mm-dd';
  sheet.mergeCells('B4:B5');
  sheet.getCell('C4').numFmt = 'dd/mm/yyyy';
  sheet.getCell('C5').numFmt = 'mmm yyyy';
  // D4 keeps ExcelJS's default date format for a Date (mm-dd-yy): a full date.
  return bytesOf(workbook);
}

describe('parseXlsx', () => {
  it('reads the sheet that lists systems, under its title, with cells as Excel shows them', async () => {
    const { table, sheet, sheets } = await parseXlsx(await courtWorkbook(), { fileName: 'inventory.xlsx' });
    expect(sheet).toBe('Inventory');
    expect(sheets).toEqual([
      { name: 'Read me', hidden: false, rows: 2 },
      { name: 'Inventory', hidden: false, rows: 6 },
    ]);
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6]);
    expect(table.rows.map((r) => rowObject(table.headers, r.cells))).toEqual([
      {
        'System name': 'Anonymiser for judgments',
        'Court / Body': 'Supreme Court',
        'Go-live': '2023-03-15',
        Reviewed: '2025-11-03',
        Users: '12',
        'Yearly cost': '12000',
        'Personal data?': 'TRUE',
        Contact: 'it.ops@court.example',
      },
      {
        'System name': 'Case-law search',
        'Court / Body': '',
        'Go-live': '2024-01',
        Reviewed: '',
        Users: '40',
        'Yearly cost': '',
        'Personal data?': 'FALSE',
        Contact: '',
      },
      {
        'System name': 'Chatbot',
        'Court / Body': 'e-Court portal',
        'Go-live': 'planned',
        Reviewed: '2023-03-15',
        Users: '',
        'Yearly cost': '#DIV/0!',
        'Personal data?': 'Yes',
        Contact: '',
      },
    ]);
  });

  it('says what it did with merged cells, formulas without a result, error values, the title and the other sheet', async () => {
    const { table } = await parseXlsx(await courtWorkbook());
    const byCode = Object.fromEntries(table.warnings.map((w) => [w.code, w]));
    expect(Object.keys(byCode).sort()).toEqual([
      'error-values',
      'formula-without-value',
      'merged-cells',
      'other-sheets',
      'rows-above-header',
    ]);
    expect(byCode['merged-cells']?.rows).toEqual([5]);
    expect(byCode['merged-cells']?.message).toMatch(/kept in the first cell only.*read as empty in row 5/);
    expect(byCode['formula-without-value']?.rows).toEqual([5]);
    expect(byCode['error-values']?.rows).toEqual([6]);
    expect(byCode['rows-above-header']?.rows).toEqual([1]);
    expect(byCode['other-sheets']?.message).toBe(
      'Only the sheet "Inventory" was read. The workbook also has "Read me"; choose it to import it instead.',
    );
  });

  it('reads the sheet the person chose, matched without regard to case', async () => {
    const { table, sheet } = await parseXlsx(await courtWorkbook(), 'read ME');
    expect(sheet).toBe('Read me');
    expect(table.headers).toEqual(['This workbook lists the AI systems of the Supreme Court.']);
  });

  it('lists the sheets when the chosen one does not exist', async () => {
    const failure = parseXlsx(await courtWorkbook(), { fileName: 'inventory.xlsx', sheet: 'Systems' });
    await expect(failure).rejects.toMatchObject({
      code: 'unknown-sheet',
      message:
        'inventory.xlsx has no sheet called "Systems". Nothing was imported. Its sheets are "Read me", "Inventory"; choose one of them.',
    });
    expect(await listSheets(await courtWorkbook())).toHaveLength(2);
  });

  it('refuses a damaged workbook and a CSV file named .xlsx, nothing imported', async () => {
    const bytes = await courtWorkbook();
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
    for (const input of [damaged, new TextEncoder().encode('System name,Status\nChatbot,Pilot\n')]) {
      const failure = parseXlsx(input, { fileName: 'inventory.xlsx' });
      await expect(failure).rejects.toBeInstanceOf(InventoryImportError);
      await expect(failure).rejects.toMatchObject({
        code: 'unreadable-inventory',
        message: expect.stringContaining('Nothing was imported.'),
      });
    }
  });

  it('is what readInventory uses for an .xlsx name', async () => {
    const source = await readInventory(await courtWorkbook(), { fileName: 'Systems 2026.XLSX' });
    expect(source).toMatchObject({ format: 'xlsx', sheet: 'Inventory' });
    expect(source.sheets?.map((s) => s.name)).toEqual(['Read me', 'Inventory']);
  });
});
