// Commands that change the inventory of AI systems.
import type { z } from 'zod';
import { type SqlValue, run, selectAll, selectValue } from '../../db/sqljs';
import { systemColumns } from '../../db/systemRows';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { AddSystem, ClassifyUse, RemoveSystem, UpdateSystem } from '../commands';
import type { Handler } from './context';
import { requireSystem, systemRow } from './rows';

export const addSystem: Handler<z.infer<typeof AddSystem>> = ({ db, at }, command) => {
  const id = command.id ?? newId();
  if (systemRow(db, id)) throw new CommandError('conflict', `A system with id ${id} already exists.`);
  const position = Number(selectValue(db, 'SELECT COALESCE(MAX(position), 0) + 1 FROM system') ?? 1);
  const columns = systemColumns(command.attributes);
  const names = ['id', 'position', 'created_at', 'updated_at', ...columns.map(([c]) => c)];
  const values: SqlValue[] = [id, position, at, at, ...columns.map(([, v]) => v)];
  run(db, `INSERT INTO system (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, values);
  return { before: null, after: systemRow(db, id), createdId: id };
};

export const updateSystem: Handler<z.infer<typeof UpdateSystem>> = ({ db, at }, command) => {
  const before = requireSystem(db, command.systemId);
  const columns = systemColumns(command.changes);
  if (columns.length > 0) {
    run(db, `UPDATE system SET ${columns.map(([c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, [
      ...columns.map(([, v]) => v),
      at,
      command.systemId,
    ]);
  }
  return { before, after: systemRow(db, command.systemId) };
};

export const removeSystem: Handler<z.infer<typeof RemoveSystem>> = ({ db }, command) => {
  const before = requireSystem(db, command.systemId);
  // The audit row keeps the answers too, so the removal can be undone and shown in history.
  const answers = selectAll(db, 'SELECT * FROM answer WHERE system_id = ?', [command.systemId]);
  run(db, 'DELETE FROM system WHERE id = ?', [command.systemId]);
  return { before: { system: before, answers }, after: null };
};

export const classifyUse: Handler<z.infer<typeof ClassifyUse>> = ({ db, at }, command) => {
  const before = requireSystem(db, command.systemId);
  run(
    db,
    'UPDATE system SET use_category = ?, use_category_reason = ?, use_category_source = ?, updated_at = ? WHERE id = ?',
    [
      command.useCategory,
      command.useCategory === null ? '' : command.reason,
      command.useCategory === null ? null : command.source,
      at,
      command.systemId,
    ],
  );
  return { before, after: systemRow(db, command.systemId) };
};
