// Which remediation actions the actions screen lists: the engine's list (soonest due first) narrowed by
// state, owner, system and "overdue only", with its words in the interface's language. Pure functions, unit-tested.
import type { ActionView } from '../../../shared/engine/recordQueries';
import type { Formatters } from '../../i18n/format';
import { t } from '../../i18n/i18n';

export type ActionState = ActionView['state'];

export const ACTION_STATES: readonly ActionState[] = ['open', 'in_progress', 'done', 'cancelled'];

/** How each state is named. Getters: each label is read when shown, in the language of that moment. */
export const ACTION_STATE_LABELS: Readonly<Record<ActionState, string>> = {
  get open() {
    return t('actions:state.open');
  },
  get in_progress() {
    return t('actions:state.in_progress');
  },
  get done() {
    return t('actions:state.done');
  },
  get cancelled() {
    return t('actions:state.cancelled');
  },
};

export interface ActionFilters {
  /** One state, 'active' for open or in progress, or '' for all. */
  state: ActionState | 'active' | '';
  /** An owner exactly as written; '' for actions without one; null for all. */
  owner: string | null;
  /** A system id, or '' for all. */
  systemId: string;
  overdueOnly: boolean;
}

export const NO_ACTION_FILTERS: ActionFilters = { state: '', owner: null, systemId: '', overdueOnly: false };

export function isFiltered(filters: ActionFilters): boolean {
  return filters.state !== '' || filters.owner !== null || filters.systemId !== '' || filters.overdueOnly;
}

export function filterActions(actions: readonly ActionView[], filters: ActionFilters): ActionView[] {
  return actions.filter(
    (action) =>
      (filters.state === '' ||
        (filters.state === 'active'
          ? action.state === 'open' || action.state === 'in_progress'
          : action.state === filters.state)) &&
      (filters.owner === null || action.owner.trim() === filters.owner) &&
      (filters.systemId === '' || action.systemId === filters.systemId) &&
      (!filters.overdueOnly || action.overdue),
  );
}

/** The owners named in the actions, trimmed, without duplicates, sorted. */
export function ownersOf(actions: readonly ActionView[]): string[] {
  return [...new Set(actions.map((a) => a.owner.trim()).filter((owner) => owner !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** The systems that have actions, each once, in the order the list first names them. */
export function systemsOf(actions: readonly ActionView[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const action of actions) if (!seen.has(action.systemId)) seen.set(action.systemId, action.systemName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** "3 of 7 actions · 1 overdue". */
export function actionCountText(shown: readonly ActionView[], total: number): string {
  const overdue = shown.filter((a) => a.overdue).length;
  const count =
    shown.length === total
      ? t('actions:count.all', { count: total })
      : t('actions:count.shown', { shown: shown.length, count: total });
  return overdue > 0 ? t('actions:count.withOverdue', { actions: count, overdue }) : count;
}

/**
 * A due date ("2020-01-31") as the interface's language writes it ("31 Jan 2020"); the ISO text when it cannot
 * be read. Read as a local date, so that it shows the same day in every time zone.
 */
export function formatDueDate(isoDate: string, { date }: Pick<Formatters, 'date'>): string {
  const due = new Date(`${isoDate}T00:00:00`);
  return Number.isNaN(due.getTime()) ? isoDate : date(due);
}
