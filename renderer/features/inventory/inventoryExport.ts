// Writing an exported inventory: CSV and XLSX bytes and the file's name. Free of the interface's language, as
// the engine worker writes workbooks too; the headings and cells come translated (inventoryExportTable).
import { writeCsv } from '../../../shared/inventory';

/** A table to write: built by inventoryExportTable (or a screen's own view), written here or in the engine worker. */
export interface ExportTable {
  headers: string[];
  rows: string[][];
}

/** UTF-8 with a byte order mark, so Excel shows accents and Cyrillic; formulas are neutralised (values came from other files). */
export function inventoryCsvBytes(table: ExportTable): Uint8Array {
  return new TextEncoder().encode(writeCsv([table.headers, ...table.rows], { bom: true, escapeFormulae: true }));
}

/** Column widths in Excel's units (about one character), from the longest value of the first rows. */
function columnWidths(table: ExportTable): number[] {
  const sample = table.rows.slice(0, 2000);
  return table.headers.map((header, column) => {
    const longest = sample.reduce((max, row) => Math.max(max, (row[column] ?? '').length), header.length);
    return Math.min(60, Math.max(10, longest + 2));
  });
}

/** An .xlsx workbook: bold, frozen header row with an autofilter, and readable column widths. */
export async function inventoryXlsxBytes(
  table: ExportTable,
  // i18n-exempt: the worker's fallback, which has no interface language; screens pass their translated sheet name
  sheetName = 'Inventory',
): Promise<Uint8Array> {
  const excel = await import('exceljs');
  // ExcelJS is CommonJS: bundlers and Node expose it as the default export, sometimes also by name.
  const { Workbook } = 'default' in excel ? (excel.default as typeof excel) : excel;
  const workbook = new Workbook();
  workbook.creator = 'Charter Review';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(table);
  sheet.columns = table.headers.map((header, index) => ({ header, key: `c${index}`, width: widths[index] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle' };
  for (const row of table.rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.headers.length) } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** "Baku courts 2026 - inventory 2026-05-04.csv", safe on every file system. */
export function exportFileName(reviewTitle: string, what: string, extension: string, date = new Date()): string {
  const title = reviewTitle
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  const day = date.toISOString().slice(0, 10);
  return `${title ? `${title} - ` : ''}${what} ${day}.${extension}`;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
