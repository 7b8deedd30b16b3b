// The audit trail of the review, newest first: who changed what and when, each change as a sentence with
// its values before → after. Filtered by person, kind of change and system; paged, so long logs stay quick.
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, HistoryPage } from '../../../shared/engine/historyQueries';
import { engineClient, useSession } from '../../app/session';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { historyExportTable } from '../exchange/viewTables';
import type { EngineClient } from '../../engine-client';
import { type Formatters, useFormat } from '../../i18n/format';
import { useEngineQuery } from '../portfolio/useEngineQuery';
import { commandLabel, lastPageOffset, pageRangeText } from './historyLabels';
import { changeText, entrySentence } from './historyText';
import { type HistoryFilters, useHistoryUi, useHistoryView } from './historyStore';

const PAGE_SIZE = 50;

export function HistoryScreen() {
  const reviewId = useSession((s) => s.info?.id ?? '');
  const { filters, offset } = useHistoryView(reviewId);
  const { actor, command, systemId } = filters;
  const load = useCallback(
    (engine: EngineClient) =>
      engine.history({
        ...(actor === null ? {} : { actor }),
        ...(command ? { command } : {}),
        ...(systemId ? { systemId } : {}),
        offset,
        limit: PAGE_SIZE,
      }),
    [actor, command, systemId, offset],
  );
  const result = useEngineQuery(load);
  const { t } = useTranslation('history');

  return (
    <main className="overview-screen history-screen" aria-labelledby="history-title">
      <header className="overview-header">
        <div>
          <h2 id="history-title">{t('screen.title')}</h2>
          <p className="overview-lead">{t('screen.lead')}</p>
        </div>
      </header>
      {result.status === 'loading' && <p className="muted">{t('screen.loading')}</p>}
      {result.status === 'failed' && (
        <p className="overview-problem" role="alert">
          {t('screen.failed', { message: result.message })}
        </p>
      )}
      {result.status === 'ready' && <HistoryBody reviewId={reviewId} page={result.data} filters={filters} />}
    </main>
  );
}

function HistoryBody({ reviewId, page, filters }: { reviewId: string; page: HistoryPage; filters: HistoryFilters }) {
  const clearFilters = useHistoryUi((s) => s.clearFilters);
  const filtered = filters.actor !== null || filters.command !== '' || filters.systemId !== '';
  const logIsEmpty = page.commands.length === 0;
  const { t } = useTranslation('history');
  const formatters = useFormat();

  if (logIsEmpty) {
    return (
      <div className="overview-empty">
        <h3>{t('empty.title')}</h3>
        <p>{t('empty.text')}</p>
      </div>
    );
  }

  return (
    <>
      <HistoryFilterBar reviewId={reviewId} page={page} filters={filters} />
      <ExportViewButtons
        what="history"
        sheetName={t('screen.sheetName')}
        table={() =>
          historyExportTable(engineClient(), {
            ...(filters.actor === null ? {} : { actor: filters.actor }),
            ...(filters.command ? { command: filters.command } : {}),
            ...(filters.systemId ? { systemId: filters.systemId } : {}),
          })
        }
        disabled={page.total === 0}
      />
      {page.entries.length === 0 ? (
        <div className="overview-no-match">
          <p>{filtered ? t('noMatch') : t('noneOnPage')}</p>
          <button type="button" onClick={clearFilters}>
            {filtered ? t('filters.clear') : t('showNewest')}
          </button>
        </div>
      ) : (
        <div className="overview-panel table-panel">
          <Pager reviewId={reviewId} page={page} />
          <table className="data-table history-table">
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-when">
                  {t('table.when')}
                </th>
                <th scope="col" className="col-who">
                  {t('table.who')}
                </th>
                <th scope="col">{t('table.what')}</th>
              </tr>
            </thead>
            <tbody>{rowsWithDays(page.entries, formatters)}</tbody>
          </table>
          <Pager reviewId={reviewId} page={page} bottom />
        </div>
      )}
    </>
  );
}

