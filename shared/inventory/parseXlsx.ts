// Reads one sheet of an Excel .xlsx inventory into a Table with ExcelJS (loaded only when needed): formulas
// as their saved results, dates as ISO text, rich text as plain text, merged values in their first cell.
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { binaryFileError, describeBinaryFile } from './decodeText';
import { inspectWorkbook } from './inspectWorkbook';
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_CELLS, MAX_INVENTORY_ROWS, tooManyCellsError, tooManyRowsError } from './limits';
import { normaliseLabel } from './normaliseLabel';
import { type ProgressOptions, ROWS_PER_SLICE, endOfSlice, throwIfCancelled } from './progress';
import { recogniseColumn } from './columnNames';
import { shorten } from './shorten';
import {
  type RawRow,
  type Table,
  type TableWarning,
  buildTable,
  columnLetter,
  describeJoined,
  describeQuoted,
  describeRowList,
  describeRowNumbers,
  rowList,
} from './Table';
import type { DescribedText } from './translateValues';

export interface SheetInfo {
  name: string;
  /** Hidden sheets are listed too, so a person can still choose one on purpose. */
  hidden: boolean;
  /** The last row that holds anything, 0 for an empty sheet. */
  rows: number;
}

export interface XlsxOptions extends ProgressOptions {
  /** Named in messages. */
  fileName?: string;
  /** The sheet to read, by name (case-insensitive); by default the first visible sheet that names a system-name column. */
  sheet?: string;
}

export interface ParsedXlsx {
  table: Table;
  /** The sheet that was read. */
  sheet: string;
  sheets: SheetInfo[];
}

/** Lists a workbook's sheets, for a person to choose one. */
export async function listSheets(bytes: Uint8Array, options: { fileName?: string } = {}): Promise<SheetInfo[]> {
  const workbook = await loadWorkbook(bytes, options.fileName ?? 'The workbook');
  return workbook.worksheets.map(sheetInfo);
}

/** Reads one sheet, given by name or in the options; progress is reported in rows of that sheet. */
export async function parseXlsx(bytes: Uint8Array, sheetOrOptions: string | XlsxOptions = {}): Promise<ParsedXlsx> {
  const options: XlsxOptions = typeof sheetOrOptions === 'string' ? { sheet: sheetOrOptions } : sheetOrOptions;
  const fileName = options.fileName ?? 'The workbook';
  const workbook = await loadWorkbook(bytes, fileName);
  throwIfCancelled(options);
  const sheets = workbook.worksheets.map(sheetInfo);
  const worksheet = chooseSheet(workbook, options.sheet, fileName);

  const warnings: TableWarning[] = [];
  const merged = new Map<string, number[]>();
  const formulasWithoutValue: number[] = [];
  const errorValues: number[] = [];
  const raw: RawRow[] = [];
  const total = worksheet.rowCount;
  if (worksheet.actualRowCount > MAX_INVENTORY_ROWS) throw tooManyRowsError(fileName);
  // A workbook can claim cells far to the right on every row; reading them all would take minutes.
  let cellBudget = MAX_INVENTORY_CELLS;
  for (let rowNumber = 1; rowNumber <= total; rowNumber += 1) {
    const row = worksheet.findRow(rowNumber);
    if (row) {
      cellBudget -= row.cellCount;
      if (cellBudget < 0) throw tooManyCellsError(fileName);
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) {
        const cell = row.findCell(column);
        if (!cell) {
          cells.push('');
        } else if (cell.isMerged && cell.master.address !== cell.address) {
          // ExcelJS repeats the merged value in every cell; Excel shows it once, and so do we.
          merged.set(cell.master.address, [...(merged.get(cell.master.address) ?? []), rowNumber]);
          cells.push('');
        } else {
          cells.push(cellText(cell, rowNumber, { formulasWithoutValue, errorValues }));
        }
      }
      raw.push({ rowNumber, cells });
    }
    if (rowNumber % ROWS_PER_SLICE === 0) await endOfSlice(options, rowNumber, total);
  }
  options.onProgress?.(total, total);

  const table = buildTable(raw, {
    fileName: `${fileName} (sheet "${worksheet.name}")`,
    extraCells: 'column',
    reportShortRows: false,
    columnName: columnLetter,
  });
  if (merged.size > 0) warnings.push(mergedWarning(merged, table.headerRow));
  if (formulasWithoutValue.length > 0) {
    warnings.push({
      code: 'formula-without-value',
      message: `${rowList(unique(formulasWithoutValue), true)} ${formulasWithoutValue.length === 1 ? 'has a formula' : 'have formulas'} whose result was never saved in the file, so the cell was read as empty. Open the workbook in Excel, let it recalculate, save it and import again.`,
      // The verb counts the formulas, the row list the rows: two formulas in one row "have formulas".
      values: { count: formulasWithoutValue.length, rows: describeRowList(unique(formulasWithoutValue)) },
      rows: unique(formulasWithoutValue),
    });
  }
  if (errorValues.length > 0) {
    warnings.push({
      code: 'error-values',
      message: `${rowList(unique(errorValues), true)} ${errorValues.length === 1 ? 'has a cell' : 'have cells'} showing a formula error such as #N/A; the error text was imported as it stands.`,
      values: { count: errorValues.length, rows: describeRowList(unique(errorValues)) },
      rows: unique(errorValues),
    });
  }
  const others = sheets.filter((s) => s.name !== worksheet.name && s.rows > 0).map((s) => describeQuoted(s.name));
  if (others.length > 0) {
    const sheet = describeQuoted(worksheet.name);
    const listed = describeJoined(others, 'comma');
    warnings.push({
      code: 'other-sheets',
      message: `Only the sheet ${sheet.message} was read. The workbook also has ${listed.message}; choose ${others.length === 1 ? 'it' : 'one of them'} to import ${others.length === 1 ? 'it' : 'that one'} instead.`,
      values: { count: others.length, sheet, others: listed },
    });
  }
  return { table: { ...table, warnings: [...table.warnings, ...warnings] }, sheet: worksheet.name, sheets };
}

