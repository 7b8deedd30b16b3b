// The one shape every importer produces: column headers and rows of text cells, each row with the
// number a person sees in their spreadsheet, plus warnings about what was read in an unusual way.
import { recogniseColumn } from './columnNames';
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_COLUMNS, tooManyColumnsError } from './limits';
import { normaliseLabel } from './normaliseLabel';
import { shorten } from './shorten';
import type { DescribedText, DescribedValues } from './translateValues';

export type InventoryFormat = 'csv' | 'xlsx' | 'json';

/** Why a whole row cannot be imported, found while reading it (before any column is interpreted). */
export interface RowProblem {
  /** The header, or the spreadsheet letter of a cell that has no header. */
  column: string;
  message: string;
  /** The reason as a code and its data; `inventory:shared.<code>` words it in the interface. */
  code: RowProblemCode;
  values?: DescribedValues;
}

export type RowProblemCode = 'extra-cells' | 'unclosed-quote' | 'text-after-quote';

export interface TableRow {
  /**
   * The row number the person sees: in a spreadsheet or CSV the line in Excel (header = row 1, blank
   * rows counted); in JSON the position of the entry in the list, from 1.
   */
  rowNumber: number;
  /** One cell per header, as text; an empty string for an empty cell. */
  cells: string[];
  problem?: RowProblem;
}

export type TableWarningCode =
  | 'blank-rows'
  | 'short-rows'
  | 'rows-above-header'
  | 'renamed-columns'
  | 'merged-cells'
  | 'formula-without-value'
  | 'error-values'
  | 'other-sheets'
  | 'mapping-columns-missing';

export interface TableWarning {
  code: TableWarningCode;
  /** A sentence for a person. */
  message: string;
  /** The data the sentence mentions, for the interface to word it in its language. */
  values?: DescribedValues;
  /** The rows concerned, when there are any. */
  rows?: number[];
}

export interface Table {
  /** Unique (ignoring case, accents and punctuation) and never empty. */
  headers: string[];
  /** Row number of the header row: 1 unless rows above it (a title) were passed over; 0 for JSON, which has none. */
  headerRow: number;
  rows: TableRow[];
  /** Blank rows below the header: skipped, and listed so every row is accounted for. */
  blankRows: number[];
  warnings: TableWarning[];
}

/** A row as an importer read it, before the header is chosen. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
  problem?: RowProblem;
}

export interface BuildTableOptions {
  fileName: string;
  /**
   * CSV: a cell beyond the header's columns means the row was split wrongly (an unquoted comma), so the
   * row is rejected. Spreadsheet: such a column simply has no heading, and is kept under its letter.
   */
  extraCells: 'reject' | 'column';
  /** Whether rows with fewer cells than the header are worth a warning (CSV) or normal (spreadsheets). */
  reportShortRows: boolean;
  /** How a column without a header is called: a spreadsheet letter, or its position. */
  columnName?: (index: number) => string;
  /** JSON: the first row is the list of keys, never a title to look past. */
  headerIsFirstRow?: boolean;
}

/** How many rows at the top may be a title or notes above the real header row. */
const HEADER_SEARCH_ROWS = 10;

