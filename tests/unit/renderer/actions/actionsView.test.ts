// The actions screen's filters: by state (or "open or in progress"), owner, system and overdue only.
import { describe, expect, it } from 'vitest';
import type { ActionView } from '../../../../shared/engine/recordQueries';
import {
  NO_ACTION_FILTERS,
  actionCountText,
  filterActions,
  ownersOf,
  systemsOf,
} from '../../../../renderer/features/actions/actionsView';

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
