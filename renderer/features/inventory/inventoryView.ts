// What the inventory table shows: the systems that pass the filters and the search, in the chosen order.
// Pure functions, so the export writes exactly the rows the person sees.
import type { SYSTEM_STAGES, SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { currentLanguage } from '../../i18n/i18n';
import { type ColumnId, INVENTORY_COLUMNS, columnById } from './inventoryColumns';

/** '' shows every system; 'none' those where the attribute is not stated yet. */
export interface InventoryFilters {
  stage: (typeof SYSTEM_STAGES)[number] | 'none' | '';
  category: (typeof USE_CATEGORIES)[number] | 'none' | '';
  /** An organisation exactly as written in the review; '' for all. */
  organisation: string;
  search: string;
}

export const NO_FILTERS: InventoryFilters = { stage: '', category: '', organisation: '', search: '' };

export interface InventorySort {
  column: ColumnId;
  direction: 'ascending' | 'descending';
}

/** Lower case without accents: "Cour d'Appel" is found by typing "cour d'appel" or "Cour d’appel". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/**
 * The text a search looks in: every column as shown (so "pilote" finds a pilot in French), the purpose, notes
 * and custom fields. Built once per record and language.
 */
const haystacks = new WeakMap<SystemRecord, { language: string; text: string }>();
function haystack(system: SystemRecord): string {
  const language = currentLanguage();
  const known = haystacks.get(system);
  if (known?.language === language) return known.text;
  const text = fold(
    [
      ...INVENTORY_COLUMNS.map((column) => column.text(system)),
      system.purpose,
      system.notes,
      system.hosting,
      system.contact,
      ...Object.values(system.customFields),
    ].join('\n'),
  );
  haystacks.set(system, { language, text });
  return text;
}

export function searchTerms(search: string): string[] {
  return fold(search)
    .split(/\s+/)
    .filter((term) => term !== '');
}

export function filterSystems<T extends SystemRecord>(systems: readonly T[], filters: InventoryFilters): T[] {
  const terms = searchTerms(filters.search);
  const wanted = <V extends string>(filter: V | 'none' | '', value: V | null) =>
    filter === '' || (filter === 'none' ? value === null : value === filter);
  return systems.filter(
    (system) =>
      wanted(filters.stage, system.stage) &&
      wanted(filters.category, system.useCategory) &&
      (filters.organisation === '' || system.organisation === filters.organisation) &&
      terms.every((term) => haystack(system).includes(term)),
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A stable sort; systems without a value come last in either direction, as they are the ones to fill in. */
export function sortSystems<T extends SystemRecord>(systems: readonly T[], sort: InventorySort | null): T[] {
  if (!sort) return [...systems];
  const column = columnById(sort.column);
  const valueOf = column.sortValue ?? column.text;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = systems.map((system, index) => {
    const value = valueOf(system);
    const empty = column.text(system).trim() === '';
    return { system, index, value, empty };
  });
  keyed.sort((a, b) => {
    if (a.empty !== b.empty) return a.empty ? 1 : -1;
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((entry) => entry.system);
}

export function visibleSystems<T extends SystemRecord>(
  systems: readonly T[],
  filters: InventoryFilters,
  sort: InventorySort | null,
): T[] {
  return sortSystems(filterSystems(systems, filters), sort);
}

/** A header click: a new column sorts ascending, the same column again descending, a third time back to the review's order. */
export function nextSort(current: InventorySort | null, column: ColumnId): InventorySort | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** Every organisation named in the review, for the filter, in alphabetical order. */
export function organisationsOf(systems: readonly SystemRecord[]): string[] {
  return [...new Set(systems.map((s) => s.organisation).filter((o) => o.trim() !== ''))].sort(collator.compare);
}

/** Ids between two rows of the shown order, both included: a shift-click selects the range. */
export function rangeOfIds(shown: readonly SystemRecord[], fromId: string, toId: string): string[] {
  const from = shown.findIndex((s) => s.id === fromId);
  const to = shown.findIndex((s) => s.id === toId);
  if (from < 0 || to < 0) return to < 0 ? [] : [toId];
  const [start, end] = from <= to ? [from, to] : [to, from];
  return shown.slice(start, end + 1).map((s) => s.id);
}
