// Reads a JSON inventory into a Table: a list of objects, or { "systems": [...] } — the shapes other
// tools export and the shape of our own `inventory --json`. Keys become columns in order of appearance.
import { type DecodedText, decodeText } from './decodeText';
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_ROWS, MAX_JSON_DEPTH, tooDeepError, tooManyRowsError } from './limits';
import { type ProgressOptions, ROWS_PER_SLICE, endOfSlice, throwIfCancelled } from './progress';
import { shorten } from './shorten';
import { type RawRow, type Table, buildTable } from './Table';

export interface JsonOptions extends ProgressOptions {
  fileName?: string;
}

export interface ParsedJson {
  table: Table;
  encoding?: DecodedText['encoding'];
}

/**
 * Row numbers are positions in the list, from 1. Strings stay as they are; numbers and booleans
 * become their JSON text; a list of words ("dataProcessed": ["personal", "criminal"]) becomes
 * "personal, criminal" and an empty list "none"; a nested "customFields" object gives one column per key.
 * Progress is reported in entries.
 */
export async function parseJson(input: Uint8Array | string, options: JsonOptions = {}): Promise<ParsedJson> {
  const fileName = options.fileName ?? 'The file';
  const decoded = typeof input === 'string' ? undefined : decodeText(input, { fileName });
  const text = decoded ? decoded.text : input.toString().replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new InventoryImportError(
      'empty',
      `${fileName} has no text in it. Nothing was imported. Choose the file that lists the systems.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InventoryImportError(
      'unreadable-inventory',
      `${fileName} is not valid JSON (${parserMessage(error)}). Nothing was imported. Fix the file, or export the inventory as CSV or .xlsx instead.`,
    );
  }
  const entries = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.systems) ? data.systems : undefined;
  if (!entries) {
    throw new InventoryImportError(
      'unreadable-inventory',
      `${fileName} is JSON but not an inventory: Charter Review expects a list of systems, [ { "name": … }, … ], or { "systems": [ … ] }. Nothing was imported.`,
    );
  }
  if (entries.length > MAX_INVENTORY_ROWS) throw tooManyRowsError(fileName, 'entries');
  if (entries.length === 0) {
    throw new InventoryImportError(
      'empty',
      `${fileName} lists no systems. Nothing was imported. Add the systems to the list and import again.`,
    );
  }

  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  const flat: Map<number, string>[] = [];
  for (const [index, entry] of entries.entries()) {
    if (!isRecord(entry)) {
      throw new InventoryImportError(
        'unreadable-inventory',
        `Entry ${index + 1} of ${fileName} is ${entry === null ? 'null' : Array.isArray(entry) ? 'a list' : `a ${typeof entry}`}, not a system described by its fields ({ "name": … }). Nothing was imported. Fix that entry and import again.`,
      );
    }
    const cells = new Map<number, string>();
    for (const [key, value] of fields(entry)) {
      // Written out as JSON text below, which recursion makes fail on a value nested thousands deep.
      if (nestedDeeperThan(value, MAX_JSON_DEPTH)) throw tooDeepError(fileName, index + 1, key);
      let column = columnOf.get(key);
      if (column === undefined) {
        column = headers.length;
        headers.push(key);
        columnOf.set(key, column);
      }
      cells.set(column, cellText(value));
    }
    flat.push(cells);
    if ((index + 1) % ROWS_PER_SLICE === 0) await endOfSlice(options, index + 1, entries.length);
  }
  throwIfCancelled(options);
  options.onProgress?.(entries.length, entries.length);

  // The keys play the part of a header row, numbered 0 so that entries keep their positions.
  const raw: RawRow[] = [
    { rowNumber: 0, cells: headers },
    ...flat.map((cells, index) => ({
      rowNumber: index + 1,
      cells: headers.map((_, column) => cells.get(column) ?? ''),
    })),
  ];
  const table = buildTable(raw, { fileName, extraCells: 'column', reportShortRows: false, headerIsFirstRow: true });
  return decoded ? { table, encoding: decoded.encoding } : { table };
}

/** The parser's reason on one line: it quotes the file, line breaks and control characters included. */
function parserMessage(error: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a message
  const text = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return shorten(text, 160);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function* fields(entry: Record<string, unknown>): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'customFields' && isRecord(value)) {
      for (const [customKey, customValue] of Object.entries(value)) yield [customKey, customValue];
    } else {
      yield [key.trim() || key, value];
    }
  }
}

/** Whether lists and objects nest more than `limit` levels, found without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    // An empty list states "none", which differs from a missing value ("not stated").
    if (value.length === 0) return 'none';
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
  }
  // Anything richer is kept whole as JSON text rather than lost.
  return JSON.stringify(value);
}