export function buildTable(raw: readonly RawRow[], options: BuildTableOptions): Table {
  const columnName = options.columnName ?? columnLetter;
  const isBlank = (row: RawRow) => row.cells.every((cell) => cell.trim() === '') && !row.problem;
  const nonBlank = raw.filter((row) => !isBlank(row));
  const headerRaw = options.headerIsFirstRow ? nonBlank[0] : chooseHeaderRow(nonBlank.slice(0, HEADER_SEARCH_ROWS));
  if (!headerRaw) {
    throw new InventoryImportError(
      'empty',
      `${options.fileName} has no text in it. Nothing was imported. Choose the file that lists the systems.`,
    );
  }
  const warnings: TableWarning[] = [];
  const headerIndex = raw.indexOf(headerRaw);
  const above = nonBlank.filter((row) => row.rowNumber < headerRaw.rowNumber);
  if (above.length > 0) {
    const aboveRows = above.map((r) => r.rowNumber);
    warnings.push({
      code: 'rows-above-header',
      message: `${rowList(aboveRows, true)} above the column names (row ${headerRaw.rowNumber}) ${above.length === 1 ? 'was' : 'were'} taken for a title and not imported.`,
      values: { count: above.length, rows: describeRowList(aboveRows), header: headerRaw.rowNumber },
      rows: aboveRows,
    });
  }

  const body = raw.slice(headerIndex + 1);
  const headerWidth = lastNonEmpty(headerRaw.cells) + 1;
  let width = headerWidth;
  if (options.extraCells === 'column') {
    for (const row of body) width = Math.max(width, lastNonEmpty(row.cells) + 1);
  }
  // Columns with neither a header nor any value (spacers, formatting) are left out: they hold nothing.
  const used = new Array<boolean>(width).fill(false);
  for (let column = 0; column < width; column += 1) {
    if ((headerRaw.cells[column] ?? '').trim() !== '') used[column] = true;
  }
  for (const row of body) {
    for (let column = 0; column < width; column += 1) {
      if (!used[column] && (row.cells[column] ?? '').trim() !== '') used[column] = true;
    }
  }
  const kept = used.flatMap((isUsed, column) => (isUsed ? [column] : []));
  if (kept.length > MAX_INVENTORY_COLUMNS) throw tooManyColumnsError(options.fileName, kept.length);
  const headers = uniqueHeaders(
    kept.map((column) => (headerRaw.cells[column] ?? '').trim() || `Column ${columnName(column)}`),
    warnings,
  );

  const rows: TableRow[] = [];
  const blankRows: number[] = [];
  const shortRows: number[] = [];
  for (const row of body) {
    if (isBlank(row)) {
      blankRows.push(row.rowNumber);
      continue;
    }
    const cells = kept.map((column) => row.cells[column] ?? '');
    const tableRow: TableRow = { rowNumber: row.rowNumber, cells };
    const problem =
      row.problem ?? (options.extraCells === 'reject' ? extraCellsProblem(row, width, columnName) : undefined);
    if (problem) tableRow.problem = problem;
    else if (options.reportShortRows && row.cells.length < headerWidth) shortRows.push(row.rowNumber);
    rows.push(tableRow);
  }
  if (blankRows.length > 0) {
    warnings.push({
      code: 'blank-rows',
      message: `${rowList(blankRows, true)} ${blankRows.length === 1 ? 'is' : 'are'} blank and ${blankRows.length === 1 ? 'was' : 'were'} skipped.`,
      values: { count: blankRows.length, rows: describeRowList(blankRows) },
      rows: blankRows,
    });
  }
  if (shortRows.length > 0) {
    warnings.push({
      code: 'short-rows',
      message: `${rowList(shortRows, true)} ${shortRows.length === 1 ? 'has' : 'have'} fewer cells than the header has columns; the missing cells were read as empty.`,
      values: { count: shortRows.length, rows: describeRowList(shortRows) },
      rows: shortRows,
    });
  }
  if (rows.length === 0) {
    throw new InventoryImportError(
      'empty',
      headerRaw.rowNumber === 0
        ? `${options.fileName} lists no system with any field filled in. Nothing was imported. Fill in at least the name of each system.`
        : `${options.fileName} names its columns in row ${headerRaw.rowNumber} but lists no systems below them. Nothing was imported. Add one row per system under the column names.`,
    );
  }
  return { headers, headerRow: headerRaw.rowNumber, rows, blankRows, warnings };
}

/**
 * The first row that names the system-name column, when one of the first rows does (a title may sit
 * above it); otherwise the first row with text, whose columns the mapping then has to explain.
 */
function chooseHeaderRow(candidates: readonly RawRow[]): RawRow | undefined {
  const namesTheSystem = (row: RawRow) => row.cells.some((cell) => recogniseColumn(cell) === 'name');
  return candidates.find(namesTheSystem) ?? candidates[0];
}

function lastNonEmpty(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if ((cells[i] ?? '').trim() !== '') return i;
  return -1;
}

function extraCellsProblem(row: RawRow, width: number, columnName: (index: number) => string): RowProblem | undefined {
  const extra = row.cells.slice(width);
  const firstFilled = extra.findIndex((cell) => cell.trim() !== '');
  if (firstFilled < 0) return undefined;
  const filled = extra.filter((cell) => cell.trim() !== '');
  const listed = describeJoined(
    filled.slice(0, 3).map((cell) => describeQuoted(shorten(cell, 40))),
    'comma',
  );
  const shown: DescribedText =
    filled.length > 3
      ? { code: 'read.and-more', message: `${listed.message} and more`, values: { list: listed } }
      : listed;
  const cells = lastNonEmpty(row.cells) + 1;
  return {
    column: columnName(width + firstFilled),
    message: `This row has ${cells} cells but the header names only ${width} columns, so ${filled.length === 1 ? 'the value' : 'the values'} ${shown.message} would have no column. Nothing from this row was imported. A value that contains the separator (a comma or a semicolon) must be in double quotes; fix the row and import again.`,
    code: 'extra-cells',
    values: { count: filled.length, cells, columns: width, shown },
  };
}

