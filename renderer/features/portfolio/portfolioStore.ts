// What the portfolio screen remembers while a review is open: its filters. UI state only.
import { create } from 'zustand';
import { NO_FILTERS, type PortfolioFilters } from './portfolioView';

interface PortfolioUiState {
  /** The review the filters were chosen in; another review starts unfiltered. */
  reviewId: string | null;
  filters: PortfolioFilters;
  setFilters(reviewId: string, patch: Partial<PortfolioFilters>): void;
  clearFilters(): void;
}

export const usePortfolio = create<PortfolioUiState>()((set, get) => ({
  reviewId: null,
  filters: NO_FILTERS,
  setFilters: (reviewId, patch) =>
    set({ reviewId, filters: { ...(get().reviewId === reviewId ? get().filters : NO_FILTERS), ...patch } }),
  clearFilters: () => set({ filters: NO_FILTERS }),
}));

/** The filters of the open review. */
export function usePortfolioFilters(reviewId: string): PortfolioFilters {
  return usePortfolio((s) => (s.reviewId === reviewId ? s.filters : NO_FILTERS));
}
