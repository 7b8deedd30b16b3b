// Commands that record the reviewer's answers to checklist items.
import type { z } from 'zod';
import { run, selectValue } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { SetAnswer } from '../commands';
import type { Handler } from './context';
import { answerRow, requireSystem } from './rows';

export const setAnswer: Handler<z.infer<typeof SetAnswer>> = ({ db, at, actor }, command) => {
  requireSystem(db, command.systemId);
  if (!selectValue(db, 'SELECT 1 FROM item WHERE id = ?', [command.itemId])) {
    throw new CommandError('not-found', `This review has no checklist item ${command.itemId}.`);
  }
  const before = answerRow(db, command.systemId, command.itemId) ?? null;
  const justification = command.justification ?? (before ? String(before.justification) : '');
  // Each change gets a new revision id and remembers the one it replaced: merging
  // assessors' copies later tells "changed here" from "changed there" by these.
  run(
    db,
    `INSERT INTO answer (system_id, item_id, status, justification, revision, base_revision, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)
     ON CONFLICT (system_id, item_id) DO UPDATE SET status = excluded.status, justification = excluded.justification,
       base_revision = answer.revision, revision = excluded.revision, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, recheck = 0`,
    [command.systemId, command.itemId, command.status, justification, newId(), at, actor],
  );
  return { before, after: answerRow(db, command.systemId, command.itemId) };
};
