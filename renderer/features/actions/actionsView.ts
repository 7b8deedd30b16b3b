// Which remediation actions the actions screen lists: the engine's list (soonest due first) narrowed by
// state, owner, system and "overdue only". Pure functions, unit-tested.
import type { ActionView } from '../../../shared/engine/recordQueries';

export type ActionState = ActionView['state'];

export const ACTION_STATES: readonly ActionState[] = ['open', 'in_progress', 'done', 'cancelled'];

export const ACTION_STATE_LABELS: Record<ActionState, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
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
    shown.length === total ? `${total} ${total === 1 ? 'action' : 'actions'}` : `${shown.length} of ${total} actions`;
  return overdue > 0 ? `${count} · ${overdue} overdue` : count;
}

/** An ISO date as the reader's locale writes it ("31 Jan 2020"); the ISO text when it cannot be read. */
export function formatDueDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00`);
  return Number.isNaN(date.getTime()) ? isoDate : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
