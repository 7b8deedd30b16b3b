// What the overview screens show, as tables for their CSV and Excel exports: the same rows, in the same
// order, with the same words as the screen, plus the ids a spreadsheet user needs to match rows up. Headers are
// in the interface's language at the time of the export.
import type { HistoryEntry, HistoryPage, HistoryQuery } from '../../../shared/engine/historyQueries';
import type { ActionView, FindingView } from '../../../shared/engine/recordQueries';
import type { ScoreReport, SystemScore } from '../../../shared/engine/scoreReview';
import type { SheetTable } from '../../../shared/exchange/workbook';
import { t } from '../../i18n/i18n';
import { ACTION_STATE_LABELS } from '../actions/actionsView';
import { STAGE_LABELS, USE_CATEGORY_LABELS } from '../inventory/inventoryColumns';
import { RISK_LABELS } from '../portfolio/portfolioView';
import { changeText, entrySentence } from '../history/historyText';

/** The actions list, one row per action shown, with the finding it follows from. */
export function actionsTable(actions: readonly ActionView[], findings: readonly FindingView[]): SheetTable {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const overdue = t('exchange:tables.actions.overdueValue');
  return {
    headers: [
      t('exchange:tables.actions.due'),
      t('exchange:tables.actions.overdue'),
      t('exchange:tables.actions.action'),
      t('exchange:tables.actions.system'),
      t('exchange:tables.actions.owner'),
      t('exchange:tables.actions.state'),
      t('exchange:tables.actions.finding'),
      t('exchange:tables.actions.severity'),
      t('exchange:tables.actions.item'),
      t('exchange:tables.actions.updated'),
      t('exchange:tables.actions.actionId'),
      t('exchange:tables.actions.systemId'),
    ],
    rows: actions.map((action) => {
      const finding = action.findingId ? byId.get(action.findingId) : undefined;
      return [
        action.dueDate ?? '',
        action.overdue ? overdue : '',
        action.description,
        action.systemName,
        action.owner,
        ACTION_STATE_LABELS[action.state],
        finding?.description ?? '',
        finding?.severity ?? '',
        finding?.itemId ?? '',
        action.updatedAt,
        action.id,
        action.systemId,
      ];
    }),
  };
}

/** The heat map: one row per system shown, its overall figures, then one score column per principle. */
export function portfolioTable(report: ScoreReport, systems: readonly SystemScore[]): SheetTable {
  const principles = report.portfolio.principles;
  return {
    headers: [
      t('exchange:tables.portfolio.system'),
      t('exchange:tables.portfolio.organisation'),
      t('exchange:tables.portfolio.stage'),
      t('exchange:tables.portfolio.useCategory'),
      t('exchange:tables.portfolio.risk'),
      t('exchange:tables.portfolio.score'),
      t('exchange:tables.portfolio.coverage'),
      ...principles.map((p) => `${p.code} ${p.title} (${p.frameworkId})`),
      t('exchange:tables.portfolio.systemId'),
    ],
    rows: systems.map((system) => [
      system.name,
      system.organisation,
      system.stage ? STAGE_LABELS[system.stage] : '',
      system.useCategory ? USE_CATEGORY_LABELS[system.useCategory] : '',
      RISK_LABELS[system.risk.level],
      system.overall.score,
      system.overall.coverage,
      ...principles.map((p) => system.principles.find((s) => s.id === p.id)?.score ?? null),
      system.id,
    ]),
  };
}

/** The history, newest first: each change as its sentence, with every value before → after on its own line. */
export function historyTable(entries: readonly HistoryEntry[]): SheetTable {
  return {
    headers: [
      '#',
      t('exchange:tables.history.when'),
      t('exchange:tables.history.who'),
      t('exchange:tables.history.kind'),
      t('exchange:tables.history.what'),
      t('exchange:tables.history.beforeAfter'),
    ],
    rows: entries.map((entry) => [
      entry.seq,
      entry.at,
      entry.actor,
      entry.command,
      entrySentence(entry),
      [
        ...entry.changes.map((change) => {
          const { field, before, after } = changeText(change);
          return `${field}: ${before} → ${after}`;
        }),
        ...(entry.moreChanges > 0 ? [t('exchange:tables.history.more', { count: entry.moreChanges })] : []),
      ].join('\n'),
    ]),
  };
}

/** Every history entry matching the screen's filters (the screen pages them; the export takes them all). */
export async function historyExportTable(
  engine: { history(query: HistoryQuery): Promise<HistoryPage> },
  filters: Pick<HistoryQuery, 'actor' | 'command' | 'systemId'>,
): Promise<SheetTable> {
  const entries: HistoryEntry[] = [];
  for (let offset = 0; ;) {
    const page = await engine.history({ ...filters, offset, limit: HISTORY_EXPORT_PAGE });
    entries.push(...page.entries);
    offset += page.entries.length;
    if (page.entries.length === 0 || offset >= page.total) break;
  }
  return historyTable(entries);
}

/** The largest page the engine serves. */
const HISTORY_EXPORT_PAGE = 500;
