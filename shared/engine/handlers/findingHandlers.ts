// Commands for findings (what a review found wrong) and the remediation actions that follow.
import type { z } from 'zod';
import { type SqlValue, run, selectOne, selectValue } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { AddAction, AddFinding, RemoveAction, RemoveFinding, UpdateAction, UpdateFinding } from '../commands';
import type { Handler } from './context';
import { requireSystem } from './rows';

const findingRow = (db: Parameters<Handler<z.infer<typeof AddFinding>>>[0]['db'], id: string) =>
  selectOne(db, 'SELECT * FROM finding WHERE id = ?', [id]);
const actionRow = (db: Parameters<Handler<z.infer<typeof AddAction>>>[0]['db'], id: string) =>
  selectOne(db, 'SELECT * FROM action WHERE id = ?', [id]);

function requireItem(db: Parameters<typeof findingRow>[0], itemId: string | null | undefined): void {
  if (itemId && !selectValue(db, 'SELECT 1 FROM item WHERE id = ?', [itemId])) {
    throw new CommandError('not-found', `This review has no checklist item ${itemId}.`);
  }
}

export const addFinding: Handler<z.infer<typeof AddFinding>> = ({ db, at, actor }, command) => {
  requireSystem(db, command.systemId);
  requireItem(db, command.itemId);
  const id = command.id ?? newId();
  if (findingRow(db, id)) throw new CommandError('conflict', `A finding with id ${id} already exists.`);
  run(
    db,
    `INSERT INTO finding (id, system_id, item_id, severity, description, recommendation, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      command.systemId,
      command.itemId ?? null,
      command.severity,
      command.description,
      command.recommendation ?? '',
      at,
      actor,
    ],
  );
  return { before: null, after: findingRow(db, id), createdId: id };
};

export const updateFinding: Handler<z.infer<typeof UpdateFinding>> = ({ db }, command) => {
  const before = findingRow(db, command.findingId);
  if (!before) throw new CommandError('not-found', 'This finding is no longer in the review.');
  const sets: [string, SqlValue][] = [];
  if (command.changes.severity !== undefined) sets.push(['severity', command.changes.severity]);
  if (command.changes.description !== undefined) sets.push(['description', command.changes.description]);
  if (command.changes.recommendation !== undefined) sets.push(['recommendation', command.changes.recommendation]);
  if (sets.length > 0) {
    run(db, `UPDATE finding SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`, [
      ...sets.map(([, v]) => v),
      command.findingId,
    ]);
  }
  return { before, after: findingRow(db, command.findingId) };
};

export const removeFinding: Handler<z.infer<typeof RemoveFinding>> = ({ db }, command) => {
  const before = findingRow(db, command.findingId);
  if (!before) throw new CommandError('not-found', 'This finding is no longer in the review.');
  // Its actions stay (they may already be under way); they lose the link to the finding.
  run(db, 'DELETE FROM finding WHERE id = ?', [command.findingId]);
  return { before, after: null };
};

export const addAction: Handler<z.infer<typeof AddAction>> = ({ db, at }, command) => {
  requireSystem(db, command.systemId);
  if (command.findingId) {
    const finding = findingRow(db, command.findingId);
    if (!finding) throw new CommandError('not-found', 'This finding is no longer in the review.');
    if (finding.system_id !== command.systemId) {
      throw new CommandError('invalid-command', 'An action must belong to the same system as its finding.');
    }
  }
  const id = command.id ?? newId();
  if (actionRow(db, id)) throw new CommandError('conflict', `An action with id ${id} already exists.`);
  run(
    db,
    `INSERT INTO action (id, finding_id, system_id, description, owner, due_date, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      command.findingId ?? null,
      command.systemId,
      command.description,
      command.owner ?? '',
      command.dueDate ?? null,
      command.state ?? 'open',
      at,
      at,
    ],
  );
  return { before: null, after: actionRow(db, id), createdId: id };
};

export const updateAction: Handler<z.infer<typeof UpdateAction>> = ({ db, at }, command) => {
  const before = actionRow(db, command.actionId);
  if (!before) throw new CommandError('not-found', 'This action is no longer in the review.');
  const sets: [string, SqlValue][] = [];
  if (command.changes.description !== undefined) sets.push(['description', command.changes.description]);
  if (command.changes.owner !== undefined) sets.push(['owner', command.changes.owner]);
  if (command.changes.dueDate !== undefined) sets.push(['due_date', command.changes.dueDate]);
  if (command.changes.state !== undefined) sets.push(['state', command.changes.state]);
  run(db, `UPDATE action SET ${[...sets.map(([c]) => `${c} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`, [
    ...sets.map(([, v]) => v),
    at,
    command.actionId,
  ]);
  return { before, after: actionRow(db, command.actionId) };
};

export const removeAction: Handler<z.infer<typeof RemoveAction>> = ({ db }, command) => {
  const before = actionRow(db, command.actionId);
  if (!before) throw new CommandError('not-found', 'This action is no longer in the review.');
  run(db, 'DELETE FROM action WHERE id = ?', [command.actionId]);
  return { before, after: null };
};