function uniqueHeaders(headers: string[], warnings: TableWarning[]): string[] {
  const seen = new Set<string>();
  // The next number to try for each name, so that thousands of columns with one name stay quick to number.
  const nextNumber = new Map<string, number>();
  const renamed: DescribedText[] = [];
  const result = headers.map((header) => {
    let candidate = header;
    let n = nextNumber.get(header) ?? 2;
    while (seen.has(normaliseLabel(candidate) || candidate)) {
      candidate = `${header} (${n})`;
      n += 1;
    }
    nextNumber.set(header, n);
    if (candidate !== header) {
      const from = describeQuoted(shorten(header, 40));
      const to = describeQuoted(shorten(candidate, 45));
      renamed.push({ code: 'read.renamed', message: `${from.message} → ${to.message}`, values: { from, to } });
    }
    seen.add(normaliseLabel(candidate) || candidate);
    return candidate;
  });
  if (renamed.length > 0) {
    const listed = describeJoined(renamed.slice(0, 5), 'comma');
    const rest = renamed.length - 5;
    const shown: DescribedText =
      rest > 0
        ? { code: 'read.more', message: `${listed.message} and ${rest} more`, values: { list: listed, rest } }
        : listed;
    warnings.push({
      code: 'renamed-columns',
      message: `Some columns have the same name; the later ones are called ${shown.message} here, so each can be mapped on its own.`,
      values: { renamed: shown },
    });
  }
  return result;
}

/** Spreadsheet letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Row 4", "Rows 4, 9 and 12", "Rows 4, 9, 12 … and 37 more". */
export function rowList(rows: readonly number[], capital = false): string {
  const word = `${capital ? 'R' : 'r'}ow${rows.length === 1 ? '' : 's'}`;
  if (rows.length === 1) return `${word} ${rows[0]}`;
  const shown = rows.slice(0, 10);
  const rest = rows.length - shown.length;
  if (rest > 0) return `${word} ${shown.join(', ')} and ${rest} more`;
  return `${word} ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** rowList(rows, true) as a phrase for the interface to word: "Row 4", "Rows 4, 9 and 12". */
export function describeRowList(rows: readonly number[]): DescribedText {
  return {
    code: 'read.rows',
    message: rowList(rows, true),
    values: { count: rows.length, rows: describeRowNumbers(rows) },
  };
}

/** The numbers of rowList, without the word: 4, "4, 9 and 12", "1, 2, … 10 and 37 more". */
export function describeRowNumbers(rows: readonly number[]): number | DescribedText {
  const [only] = rows;
  if (rows.length === 1 && only !== undefined) return only;
  const shown = rows.slice(0, 10);
  const rest = rows.length - shown.length;
  if (rest > 0) {
    const list = shown.join(', ');
    return { code: 'read.more', message: `${list} and ${rest} more`, values: { list, rest } };
  }
  const list = shown.slice(0, -1).join(', ');
  const last = shown[shown.length - 1] ?? '';
  return { code: 'read.and', message: `${list} and ${last}`, values: { list, last } };
}

/** A name or value between quotes, which each language writes its own way. */
export function describeQuoted(text: string): DescribedText {
  return { code: 'read.quoted', message: `"${text}"`, values: { text } };
}

/** Phrases joined by ", " or "; ", each worded in its turn; a plain string is shown as it is. */
export function describeJoined(
  items: readonly (string | DescribedText)[],
  separator: 'comma' | 'semicolon',
): DescribedText {
  const text = (item: string | DescribedText) => (typeof item === 'string' ? item : item.message);
  const [first, ...others] = items;
  if (first === undefined) return { message: '' };
  if (others.length === 0) return typeof first === 'string' ? { message: first } : first;
  const rest = describeJoined(others, separator);
  return {
    code: `read.${separator}`,
    message: `${text(first)}${separator === 'comma' ? ', ' : '; '}${rest.message}`,
    values: { first, rest },
  };
}
