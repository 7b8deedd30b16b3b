// The audit trail of the review, newest first: who changed what and when, each change as a sentence with
// its values before → after. Filtered by person, kind of change and system; paged, so long logs stay quick.
import { useCallback, useId } from 'react';
import type { HistoryEntry, HistoryPage } from '../../../shared/engine/historyQueries';
import { engineClient, useSession } from '../../app/session';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { historyExportTable } from '../exchange/viewTables';
import type { EngineClient } from '../../engine-client';
import { useEngineQuery } from '../portfolio/useEngineQuery';
import { commandLabel, lastPageOffset, pageRangeText } from './historyLabels';
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

  return (
    <main className="overview-screen history-screen" aria-labelledby="history-title">
      <header className="overview-header">
        <div>
          <h2 id="history-title">History</h2>
          <p className="overview-lead">
            Every change to this review, newest first, with who made it and when. The trail is kept in the review file
            and cannot be edited; undoing a change adds a new entry.
          </p>
        </div>
      </header>
      {result.status === 'loading' && <p className="muted">Loading the history…</p>}
      {result.status === 'failed' && (
        <p className="overview-problem" role="alert">
          The history could not be loaded: {result.message}
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

  if (logIsEmpty) {
    return (
      <div className="overview-empty">
        <h3>No changes yet</h3>
        <p>
          Every answer, system, finding and action recorded in this review will appear here, with who made it and when.
        </p>
      </div>
    );
  }

  return (
    <>
      <HistoryFilterBar reviewId={reviewId} page={page} filters={filters} />
      <ExportViewButtons
        what="history"
        sheetName="History"
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
          <p>{filtered ? 'No change matches these filters.' : 'No changes on this page.'}</p>
          <button type="button" onClick={clearFilters}>
            {filtered ? 'Clear filters' : 'Show the newest changes'}
          </button>
        </div>
      ) : (
        <div className="overview-panel table-panel">
          <Pager reviewId={reviewId} page={page} />
          <table className="data-table history-table">
            <caption className="visually-hidden">Changes to the review, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="col-when">
                  When
                </th>
                <th scope="col" className="col-who">
                  Who
                </th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>{rowsWithDays(page.entries)}</tbody>
          </table>
          <Pager reviewId={reviewId} page={page} bottom />
        </div>
      )}
    </>
  );
}

/** The entries of a page, with a row naming the day before the first entry of each day. */
function rowsWithDays(entries: readonly HistoryEntry[]) {
  const rows = [];
  let day = '';
  for (const entry of entries) {
    const at = new Date(entry.at);
    const entryDay = at.toLocaleDateString(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
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
  const at = new Date(entry.at);
  return (
    <tr data-seq={entry.seq} data-command={entry.command}>
      <td className="col-when">
        <time dateTime={entry.at} title={at.toLocaleString()}>
          {at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
        </time>
        <span className="history-seq">#{entry.seq}</span>
      </td>
      <td className="col-who">{entry.actor || <span className="muted">Not recorded</span>}</td>
      <td>
        <p className="history-summary">{entry.summary}</p>
        {(entry.changes.length > 0 || entry.moreChanges > 0) && (
          <ul className="history-changes" aria-label="Values before and after">
            {entry.changes.map((change, index) => (
              <li key={`${change.field}-${index}`}>
                <span className="change-field">{change.field}</span>
                <span className="change-before">{change.before}</span>
                <span className="change-arrow" aria-hidden="true">
                  →
                </span>
                <span className="visually-hidden"> changed to </span>
                <span className="change-after">{change.after}</span>
              </li>
            ))}
            {entry.moreChanges > 0 && (
              <li className="history-more">
                …and {entry.moreChanges} more {entry.moreChanges === 1 ? 'change' : 'changes'}
              </li>
            )}
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
  return (
    <nav className={`pager${bottom ? ' pager-bottom' : ''}`} aria-label={bottom ? 'Pages (bottom)' : 'Pages'}>
      <p className="pager-range" aria-live={bottom ? undefined : 'polite'}>
        {pageRangeText(page.offset, page.entries.length, page.total)}
      </p>
      <div className="pager-buttons">
        <button type="button" disabled={!newer} onClick={() => go(0)}>
          Newest
        </button>
        <button type="button" disabled={!newer} onClick={() => go(Math.max(page.offset - page.limit, 0))}>
          ← Newer
        </button>
        <button type="button" disabled={!older} onClick={() => go(page.offset + page.limit)}>
          Older →
        </button>
        <button type="button" disabled={!older} onClick={() => go(lastPageOffset(page.total, page.limit))}>
          Oldest
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
  return (
    <div className="filter-bar" role="group" aria-label="Filter the history">
      <div className="filter-field">
        <label htmlFor={`${id}-actor`}>Who</label>
        <select
          id={`${id}-actor`}
          value={filters.actor === null ? ALL : `actor:${filters.actor}`}
          onChange={(event) =>
            set({ actor: event.target.value === ALL ? null : event.target.value.slice('actor:'.length) })
          }
        >
          <option value={ALL}>Everyone</option>
          {page.actors.map((actor) => (
            <option key={actor} value={`actor:${actor}`}>
              {actor || 'Name not recorded'}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-command`}>What</label>
        <select id={`${id}-command`} value={filters.command} onChange={(event) => set({ command: event.target.value })}>
          <option value="">All changes</option>
          {[...page.commands]
            .sort((a, b) => commandLabel(a.command).localeCompare(commandLabel(b.command)))
            .map(({ command, count }) => (
              <option key={command} value={command}>
                {commandLabel(command)} ({count})
              </option>
            ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-system`}>System</label>
        <select
          id={`${id}-system`}
          value={filters.systemId}
          onChange={(event) => set({ systemId: event.target.value })}
        >
          <option value="">All systems</option>
          {current.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
          {removed.length > 0 && (
            <optgroup label="Removed from the review">
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
          Clear filters
        </button>
      )}
    </div>
  );
}
