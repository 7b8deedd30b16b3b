// The actions screen's filters: by state (or "open or in progress"), owner, system and overdue only; and its
// words, in the interface's language.
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionView } from '../../../../shared/engine/recordQueries';
import {
  ACTION_STATE_LABELS,
  NO_ACTION_FILTERS,
  actionCountText,
  filterActions,
  formatDueDate,
  ownersOf,
  systemsOf,
} from '../../../../renderer/features/actions/actionsView';
import { format } from '../../../../renderer/i18n/format';
import { i18n } from '../../../../renderer/i18n/i18n';

const action = (id: string, patch: Partial<ActionView>): ActionView => ({
  id,
  systemId: 's1',
  systemName: 'Risk score',
  findingId: null,
  description: `Action ${id}`,
  owner: '',
  dueDate: null,
  state: 'open',
  overdue: false,
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...patch,
});

const ACTIONS = [
  action('a', { owner: 'Court IT', dueDate: '2026-01-31', overdue: true }),
  action('b', { owner: ' Court IT ', state: 'in_progress', systemId: 's2', systemName: 'Chatbot' }),
  action('c', { owner: 'Registry', state: 'done' }),
  action('d', { state: 'cancelled', systemId: 's2', systemName: 'Chatbot' }),
];
const ids = (list: ActionView[]) => list.map((a) => a.id);

describe('actions list filters', () => {
  it('keeps every action, in the engine order, when nothing is chosen', () => {
    expect(ids(filterActions(ACTIONS, NO_ACTION_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('narrows by state, "open or in progress", owner (trimmed, or none), system and overdue', () => {
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, state: 'done' }))).toEqual(['c']);
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, state: 'active' }))).toEqual(['a', 'b']);
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, owner: 'Court IT' }))).toEqual(['a', 'b']);
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, owner: '' }))).toEqual(['d']);
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, systemId: 's2' }))).toEqual(['b', 'd']);
    expect(ids(filterActions(ACTIONS, { ...NO_ACTION_FILTERS, overdueOnly: true }))).toEqual(['a']);
  });

  it('lists owners and systems once each, and counts what is shown', () => {
    expect(ownersOf(ACTIONS)).toEqual(['Court IT', 'Registry']);
    expect(systemsOf(ACTIONS)).toEqual([
      { id: 's2', name: 'Chatbot' },
      { id: 's1', name: 'Risk score' },
    ]);
    expect(actionCountText(ACTIONS, 4)).toBe('4 actions · 1 overdue');
    expect(actionCountText(ACTIONS.slice(2), 4)).toBe('2 of 4 actions');
  });
});

describe('actions list words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('counts and names states in the language chosen, switching without a reload', async () => {
    expect(ACTION_STATE_LABELS.in_progress).toBe('In progress');
    expect(actionCountText(ACTIONS.slice(0, 1), 1)).toBe('1 action · 1 overdue');
    await i18n.changeLanguage('fr');
    expect(ACTION_STATE_LABELS.in_progress).toBe('En cours');
    expect(actionCountText(ACTIONS, 4)).toBe('4 actions · 1 en retard');
    expect(actionCountText(ACTIONS.slice(2), 4)).toBe('2 sur 4 actions');
    await i18n.changeLanguage('az');
    expect(ACTION_STATE_LABELS.done).toBe('Yerinə yetirilib');
    expect(actionCountText(ACTIONS.slice(2), 4)).toBe('4 tədbirdən 2');
  });

  it('writes a due date as the language does, and keeps text it cannot read', async () => {
    expect(formatDueDate('2026-01-31', format())).toBe('31 Jan 2026');
    await i18n.changeLanguage('fr');
    expect(formatDueDate('2026-01-31', format())).toBe('31 janv. 2026');
    expect(formatDueDate('soon', format())).toBe('soon');
  });
});
