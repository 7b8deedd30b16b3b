// Writes sheets of rows as an .xlsx workbook people can work in at once: bold frozen header row, filters on,
// readable column widths and, where a column takes fixed values, a drop-down list. ExcelJS is loaded only
// when a workbook is written, in the engine worker or in Node.
import type { Workbook, Worksheet } from 'exceljs';
import { writeCsv } from '../inventory/writeCsv';

export type CellValue = string | number | null;

/** What a screen shows, or one sheet of a workbook: headers and rows of plain values. */
export interface SheetTable {
  headers: string[];
  rows: CellValue[][];
}

export interface SheetSpec extends SheetTable {
  name: string;
  /** Columns (by header) whose cells must be one of these values: Excel and LibreOffice offer them as a list. */
  lists?: { header: string; values: readonly string[] }[];
  /** Columns (by header) a person is expected to edit: shaded, so the sheet says where to write. */
  editable?: string[];
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** UTF-8 with a byte order mark, so Excel shows accents and Cyrillic; formulas are neutralised (values came from people). */
export function tableCsvBytes(table: SheetTable): Uint8Array {
  const rows = [table.headers, ...table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))];
  return new TextEncoder().encode(writeCsv(rows, { bom: true, escapeFormulae: true }));
}

export async function workbookBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const excel = await import('exceljs');
  // ExcelJS is CommonJS: bundlers and Node expose it as the default export, sometimes also by name.
  const { Workbook: WorkbookClass } = 'default' in excel ? (excel.default as typeof excel) : excel;
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'Charter Review';
  for (const sheet of sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** ExcelJS can validate a whole range at once, but its type definitions leave the collection out. */
interface RangeValidations {
  dataValidations: {
    add(
      range: string,
      validation: { type: 'list'; allowBlank: boolean; formulae: string[] } & Record<string, unknown>,
    ): void;
  };
}

function addSheet(workbook: Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(spec);
  sheet.columns = spec.headers.map((header, index) => ({ header, key: `c${index}`, width: widths[index] ?? 12 }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle' };
  for (const row of spec.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  const lastColumn = Math.max(1, spec.headers.length);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } };
  const lastRow = Math.max(2, spec.rows.length + 1);
  for (const list of spec.lists ?? []) {
    const column = spec.headers.indexOf(list.header);
    if (column < 0) continue;
    const letter = sheet.getColumn(column + 1).letter;
    // One rule for the whole column rather than one per cell: tens of thousands of answers stay a small file.
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: list.header,
      error: `Choose one of: ${list.values.join(', ')}.`,
    });
  }
  shadeEditable(sheet, spec);
}

function shadeEditable(sheet: Worksheet, spec: SheetSpec): void {
  for (const header of spec.editable ?? []) {
    const index = spec.headers.indexOf(header);
    if (index < 0) continue;
    const column = sheet.getColumn(index + 1);
    column.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    });
    if (index === spec.headers.length - 1 || header.toLowerCase().includes('justification')) {
      column.alignment = { wrapText: true, vertical: 'top' };
    }
  }
}

/** Widths in Excel's units (about one character), from the longest line among the first rows. */
function columnWidths(spec: SheetTable): number[] {
  const sample = spec.rows.slice(0, 2000);
  return spec.headers.map((header, column) => {
    const longest = sample.reduce((max, row) => {
      const cell = row[column];
      if (cell === null || cell === undefined) return max;
      const lines = String(cell).split('\n');
      return Math.max(max, ...lines.map((line) => line.length));
    }, header.length);
    return Math.min(60, Math.max(8, longest + 2));
  });
}
