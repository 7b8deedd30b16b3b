// Reads a CSV inventory into a Table with papaparse: the separator detected, quoted values with line
// breaks kept whole, blank and short rows reported, and a row with cells beyond the header rejected.
import Papa from 'papaparse';
import { type DecodedText, decodeText } from './decodeText';
import { type CsvDelimiter, detectDelimiter } from './detectDelimiter';
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_CELLS, MAX_INVENTORY_ROWS, tooManyCellsError, tooManyRowsError } from './limits';
import { type ProgressOptions, endOfSlice, throwIfCancelled } from './progress';
import { type RawRow, type RowProblem, type Table, buildTable, columnLetter } from './Table';

export interface CsvOptions extends ProgressOptions {
  /** Named in messages. */
  fileName?: string;
  /** The separator, when the person chose it; detected otherwise. */
  delimiter?: CsvDelimiter;
}

export interface ParsedCsv {
  table: Table;
  delimiter: CsvDelimiter;
  /** How the bytes were decoded; absent when text was given. */
  encoding?: DecodedText['encoding'];
}

/** Characters parsed between two progress reports (and chances to cancel). */
const CHARS_PER_SLICE = 512 * 1024;

/**
 * Parses CSV bytes (decoded as decodeText explains) or text. Progress is reported in characters.
 * Line breaks, inside values too, come out as "\n" whatever the file used.
 */
export async function parseCsv(input: Uint8Array | string, options: CsvOptions = {}): Promise<ParsedCsv> {
  const fileName = options.fileName ?? 'The file';
  const decoded = typeof input === 'string' ? undefined : decodeText(input, { fileName });
  let text = decoded ? decoded.text : input.toString().replace(/^\uFEFF/, '');
  // One line-break convention: Excel on Windows writes CRLF but LF inside quoted values, old Macs CR.
  text = text.replace(/\r\n?/g, '\n');
  // The newline that ends the last line ends the file; it does not start a blank row.
  if (text.endsWith('\n')) text = text.slice(0, -1);
  if (text.trim() === '') {
    throw new InventoryImportError(
      'empty',
      `${fileName} has no text in it. Nothing was imported. Choose the file that lists the systems.`,
    );
  }
  throwIfCancelled(options);
  // Excel's own hint line, "sep=;", names the separator and is not a row: Excel does not show it either.
  const hint = /^sep=([,;\t])\n/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = options.delimiter ?? (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text);
  const shape = measureRecords(text, delimiter);
  if (shape.records > MAX_INVENTORY_ROWS) throw tooManyRowsError(fileName);
  if (shape.cells > MAX_INVENTORY_CELLS) throw tooManyCellsError(fileName);
  const raw = await readRecords(text, delimiter, options, shape.longest);
  const table = buildTable(raw, { fileName, extraCells: 'reject', reportShortRows: true, columnName: columnLetter });
  return decoded ? { table, delimiter, encoding: decoded.encoding } : { table, delimiter };
}

/**
 * Records, cells and the longest record, counted in one pass before parsing so that absurd files are refused
 * at once. Quotes are followed loosely (every quote toggles), which can only undercount a malformed file.
 */
function measureRecords(text: string, delimiter: CsvDelimiter): { records: number; cells: number; longest: number } {
  const quote = 0x22;
  const newline = 0x0a;
  const separator = delimiter.charCodeAt(0);
  let records = 1;
  let cells = 1;
  let longest = 0;
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === quote) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (code === separator) cells += 1;
    else if (code === newline) {
      records += 1;
      cells += 1;
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return { records, cells, longest: Math.max(longest, text.length - start) };
}

function readRecords(
  text: string,
  delimiter: CsvDelimiter,
  options: ProgressOptions,
  longestRecord: number,
): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  return new Promise<RawRow[]>((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      // Blank lines are kept so that row numbers stay those of the spreadsheet; the table reports them.
      skipEmptyLines: false,
      // papaparse parses a record cut by a slice again from its start with the next slice: a slice at least as
      // long as the longest record (an unclosed quote can make that the whole file) keeps this from taking
      // minutes on a large file.
      chunkSize: Math.max(CHARS_PER_SLICE, longestRecord + 1),
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const first = rows.length;
        for (const cells of results.data) rows.push({ rowNumber: rows.length + 1, cells });
        for (const error of results.errors) {
          const row = error.row === undefined ? undefined : rows[first + error.row];
          if (row && error.type === 'Quotes' && !row.problem) row.problem = quoteProblem(row.cells, error.code);
        }
        // Pausing between slices lets the worker hear a cancel and the UI show progress.
        parser.pause();
        endOfSlice(options, results.meta.cursor, text.length).then(
          () => parser.resume(),
          (error: unknown) => {
            failed = true;
            parser.abort();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
      complete() {
        if (!failed) resolve(rows);
      },
    });
  });
}

function quoteProblem(cells: readonly string[], code: string): RowProblem {
  const index = Math.max(
    0,
    cells.findIndex((cell) => cell.includes('\n') || cell.includes('"')),
  );
  const column = columnLetter(index);
  if (code === 'MissingQuotes') {
    return {
      column,
      message:
        'A double quote opened in this row is never closed, so everything after it, to the end of the file, was read as one value. Nothing from this row or the lines after it was imported. Close the quote (or remove it) and import again.',
      code: 'unclosed-quote',
    };
  }
  return {
    column,
    message:
      'A value in this row starts with a double quote but more text follows its closing quote, so it cannot be read reliably. Nothing from this row was imported. Put the whole value in quotes and write each quote inside it twice ("").',
    code: 'text-after-quote',
  };
}
