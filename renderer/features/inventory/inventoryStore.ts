// What the inventory screen remembers while the review is open: filters, order, the current cell, the
// ticked rows and the last removal (for its Undo message). UI state only; the systems live in the session.
import { create } from 'zustand';
import type { SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';
import type { ColumnId } from './inventoryColumns';
import { type InventoryFilters, type InventorySort, NO_FILTERS, nextSort, rangeOfIds } from './inventoryView';

interface InventoryUiState {
  filters: InventoryFilters;
  sort: InventorySort | null;
  /** The row the keyboard is on; row actions (open, duplicate, remove) apply to it. */
  activeId: string | null;
  /** 0 is the tick-box column, 1… the columns of INVENTORY_COLUMNS. */
  activeColumn: number;
  /** Rows ticked for bulk editing. */
  checked: ReadonlySet<string>;
  /** The last row ticked without Shift: where a Shift-click range starts. */
  anchorId: string | null;
  importOpen: boolean;
  /** The last system removed here, while undoing its removal is still the next undo step (`seq`). */
  removed: { name: string; seq: number } | null;
  /** A row to scroll to and focus (a system just added or duplicated); `nonce` repeats a request. */
  reveal: { id: string; nonce: number } | null;
}

interface InventoryUiActions {
  setFilters(patch: Partial<InventoryFilters>): void;
  clearFilters(): void;
  sortBy(column: ColumnId): void;
  setActive(id: string | null, column?: number): void;
  /** A tick-box click: toggles the row, or with Shift ticks every row from the last one ticked. */
  toggleChecked(id: string, range: boolean, shown: readonly SystemRecord[]): void;
  setChecked(ids: Iterable<string>): void;
  setImportOpen(open: boolean): void;
  setRemoved(removed: { name: string; seq: number } | null): void;
  revealRow(id: string): void;
}

const INITIAL: InventoryUiState = {
  filters: NO_FILTERS,
  sort: null,
  activeId: null,
  activeColumn: 1,
  checked: new Set(),
  anchorId: null,
  importOpen: false,
  removed: null,
  reveal: null,
};

export const useInventory = create<InventoryUiState & InventoryUiActions>()((set, get) => ({
  ...INITIAL,

  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  sortBy: (column) => set({ sort: nextSort(get().sort, column) }),
  setActive: (id, column) => set(column === undefined ? { activeId: id } : { activeId: id, activeColumn: column }),
  toggleChecked(id, range, shown) {
    const { checked, anchorId } = get();
    const next = new Set(checked);
    if (range && anchorId !== null) {
      for (const rangeId of rangeOfIds(shown, anchorId, id)) next.add(rangeId);
      set({ checked: next });
      return;
    }
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ checked: next, anchorId: id });
  },
  setChecked: (ids) => set({ checked: new Set(ids), anchorId: null }),
  setImportOpen: (importOpen) => set({ importOpen }),
  setRemoved: (removed) => set({ removed }),
  revealRow: (id) => set({ reveal: { id, nonce: (get().reveal?.nonce ?? 0) + 1 }, activeId: id, activeColumn: 1 }),
}));

// Another review opened (or this one closed): its filters, ticks and messages do not belong to the next one.
useSession.subscribe((session, previous) => {
  if (session.info?.id !== previous.info?.id) useInventory.setState(INITIAL);
});
