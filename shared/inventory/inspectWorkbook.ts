// Looks inside an .xlsx before ExcelJS reads it. ExcelJS unpacks every part into memory and creates every
// cell of a merged range, so a workbook of a few kilobytes that unpacks to gigabytes (a zip bomb) or claims a
// merge over a whole sheet would exhaust the app's memory. Both are refused here, with a sentence.
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_CELLS, formatCount } from './limits';

/** What all the parts of a workbook may unpack to. */
export const MAX_UNPACKED_WORKBOOK_BYTES = 512 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The web-standard streams used here, typed locally: shared/ declares no DOM library. */
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteTransform {
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): ByteReader };
}
type DecompressionStreamClass = new (format: 'deflate-raw') => ByteTransform;

/**
 * Throws InventoryImportError when the workbook unpacks to more than MAX_UNPACKED_WORKBOOK_BYTES or its
 * merged cells cover more than MAX_INVENTORY_CELLS. Anything it cannot make sense of is left to ExcelJS,
 * which explains a damaged file in its own words.
 */
export async function inspectWorkbook(
  bytes: Uint8Array,
  fileName: string,
  maxUnpackedBytes = MAX_UNPACKED_WORKBOOK_BYTES,
): Promise<void> {
  const Decompression = (globalThis as { DecompressionStream?: DecompressionStreamClass }).DecompressionStream;
  const entries = zipEntries(bytes);
  if (!entries || !Decompression) return;
  let unpacked = 0;
  let mergedCells = 0;
  for (const entry of entries) {
    const isSheet = /xl\/worksheets\/sheet\d+\.xml$/.test(entry.name);
    // The last bytes of each piece are looked at with the next one, so that an element cut in two is found.
    let tail = new Uint8Array(0);
    for await (const chunk of unpack(bytes, entry, Decompression)) {
      unpacked += chunk.length;
      if (unpacked > maxUnpackedBytes) throw unpacksTooLarge(fileName, maxUnpackedBytes);
      if (!isSheet) continue;
      const window = new Uint8Array(tail.length + chunk.length);
      window.set(tail);
      window.set(chunk, tail.length);
      const carried = Math.max(0, window.length - ELEMENT_BYTES);
      mergedCells += mergedCellsStartingBefore(window, carried);
      tail = window.subarray(carried);
      if (mergedCells > MAX_INVENTORY_CELLS) throw mergesTooLarge(fileName);
    }
    mergedCells += mergedCellsStartingBefore(tail, tail.length);
    if (mergedCells > MAX_INVENTORY_CELLS) throw mergesTooLarge(fileName);
  }
}

function unpacksTooLarge(fileName: string, maxUnpackedBytes: number): InventoryImportError {
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} unpacks to more than ${formatCount(Math.ceil(maxUnpackedBytes / 1024 / 1024))} MB, far more than an inventory holds. Nothing was imported. Check that this is the inventory; if it is, save its list of systems alone as a new workbook or as "CSV UTF-8".`,
  );
}

function mergesTooLarge(fileName: string): InventoryImportError {
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} has merged cells covering more than ${formatCount(MAX_INVENTORY_CELLS)} cells, far more than an inventory holds. Nothing was imported. Unmerge the cells in Excel (or delete the rows and columns beyond the list of systems) and import again.`,
  );
}

/** The entries of a ZIP file from its central directory; undefined when it cannot be read plainly. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 1024)));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes, unpacked piece by piece; nothing for a method or a layout it does not know. */
async function* unpack(
  bytes: Uint8Array,
  entry: ZipEntry,
  Decompression: DecompressionStreamClass,
): AsyncGenerator<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50) return;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) {
    yield data;
    return;
  }
  if (entry.method !== 8) return;
  const stream = new Decompression('deflate-raw');
  const writer = stream.writable.getWriter();
  // Not awaited: the writes complete only as the unpacked bytes are read below.
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) return;
      yield value;
    }
  } catch {
    // Damaged compressed data: ExcelJS says so when it reads the file.
    return;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

const MERGE_CELL = new TextEncoder().encode('mergeCell ');
/** Enough of a <mergeCell> element to read its ref="A1:XFD1048576". */
const ELEMENT_BYTES = 128;

/** How many cells the <mergeCell ref="…"> elements that start before `end` cover. */
function mergedCellsStartingBefore(window: Uint8Array, end: number): number {
  let cells = 0;
  for (let at = window.indexOf(0x6d); at >= 0 && at < end; at = window.indexOf(0x6d, at + 1)) {
    if (!MERGE_CELL.every((byte, i) => window[at + i] === byte)) continue;
    const element = String.fromCharCode(...window.subarray(at, Math.min(window.length, at + ELEMENT_BYTES)));
    const ref = /\bref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"/.exec(element);
    if (!ref) continue;
    const [, firstColumn = 'A', firstRow = '1', lastColumn = firstColumn, lastRow = firstRow] = ref;
    const columns = Math.abs(columnNumber(lastColumn) - columnNumber(firstColumn)) + 1;
    const rows = Math.abs(Number(lastRow) - Number(firstRow)) + 1;
    cells += columns * rows;
  }
  return cells;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
