// Every remediation action of the review in one list, soonest due first: who owns it, when it is due, its
// state (changed here, as an updateAction command) and whether it is overdue, with filters to narrow it.
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView, FindingView } from '../../../shared/engine/recordQueries';
import { useSession } from '../../app/session';
import type { EngineClient } from '../../engine-client';
import { useFormat } from '../../i18n/format';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { actionsTable } from '../exchange/viewTables';
import { openChecklist } from '../portfolio/openChecklist';
import { useEngineQuery } from '../portfolio/useEngineQuery';
import { itemCardDomId } from '../review/RelatedItems';
import { useActionFilters, useActionsUi } from './actionsStore';
import {
  ACTION_STATES,
  ACTION_STATE_LABELS,
  type ActionFilters,
  type ActionState,
  actionCountText,
  filterActions,
  formatDueDate,
  isFiltered,
  ownersOf,
  systemsOf,
} from './actionsView';

export function ActionsScreen() {
  const load = useCallback((engine: EngineClient) => engine.remediation(), []);
  const result = useEngineQuery(load);
  const { t } = useTranslation('actions');
  return (
    <main className="overview-screen actions-screen" aria-labelledby="actions-title">
      <header className="overview-header">
        <div>
          <h2 id="actions-title">{t('screen.title')}</h2>
          <p className="overview-lead">{t('screen.lead')}</p>
        </div>
      </header>
      {result.status === 'loading' && <p className="muted">{t('screen.loading')}</p>}
      {result.status === 'failed' && (
        <p className="overview-problem" role="alert">
          {t('screen.failed', { message: result.message })}
        </p>
      )}
      {result.status === 'ready' && <ActionsBody actions={result.data.actions} findings={result.data.findings} />}
    </main>
  );
}

function ActionsBody({ actions, findings }: { actions: ActionView[]; findings: FindingView[] }) {
  const reviewId = useSession((s) => s.info?.id ?? '');
  const setView = useSession((s) => s.setView);
  const filters = useActionFilters(reviewId);
  const clearFilters = useActionsUi((s) => s.clearFilters);
  const { t } = useTranslation('actions');

  if (actions.length === 0) {
    return (
      <div className="overview-empty">
        <h3>{t('empty.title')}</h3>
        <p className="muted">{t('empty.text')}</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => setView('checklists')}>
            {t('empty.goToChecklists')}
          </button>
        </div>
      </div>
    );
  }

  const shown = filterActions(actions, filters);
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <>
      <ActionFilterBar reviewId={reviewId} actions={actions} shown={shown} />
      <ExportViewButtons
        what="actions"
        sheetName={t('screen.sheetName')}
        table={() => actionsTable(shown, findings)}
        disabled={shown.length === 0}
      />
      {shown.length === 0 ? (
        <div className="overview-no-match">
          <p>{t('noMatch')}</p>
          <button type="button" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        </div>
      ) : (
        <div className="overview-panel table-panel">
          <table className="data-table actions-table">
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-due">
                  {t('table.due')}
                </th>
                <th scope="col">{t('table.action')}</th>
                <th scope="col" className="col-system">
                  {t('table.system')}
                </th>
                <th scope="col" className="col-owner">
                  {t('table.owner')}
                </th>
                <th scope="col" className="col-state">
                  {t('table.state')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => (
                <ActionRow
                  key={action.id}
                  action={action}
                  finding={action.findingId ? byId.get(action.findingId) : undefined}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ActionRow({ action, finding }: { action: ActionView; finding: FindingView | undefined }) {
  const run = useSession((s) => s.run);
  const { t } = useTranslation('actions');
  const formatters = useFormat();
  const closed = action.state === 'done' || action.state === 'cancelled';
  const itemCode = finding?.itemId?.split('/')[1];
  return (
    <tr
      className={[action.overdue ? 'is-overdue' : '', closed ? 'is-closed' : ''].filter(Boolean).join(' ') || undefined}
      data-action-id={action.id}
    >
      <td className="col-due">
        {action.dueDate ? (
          <time dateTime={action.dueDate}>{formatDueDate(action.dueDate, formatters)}</time>
        ) : (
          <span className="muted">{t('row.noDate')}</span>
        )}
        {action.overdue && <span className="overdue-badge">{t('row.overdue')}</span>}
      </td>
      <td>
        <span className="action-description">{action.description}</span>
        {finding && (
          <span className="action-finding">
            <span className={`severity severity-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
            {itemCode && <span className="action-item">{itemCode}</span>}
            <span className="action-finding-text" title={finding.description}>
              {finding.description}
            </span>
          </span>
        )}
      </td>
      <td className="col-system">
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void openChecklist(action.systemId, finding?.itemId ? itemCardDomId(finding.itemId) : undefined)
          }
          title={t('row.openChecklist', { name: action.systemName })}
        >
          {action.systemName}
        </button>
      </td>
      <td className="col-owner">{action.owner || <span className="muted">{t('row.noOwner')}</span>}</td>
      <td className="col-state">
        <select
          aria-label={t('row.stateOf', { description: action.description })}
          className={`state-select state-${action.state}`}
          value={action.state}
          onChange={(event) =>
            void run({
              type: 'updateAction',
              actionId: action.id,
              changes: { state: event.target.value as ActionState },
            })
          }
        >
          {ACTION_STATES.map((state) => (
            <option key={state} value={state}>
              {ACTION_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

const ALL = 'all';

function ActionFilterBar({
  reviewId,
  actions,
  shown,
}: {
  reviewId: string;
  actions: ActionView[];
  shown: ActionView[];
}) {
  const filters = useActionFilters(reviewId);
  const { setFilters, clearFilters } = useActionsUi();
  const id = useId();
  const set = (patch: Partial<ActionFilters>) => setFilters(reviewId, patch);
  const owners = ownersOf(actions);
  const systems = systemsOf(actions);
  const { t } = useTranslation('actions');
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <div className="filter-field">
        <label htmlFor={`${id}-state`}>{t('filters.state')}</label>
        <select
          id={`${id}-state`}
          value={filters.state}
          onChange={(event) => set({ state: event.target.value as ActionFilters['state'] })}
        >
          <option value="">{t('filters.allStates')}</option>
          <option value="active">{t('filters.active')}</option>
          {ACTION_STATES.map((state) => (
            <option key={state} value={state}>
              {ACTION_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-owner`}>{t('filters.owner')}</label>
        <select
          id={`${id}-owner`}
          value={filters.owner === null ? ALL : `owner:${filters.owner}`}
          onChange={(event) =>
            set({ owner: event.target.value === ALL ? null : event.target.value.slice('owner:'.length) })
          }
        >
          <option value={ALL}>{t('filters.allOwners')}</option>
          {owners.map((owner) => (
            <option key={owner} value={`owner:${owner}`}>
              {owner}
            </option>
          ))}
          <option value="owner:">{t('filters.noOwner')}</option>
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-system`}>{t('filters.system')}</label>
        <select
          id={`${id}-system`}
          value={filters.systemId}
          onChange={(event) => set({ systemId: event.target.value })}
        >
          <option value="">{t('filters.allSystems')}</option>
          {filters.systemId !== '' && !systems.some((s) => s.id === filters.systemId) && (
            <option value={filters.systemId}>{t('filters.systemWithoutActions')}</option>
          )}
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </select>
      </div>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.target.checked })}
        />
        {t('filters.overdueOnly')}
      </label>
      {isFiltered(filters) && (
        <button type="button" className="button-quiet filter-clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      )}
      <p className="filter-count" aria-live="polite">
        {actionCountText(shown, actions.length)}
      </p>
    </div>
  );
}
