// How large an inventory may be. Far above any court's list of systems, and low enough that a wrong or
// hostile file is refused in a moment, with a sentence, instead of freezing the import or exhausting memory.
import { InventoryImportError } from './InventoryImportError';
import { shorten } from './shorten';

/** Bytes of an inventory file, checked before anything is parsed. */
export const MAX_INVENTORY_BYTES = 50 * 1024 * 1024;
/** Rows (lines of a CSV, rows of a sheet, entries of a JSON list), blank ones included. */
export const MAX_INVENTORY_ROWS = 200_000;
/** Columns that hold anything: each becomes an attribute or a custom field the person maps one by one. */
export const MAX_INVENTORY_COLUMNS = 1_000;
/** Cells read from a CSV or a sheet, empty ones included: 200,000 rows of 50 columns. */
export const MAX_INVENTORY_CELLS = 10_000_000;
/** How deeply a JSON value may nest inside an entry; inventory values are text, numbers or short lists. */
export const MAX_JSON_DEPTH = 50;

/** 10000000 → "10,000,000", the same in every locale. */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const thousands = formatCount;

export function tooLargeError(fileName: string, bytes: number): InventoryImportError {
  const megabytes = (size: number) => `${thousands(Math.ceil(size / (1024 * 1024)))} MB`;
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} is ${megabytes(bytes)}, larger than the ${megabytes(MAX_INVENTORY_BYTES)} an inventory may be. Nothing was imported. Check that this is the inventory, or split it into smaller files.`,
  );
}

export function tooManyRowsError(fileName: string, unit: 'rows' | 'entries' = 'rows'): InventoryImportError {
  const advice =
    unit === 'rows' ? 'Delete the empty rows at the end, or split the inventory' : 'Split the list of systems';
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} has more than ${thousands(MAX_INVENTORY_ROWS)} ${unit}, more than an inventory may have. Nothing was imported. ${advice} into smaller files.`,
  );
}

export function tooManyColumnsError(fileName: string, columns: number): InventoryImportError {
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} has ${thousands(columns)} columns with something in them, more than the ${thousands(MAX_INVENTORY_COLUMNS)} an inventory may have. Nothing was imported. Delete the columns that do not describe systems, or check that the separator was recognised.`,
  );
}

export function tooManyCellsError(fileName: string): InventoryImportError {
  return new InventoryImportError(
    'unreadable-inventory',
    `${fileName} has more than ${thousands(MAX_INVENTORY_CELLS)} cells, more than an inventory may have. Nothing was imported. Check that this is the inventory and that its separator was recognised, or split it into smaller files.`,
  );
}

export function tooDeepError(fileName: string, entry: number, key: string): InventoryImportError {
  return new InventoryImportError(
    'unreadable-inventory',
    `Entry ${entry} of ${fileName} has a value nested more than ${MAX_JSON_DEPTH} levels deep ("${shorten(key, 40)}"), which is not a description of a system. Nothing was imported. Fix that entry and import again.`,
  );
}
