// Search and filters above the inventory table, with how many systems they leave: "5 of 12 systems".
import { useId } from 'react';
import { SYSTEM_STAGES, type SystemRecord, USE_CATEGORIES } from '../../../shared/model/system';
import { STAGE_LABELS, USE_CATEGORY_LABELS } from './inventoryColumns';
import { useInventory } from './inventoryStore';
import { type InventoryFilters, NO_FILTERS, organisationsOf } from './inventoryView';

export function InventoryToolbar({ systems, shownCount }: { systems: readonly SystemRecord[]; shownCount: number }) {
  const { filters, setFilters, clearFilters } = useInventory();
  const id = useId();
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const organisations = organisationsOf(systems);

  return (
    <div className="inventory-toolbar" role="search" aria-label="Find systems">
      <div className="toolbar-field toolbar-search">
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          placeholder="Name, court, purpose, notes…"
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${id}-stage`}>Stage</label>
        <select
          id={`${id}-stage`}
          value={filters.stage}
          onChange={(event) => setFilters({ stage: event.target.value as InventoryFilters['stage'] })}
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
      <div className="toolbar-field">
        <label htmlFor={`${id}-category`}>Appendix II category</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => setFilters({ category: event.target.value as InventoryFilters['category'] })}
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
      <div className="toolbar-field">
        <label htmlFor={`${id}-organisation`}>Organisation</label>
        <select
          id={`${id}-organisation`}
          value={filters.organisation}
          onChange={(event) => setFilters({ organisation: event.target.value })}
        >
          <option value="">All organisations</option>
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
          Clear filters
        </button>
      )}
      <p className="inventory-count" role="status" aria-live="polite" data-testid="inventory-count">
        {shownCount} of {systems.length} {systems.length === 1 ? 'system' : 'systems'}
      </p>
    </div>
  );
}
