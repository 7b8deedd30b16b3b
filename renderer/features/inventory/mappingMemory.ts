// Remembers the column mapping a person confirmed, per set of column headings, so next month's export of
// the same spreadsheet is mapped the way they chose last time. Kept in the browser's storage, not the review.
import { type InventoryMapping, parseInventoryMapping } from '../../../shared/inventory';
import { normaliseLabel } from '../../../shared/inventory/normaliseLabel';

const PREFIX = 'charter-review:inventory-mapping:';

type MappingStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The same headings in any order, case or accents give the same key. */
export function headerSetKey(headers: readonly string[]): string {
  return PREFIX + [...new Set(headers.map((h) => normaliseLabel(h) || h))].sort().join('|');
}

export function recallMapping(
  headers: readonly string[],
  storage: MappingStorage | null = safeStorage(),
): InventoryMapping | null {
  const stored = storage?.getItem(headerSetKey(headers));
  if (!stored) return null;
  try {
    return parseInventoryMapping(stored);
  } catch {
    // A mapping stored by another version, or edited by hand, is not worth an error: guess afresh.
    return null;
  }
}

export function rememberMapping(
  headers: readonly string[],
  mapping: InventoryMapping,
  storage: MappingStorage | null = safeStorage(),
): void {
  try {
    storage?.setItem(headerSetKey(headers), JSON.stringify(mapping));
  } catch {
    // Storage full or disabled: remembering is a convenience, the import itself went through.
  }
}

function safeStorage(): MappingStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
