// The heat map: one row per system, one column per principle of every framework of the review. Each cell
// shows the engine's score as text and as a colour band; a click (or Enter) opens the system's checklist there.
// One Tab stop for the whole grid; the arrow keys, Home and End move inside it.
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreReport, SystemScore } from '../../../shared/engine/scoreReview';
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { useSession } from '../../app/session';
import { currentLanguage } from '../../i18n/i18n';
import { contentLanguage } from '../../i18n/languages';
import { openChecklist } from './openChecklist';
import {
  RISK_LABELS,
  SCORE_BANDS,
  cellDescription,
  formatScore,
  heatMapColumns,
  overallDescription,
  scoreBand,
  scoreBandLabel,
} from './portfolioView';

interface Props {
  report: ScoreReport;
  systems: readonly SystemScore[];
}

/** The element id of a principle's heading on the checklist screen (see ReviewScreen). */
const principleDomId = (frameworkId: string, principleId: string) => `principle-${frameworkId}-${principleId}`;

export function HeatMap({ report, systems }: Props) {
  const { t } = useTranslation('portfolio');
  const language = contentLanguage(currentLanguage());
  const frameworks = useSession((s) => s.info?.frameworks ?? []);
  const groups = heatMapColumns(report);
  const principles = groups.flatMap((g) => g.principles);
  const lastColumn = principles.length + 1;
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  // Filters may remove the row the grid remembered: keep the Tab stop on a cell that exists.
  const activeRow = Math.min(active.row, systems.length - 1);

  const frameworkTitle = (id: string) =>
    builtInFramework(id)?.shortTitle[language] ?? frameworks.find((f) => f.id === id)?.title ?? id;

  function move(event: KeyboardEvent<HTMLTableElement>) {
    const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-col]') : null;
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    const target = { row, col };
    switch (event.key) {
      case 'ArrowRight':
        target.col = Math.min(col + 1, lastColumn);
        break;
      case 'ArrowLeft':
        target.col = Math.max(col - 1, 0);
        break;
      case 'ArrowDown':
        target.row = Math.min(row + 1, systems.length - 1);
        break;
      case 'ArrowUp':
        target.row = Math.max(row - 1, 0);
        break;
      // i18n-exempt: a key name
      case 'Home':
        target.col = 0;
        if (event.ctrlKey) target.row = 0;
        break;
      // i18n-exempt: a key name
      case 'End':
        target.col = lastColumn;
        if (event.ctrlKey) target.row = systems.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    table.current?.querySelector<HTMLElement>(`[data-row="${target.row}"][data-col="${target.col}"]`)?.focus();
    setActive(target);
  }

  const stop = (row: number, col: number) => ({
    'data-row': row,
    'data-col': col,
    tabIndex: row === activeRow && col === active.col ? 0 : -1,
    onFocus: () => setActive({ row, col }),
  });

  return (
    <section className="overview-panel heat-map-panel" aria-labelledby="heat-map-title">
      <div className="panel-head">
        <h3 id="heat-map-title">{t('heatMap.title')}</h3>
        <ul className="band-legend" aria-label={t('heatMap.legend')}>
          {SCORE_BANDS.map((band) => (
            <li key={band}>
              <span className={`band-swatch band-${band}`} aria-hidden="true">
                {band === 'none' ? '—' : ''}
              </span>
              {scoreBandLabel(band)}
            </li>
          ))}
        </ul>
      </div>
      <div className="heat-map-scroller">
        <table className="heat-map" ref={table} onKeyDown={move} aria-describedby="heat-map-help">
          <caption className="visually-hidden">{t('heatMap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="heat-system-head">
                {t('heatMap.system')}
              </th>
              {groups.map((group) => (
                <th
                  key={group.frameworkId}
                  scope="colgroup"
                  colSpan={group.principles.length}
                  className="heat-framework"
                >
                  <span>{frameworkTitle(group.frameworkId)}</span>
                </th>
              ))}
              <th scope="col" rowSpan={2} className="heat-overall-head">
                {t('heatMap.overallHead')}
              </th>
              <th scope="col" rowSpan={2} className="heat-risk-head">
                {t('heatMap.risk')}
              </th>
            </tr>
            <tr>
              {principles.map((principle) => (
                <th key={principle.id} scope="col" className="heat-principle" title={principle.title}>
                  <abbr title={principle.title}>{principle.code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {systems.map((system, row) => {
              const scores = new Map(system.principles.map((p) => [p.id, p]));
              const overall = overallDescription(system);
              return (
                <tr key={system.id} data-system-id={system.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="heat-system"
                      {...stop(row, 0)}
                      onClick={() => void openChecklist(system.id)}
                      title={t('heatMap.openChecklist', { name: system.name })}
                    >
                      <span className="heat-system-name">{system.name}</span>
                      {system.organisation && <span className="heat-system-org">{system.organisation}</span>}
                    </button>
                  </th>
                  {principles.map((column, index) => {
                    const score = scores.get(column.id);
                    if (!score) return <td key={column.id} />;
                    const description = cellDescription(system.name, score);
                    return (
                      <td key={column.id}>
                        <button
                          type="button"
                          className={`heat-cell band-${scoreBand(score.score)}`}
                          {...stop(row, index + 1)}
                          aria-label={description}
                          title={description}
                          data-principle={column.id}
                          onClick={() =>
                            void openChecklist(system.id, principleDomId(score.frameworkId, score.principleId))
                          }
                        >
                          {formatScore(score.score)}
                        </button>
                      </td>
                    );
                  })}
                  <td className="heat-overall">
                    <button
                      type="button"
                      className={`heat-cell band-${scoreBand(system.overall.score)}`}
                      {...stop(row, lastColumn)}
                      aria-label={overall}
                      title={overall}
                      onClick={() => void openChecklist(system.id)}
                    >
                      {formatScore(system.overall.score)}
                    </button>
                  </td>
                  <td className="heat-risk">
                    <span className={`risk-pill risk-${system.risk.level}`}>{RISK_LABELS[system.risk.level]}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p id="heat-map-help" className="overview-help">
        {t('heatMap.help')}
      </p>
    </section>
  );
}