async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const kind = describeBinaryFile(bytes);
  if (bytes.length === 0) {
    throw new InventoryImportError(
      'empty',
      `${fileName} is empty. Nothing was imported. Choose the workbook that lists the systems.`,
    );
  }
  if (kind !== 'zip') {
    if (kind) throw binaryFileError(kind, fileName);
    throw new InventoryImportError(
      'unreadable-inventory',
      `${fileName} is not an Excel .xlsx workbook (perhaps a CSV or text file with the wrong extension). Nothing was imported. Give it the extension that matches its content, or save it from Excel as .xlsx.`,
    );
  }
  await inspectWorkbook(bytes, fileName);
  const excel = await import('exceljs');
  // ExcelJS is CommonJS: bundlers and Node expose it as the default export, sometimes also by name.
  const { Workbook: WorkbookClass } = 'default' in excel ? (excel.default as typeof excel) : excel;
  const workbook = new WorkbookClass();
  try {
    // An ArrayBuffer of exactly these bytes: the view may be a window onto a larger buffer.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new InventoryImportError(
      'unreadable-inventory',
      `${fileName} could not be read as an Excel workbook${loadFailureDetail(error)}. Nothing was imported. Open it in Excel, save it again as .xlsx (or as "CSV UTF-8") and import that file.`,
    );
  }
  return workbook;
}

/**
 * The reader's own reason, when it says something about the file ("Corrupted zip", "Unclosed root tag"); a
 * TypeError inside the reader says nothing a person could act on, so it is left out.
 */
function loadFailureDetail(error: unknown): string {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError) return '';
  return ` (${shorten(error.message, 160)})`;
}

function sheetInfo(worksheet: Worksheet): SheetInfo {
  return {
    name: worksheet.name,
    hidden: worksheet.state !== 'visible',
    rows: worksheet.actualRowCount > 0 ? worksheet.rowCount : 0,
  };
}