/** The entries of a page, with a row naming the day before the first entry of each day. */
function rowsWithDays(entries: readonly HistoryEntry[], { date }: Pick<Formatters, 'date'>) {
  const rows = [];
  let day = '';
  for (const entry of entries) {
    const entryDay = date(entry.at);
    if (entryDay !== day) {
      day = entryDay;
      rows.push(
        <tr key={`day-${entry.seq}`} className="day-row">
          <th scope="colgroup" colSpan={3}>
            {entryDay}
          </th>
        </tr>,
      );
    }
    rows.push(<HistoryRow key={entry.seq} entry={entry} />);
  }
  return rows;
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('history');
  const { dateTime } = useFormat();
  return (
    <tr data-seq={entry.seq} data-command={entry.command}>
      <td className="col-when">
        <time dateTime={entry.at} title={dateTime(entry.at)}>
          {t('row.time', { at: new Date(entry.at) })}
        </time>
        <span className="history-seq">#{entry.seq}</span>
      </td>
      <td className="col-who">{entry.actor || <span className="muted">{t('row.notRecorded')}</span>}</td>
      <td>
        <p className="history-summary">{entrySentence(entry)}</p>
        {(entry.changes.length > 0 || entry.moreChanges > 0) && (
          <ul className="history-changes" aria-label={t('row.changes')}>
            {entry.changes.map((change, index) => {
              const { field, before, after } = changeText(change);
              return (
                <li key={`${change.field}-${index}`}>
                  <span className="change-field">{field}</span>
                  <span className="change-before">{before}</span>
                  <span className="change-arrow" aria-hidden="true">
                    →
                  </span>
                  <span className="visually-hidden">{` ${t('row.changedTo')} `}</span>
                  <span className="change-after">{after}</span>
                </li>
              );
            })}
            {entry.moreChanges > 0 && <li className="history-more">{t('row.more', { count: entry.moreChanges })}</li>}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Pager({ reviewId, page, bottom = false }: { reviewId: string; page: HistoryPage; bottom?: boolean }) {
  const setOffset = useHistoryUi((s) => s.setOffset);
  const go = (offset: number) => setOffset(reviewId, offset);
  const newer = page.offset > 0;
  const older = page.offset + page.entries.length < page.total;
  const { t } = useTranslation('history');
  return (
    <nav
      className={`pager${bottom ? ' pager-bottom' : ''}`}
      aria-label={bottom ? t('pager.labelBottom') : t('pager.label')}
    >
      <p className="pager-range" aria-live={bottom ? undefined : 'polite'}>
        {pageRangeText(page.offset, page.entries.length, page.total)}
      </p>
      <div className="pager-buttons">
        <button type="button" disabled={!newer} onClick={() => go(0)}>
          {t('pager.newest')}
        </button>
        <button type="button" disabled={!newer} onClick={() => go(Math.max(page.offset - page.limit, 0))}>
          {t('pager.newer')}
        </button>
        <button type="button" disabled={!older} onClick={() => go(page.offset + page.limit)}>
          {t('pager.older')}
        </button>
        <button type="button" disabled={!older} onClick={() => go(lastPageOffset(page.total, page.limit))}>
          {t('pager.oldest')}
        </button>
      </div>
    </nav>
  );
}

const ALL = 'all';

function HistoryFilterBar({
  reviewId,
  page,
  filters,
}: {
  reviewId: string;
  page: HistoryPage;
  filters: HistoryFilters;
}) {
  const { setFilters, clearFilters } = useHistoryUi();
  const id = useId();
  const set = (patch: Partial<HistoryFilters>) => setFilters(reviewId, patch);
  const filtered = filters.actor !== null || filters.command !== '' || filters.systemId !== '';
  const current = page.systems.filter((s) => !s.removed);
  const removed = page.systems.filter((s) => s.removed);
  const { t, i18n } = useTranslation('history');
  const commands = page.commands
    .map(({ command, count }) => ({ command, count, label: commandLabel(command) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <div className="filter-field">
        <label htmlFor={`${id}-actor`}>{t('filters.who')}</label>
        <select
          id={`${id}-actor`}
          value={filters.actor === null ? ALL : `actor:${filters.actor}`}
          onChange={(event) =>
            set({ actor: event.target.value === ALL ? null : event.target.value.slice('actor:'.length) })
          }
        >
          <option value={ALL}>{t('filters.everyone')}</option>
          {page.actors.map((actor) => (
            <option key={actor} value={`actor:${actor}`}>
              {actor || t('filters.nameNotRecorded')}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-command`}>{t('filters.what')}</label>
        <select id={`${id}-command`} value={filters.command} onChange={(event) => set({ command: event.target.value })}>
          <option value="">{t('filters.allChanges')}</option>
          {commands.map(({ command, count, label }) => (
            <option key={command} value={command}>
              {t('filters.commandCount', { label, total: count })}
            </option>
          ))}
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
          {current.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
          {removed.length > 0 && (
            <optgroup label={t('filters.removed')}>
              {removed.map((system) => (
                <option key={system.id} value={system.id}>
                  {system.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {filtered && (
        <button type="button" className="button-quiet filter-clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
