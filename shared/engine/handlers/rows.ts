// Small row lookups the handlers share.
import { type Database, selectOne } from '../../db/sqljs';
import { CommandError } from '../../errors';

export function reviewRow(db: Database) {
  const row = selectOne(db, 'SELECT * FROM review LIMIT 1');
  if (!row) throw new CommandError('not-found', 'This file has no review record.');
  return row;
}

export function systemRow(db: Database, id: string) {
  return selectOne(db, 'SELECT * FROM system WHERE id = ?', [id]);
}

export function requireSystem(db: Database, id: string) {
  const row = systemRow(db, id);
  if (!row) throw new CommandError('not-found', 'This system is no longer in the review.');
  return row;
}

export function answerRow(db: Database, systemId: string, itemId: string) {
  return selectOne(db, 'SELECT * FROM answer WHERE system_id = ? AND item_id = ?', [systemId, itemId]);
}