function chooseSheet(workbook: Workbook, wanted: string | undefined, fileName: string): Worksheet {
  const sheets = workbook.worksheets;
  if (wanted !== undefined) {
    const found =
      sheets.find((sheet) => sheet.name === wanted) ??
      sheets.find((sheet) => normaliseLabel(sheet.name) === normaliseLabel(wanted));
    if (found) return found;
    throw new InventoryImportError(
      'unknown-sheet',
      `${fileName} has no sheet called "${wanted}". Nothing was imported. Its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ') || 'none'}; choose one of them.`,
    );
  }
  const visible = sheets.filter((sheet) => sheet.state === 'visible' && sheet.actualRowCount > 0);
  const namesSystems = (sheet: Worksheet) => {
    for (let rowNumber = 1; rowNumber <= Math.min(sheet.rowCount, 10); rowNumber += 1) {
      const row = sheet.findRow(rowNumber);
      if (!row) continue;
      for (let column = 1; column <= row.cellCount; column += 1) {
        const cell = row.findCell(column);
        if (cell && typeof cell.value === 'string' && recogniseColumn(cell.value) === 'name') return true;
      }
    }
    return false;
  };
  const chosen = visible.find(namesSystems) ?? visible[0] ?? sheets[0];
  if (!chosen) {
    throw new InventoryImportError(
      'empty',
      `${fileName} has no sheets. Nothing was imported. Choose the workbook that lists the systems.`,
    );
  }
  return chosen;
}

interface CellNotes {
  formulasWithoutValue: number[];
  errorValues: number[];
}

function cellText(cell: Cell, rowNumber: number, notes: CellNotes): string {
  return valueText(cell.value, cell.numFmt, rowNumber, notes);
}

function valueText(
  value: CellValue | undefined,
  numFmt: string | undefined,
  rowNumber: number,
  notes: CellNotes,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value, numFmt);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) {
    notes.errorValues.push(rowNumber);
    return value.error;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) {
      notes.formulasWithoutValue.push(rowNumber);
      return '';
    }
    return valueText(value.result, numFmt, rowNumber, notes);
  }
  if ('hyperlink' in value) {
    // The text a person sees; ExcelJS may hold it as rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      return valueText(text as CellValue, numFmt, rowNumber, notes);
    }
    return value.hyperlink;
  }
  return '';
}

/**
 * A date cell as ISO text, as precise as its display: "mmm yyyy" gives 2023-03, "dd/mm/yyyy" gives
 * 2023-03-15. ExcelJS turns the serial number into a Date at UTC midnight, so UTC fields are read.
 */
export function isoDate(date: Date, numFmt: string | undefined): string {
  const format = (numFmt ?? '').replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = pad(date.getUTCMonth() + 1);
  const day = pad(date.getUTCDate());
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const hasYear = /y/i.test(format);
  const hasDay = /d/i.test(format);
  const hasTime = /h|s/i.test(format);
  if (format !== '' && !hasYear && !hasDay && hasTime) return time;
  if (format !== '' && hasYear && !hasDay) return /m/i.test(format) ? `${year}-${month}` : year;
  const dateText = `${year}-${month}-${day}`;
  return hasTime && time !== '00:00' ? `${dateText}T${time}` : dateText;
}

function mergedWarning(merged: ReadonlyMap<string, number[]>, headerRow: number): TableWarning {
  const rows = unique([...merged.values()].flat().filter((row) => row > headerRow));
  const ranges: (string | DescribedText)[] = [...merged.entries()].slice(0, 5).map(([master, others]) => ({
    code: 'read.merged-range',
    message: `${master} and ${others.length} more ${others.length === 1 ? 'cell' : 'cells'}`,
    values: { cell: master, count: others.length },
  }));
  if (merged.size > 5) ranges.push('…');
  const listed = describeJoined(ranges, 'semicolon');
  return {
    code: 'merged-cells',
    message: `Some cells are merged (${listed.message}). Each value was kept in the first cell only; the other merged cells were read as empty${rows.length > 0 ? ` in ${rowList(rows)}` : ''}. Unmerge them in Excel and fill in each row if every row should have the value.`,
    // With rows, the catalogue's "merged-cells_rows" sentence (i18next's context) names them.
    values:
      rows.length > 0
        ? { ranges: listed, context: 'rows', count: rows.length, rows: describeRowNumbers(rows) }
        : { ranges: listed },
    ...(rows.length > 0 ? { rows } : {}),
  };
}

function unique(rows: readonly number[]): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}
