// The inventory as a spreadsheet: the rows the table shows, with every attribute under headings the
// importer recognises, so an exported file can be edited in Excel and imported back without loss.
import { writeCsv } from '../../../shared/inventory';
import { LEGAL_AREAS, type SystemRecord } from '../../../shared/model/system';
import { INVENTORY_COLUMNS } from './inventoryColumns';

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

const LEGAL_AREA_LABELS: Record<(typeof LEGAL_AREAS)[number], string> = {
  civil: 'Civil',
  criminal: 'Criminal',
  administrative: 'Administrative',
  commercial: 'Commercial',
  family: 'Family',
  other: 'Other',
};

/** Columns after the table's own: the attributes the table has no room for. */
const MORE_COLUMNS: readonly { label: string; text: (system: SystemRecord) => string }[] = [
  { label: 'Purpose', text: (s) => s.purpose },
  {
    label: 'Legal areas',
    text: (s) =>
      s.legalAreas === null
        ? ''
        : s.legalAreas.length === 0
          ? 'None'
          : LEGAL_AREAS.filter((a) => s.legalAreas?.includes(a))
              .map((a) => LEGAL_AREA_LABELS[a])
              .join(', '),
  },
  { label: 'Hosting', text: (s) => s.hosting },
  { label: 'Contact', text: (s) => s.contact },
  { label: 'Notes', text: (s) => s.notes },
];

export function inventoryExportTable(systems: readonly SystemRecord[]): ExportTable {
  const customNames = [...new Set(systems.flatMap((s) => Object.keys(s.customFields)))];
  const headers = [...INVENTORY_COLUMNS.map((c) => c.label), ...MORE_COLUMNS.map((c) => c.label), ...customNames];
  const rows = systems.map((system) => [
    ...INVENTORY_COLUMNS.map((c) => c.text(system)),
    ...MORE_COLUMNS.map((c) => c.text(system)),
    ...customNames.map((name) => system.customFields[name] ?? ''),
  ]);
  return { headers, rows };
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
export async function inventoryXlsxBytes(table: ExportTable, sheetName = 'Inventory'): Promise<Uint8Array> {
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
