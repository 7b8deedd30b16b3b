// Filters above the portfolio: court or organisation, stage and Appendix II category, with how many
// systems they leave ("3 of 12 systems").
import { useId } from 'react';
import type { SystemScore } from '../../../shared/engine/scoreReview';
import { SYSTEM_STAGES, USE_CATEGORIES } from '../../../shared/model/system';
import { STAGE_LABELS, USE_CATEGORY_LABELS } from '../inventory/inventoryColumns';
import { usePortfolio, usePortfolioFilters } from './portfolioStore';
import { type PortfolioFilters, isFiltered, organisationsOf } from './portfolioView';

/** Select values for the organisation filter: all, one organisation, or systems that name none. */
const ALL = 'all';
const organisationValue = (organisation: string | null) => (organisation === null ? ALL : `org:${organisation}`);
const organisationOf = (value: string) => (value === ALL ? null : value.slice('org:'.length));

interface Props {
  reviewId: string;
  systems: readonly SystemScore[];
  shownCount: number;
}

export function PortfolioFilterBar({ reviewId, systems, shownCount }: Props) {
  const filters = usePortfolioFilters(reviewId);
  const { setFilters, clearFilters } = usePortfolio();
  const id = useId();
  const organisations = organisationsOf(systems);
  const set = (patch: Partial<PortfolioFilters>) => setFilters(reviewId, patch);

  return (
    <div className="filter-bar" role="group" aria-label="Filter systems">
      <div className="filter-field">
        <label htmlFor={`${id}-organisation`}>Court or organisation</label>
        <select
          id={`${id}-organisation`}
          value={organisationValue(filters.organisation)}
          onChange={(event) => set({ organisation: organisationOf(event.target.value) })}
        >
          <option value={ALL}>All courts and organisations</option>
          {filters.organisation !== null &&
            filters.organisation !== '' &&
            !organisations.includes(filters.organisation) && (
              <option value={organisationValue(filters.organisation)}>{filters.organisation}</option>
            )}
          {organisations.map((organisation) => (
            <option key={organisation} value={organisationValue(organisation)}>
              {organisation}
            </option>
          ))}
          <option value={organisationValue('')}>Not stated</option>
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-stage`}>Stage</label>
        <select
          id={`${id}-stage`}
          value={filters.stage}
          onChange={(event) => set({ stage: event.target.value as PortfolioFilters['stage'] })}
        >
          <option value="">All stages</option>
          {SYSTEM_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
          <option value="none">Not stated</option>
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-category`}>Appendix II category</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => set({ category: event.target.value as PortfolioFilters['category'] })}
        >
          <option value="">All categories</option>
          {USE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {USE_CATEGORY_LABELS[category]}
            </option>
          ))}
          <option value="none">Not classified</option>
        </select>
      </div>
      {isFiltered(filters) && (
        <button type="button" className="button-quiet filter-clear" onClick={clearFilters}>
          Clear filters
        </button>
      )}
      <p className="filter-count" aria-live="polite">
        {shownCount === systems.length
          ? `${systems.length} ${systems.length === 1 ? 'system' : 'systems'}`
          : `${shownCount} of ${systems.length} systems`}
      </p>
    </div>
  );
}
