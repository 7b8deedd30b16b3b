// Search and filters above the inventory table, with how many systems they leave: "5 of 12 systems".
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SYSTEM_STAGES, type SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { categoryLabel, stageLabel } from './inventoryColumns';
import { useInventory } from './inventoryStore';
import { type InventoryFilters, NO_FILTERS, organisationsOf } from './inventoryView';

export function InventoryToolbar({ systems, shownCount }: { systems: readonly SystemRecord[]; shownCount: number }) {
  const { t } = useTranslation(['inventory', 'common']);
  const { filters, setFilters, clearFilters } = useInventory();
  const id = useId();
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const organisations = organisationsOf(systems);

  return (
    <div className="inventory-toolbar" role="search" aria-label={t('toolbar.label')}>
      <div className="toolbar-field toolbar-search">
        <label htmlFor={`${id}-search`}>{t('common:action.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          placeholder={t('toolbar.searchPlaceholder')}
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${id}-stage`}>{t('toolbar.stage')}</label>
        <select
          id={`${id}-stage`}
          value={filters.stage}
          onChange={(event) => setFilters({ stage: event.target.value as InventoryFilters['stage'] })}
        >
          <option value="">{t('toolbar.allStages')}</option>
          {SYSTEM_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage)}
            </option>
          ))}
          <option value="none">{t('value.notStated')}</option>
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${id}-category`}>{t('toolbar.category')}</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => setFilters({ category: event.target.value as InventoryFilters['category'] })}
        >
          <option value="">{t('toolbar.allCategories')}</option>
          {USE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category)}
            </option>
          ))}
          <option value="none">{t('value.notClassified')}</option>
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${id}-organisation`}>{t('toolbar.organisation')}</label>
        <select
          id={`${id}-organisation`}
          value={filters.organisation}
          onChange={(event) => setFilters({ organisation: event.target.value })}
        >
          <option value="">{t('toolbar.allOrganisations')}</option>
          {/* A filter chosen before its last system was renamed stays listed, so the select shows it. */}
          {filters.organisation !== '' && !organisations.includes(filters.organisation) && (
            <option value={filters.organisation}>{filters.organisation}</option>
          )}
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" className="button-quiet toolbar-clear" onClick={clearFilters}>
          {t('toolbar.clearFilters')}
        </button>
      )}
      <p className="inventory-count" role="status" aria-live="polite" data-testid="inventory-count">
        {t('toolbar.count', { shown: shownCount, count: systems.length })}
      </p>
    </div>
  );
}
