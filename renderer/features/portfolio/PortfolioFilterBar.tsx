// Filters above the portfolio: court or organisation, stage and Appendix II category, with how many
// systems they leave ("3 of 12 systems").
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemScore } from '../../../shared/engine/scoreReview';
import { SYSTEM_STAGES, USE_CATEGORIES } from '../../../shared/model/system';
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
  const { t } = useTranslation('portfolio');
  const id = useId();
  const organisations = organisationsOf(systems);
  const set = (patch: Partial<PortfolioFilters>) => setFilters(reviewId, patch);

  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <div className="filter-field">
        <label htmlFor={`${id}-organisation`}>{t('filters.organisation')}</label>
        <select
          id={`${id}-organisation`}
          value={organisationValue(filters.organisation)}
          onChange={(event) => set({ organisation: organisationOf(event.target.value) })}
        >
          <option value={ALL}>{t('filters.allOrganisations')}</option>
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
          <option value={organisationValue('')}>{t('filters.notStated')}</option>
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-stage`}>{t('filters.stage')}</label>
        <select
          id={`${id}-stage`}
          value={filters.stage}
          onChange={(event) => set({ stage: event.target.value as PortfolioFilters['stage'] })}
        >
          <option value="">{t('filters.allStages')}</option>
          {SYSTEM_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
          <option value="none">{t('filters.notStated')}</option>
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-category`}>{t('filters.category')}</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => set({ category: event.target.value as PortfolioFilters['category'] })}
        >
          <option value="">{t('filters.allCategories')}</option>
          {USE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
          <option value="none">{t('filters.notClassified')}</option>
        </select>
      </div>
      {isFiltered(filters) && (
        <button type="button" className="button-quiet filter-clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      )}
      <p className="filter-count" aria-live="polite">
        {shownCount === systems.length
          ? t('filters.count', { count: systems.length })
          : t('filters.countShown', { shown: shownCount, count: systems.length })}
      </p>
    </div>
  );
}
