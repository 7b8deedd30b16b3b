// What the actions screen remembers while a review is open: its filters. UI state only.
import { create } from 'zustand';
import { type ActionFilters, NO_ACTION_FILTERS } from './actionsView';

interface ActionsUiState {
  /** The review the filters were chosen in; another review starts unfiltered. */
  reviewId: string | null;
  filters: ActionFilters;
  setFilters(reviewId: string, patch: Partial<ActionFilters>): void;
  clearFilters(): void;
}

export const useActionsUi = create<ActionsUiState>()((set, get) => ({
  reviewId: null,
  filters: NO_ACTION_FILTERS,
  setFilters: (reviewId, patch) =>
    set({ reviewId, filters: { ...(get().reviewId === reviewId ? get().filters : NO_ACTION_FILTERS), ...patch } }),
  clearFilters: () => set({ filters: NO_ACTION_FILTERS }),
}));

export function useActionFilters(reviewId: string): ActionFilters {
  return useActionsUi((s) => (s.reviewId === reviewId ? s.filters : NO_ACTION_FILTERS));
}
