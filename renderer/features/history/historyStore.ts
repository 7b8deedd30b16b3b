// What the history screen remembers while a review is open: its filters and the page shown. UI state only.
import { create } from 'zustand';

export interface HistoryFilters {
  /** A name changes were recorded under ('' for none); null for everyone. */
  actor: string | null;
  /** A command type, or '' for all. */
  command: string;
  /** A system id, or '' for all. */
  systemId: string;
}

export const NO_HISTORY_FILTERS: HistoryFilters = { actor: null, command: '', systemId: '' };

interface HistoryUiState {
  /** The review the filters were chosen in; another review starts unfiltered, on its newest page. */
  reviewId: string | null;
  filters: HistoryFilters;
  offset: number;
  /** Changing a filter goes back to the newest entries. */
  setFilters(reviewId: string, patch: Partial<HistoryFilters>): void;
  clearFilters(): void;
  setOffset(reviewId: string, offset: number): void;
}

export const useHistoryUi = create<HistoryUiState>()((set, get) => ({
  reviewId: null,
  filters: NO_HISTORY_FILTERS,
  offset: 0,
  setFilters: (reviewId, patch) =>
    set({
      reviewId,
      filters: { ...(get().reviewId === reviewId ? get().filters : NO_HISTORY_FILTERS), ...patch },
      offset: 0,
    }),
  clearFilters: () => set({ filters: NO_HISTORY_FILTERS, offset: 0 }),
  setOffset: (reviewId, offset) =>
    set(get().reviewId === reviewId ? { offset } : { reviewId, filters: NO_HISTORY_FILTERS, offset }),
}));

/** The filters and page of the open review. */
export function useHistoryView(reviewId: string): { filters: HistoryFilters; offset: number } {
  const filters = useHistoryUi((s) => (s.reviewId === reviewId ? s.filters : NO_HISTORY_FILTERS));
  const offset = useHistoryUi((s) => (s.reviewId === reviewId ? s.offset : 0));
  return { filters, offset };
}
