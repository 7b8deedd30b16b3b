// Small row lookups the handlers share.
import type { Database } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { oneKept, valueKept } from '../statementCache';

export function reviewRow(db: Database) {
  const row = oneKept(db, 'SELECT * FROM review LIMIT 1');
  if (!row) throw new CommandError('not-found', 'This file has no review record.');
  return row;
}

export function systemRow(db: Database, id: string) {
  return oneKept(db, 'SELECT * FROM system WHERE id = ?', [id]);
}

export function requireSystem(db: Database, id: string) {
  const row = systemRow(db, id);
  if (!row) throw new CommandError('not-found', 'This system is no longer in the review.');
  return row;
}

/** requireSystem for a change that only needs the system to exist: no row read. */
export function requireSystemId(db: Database, id: string): void {
  if (valueKept(db, 'SELECT 1 FROM system WHERE id = ?', [id]) === undefined) {
    throw new CommandError('not-found', 'This system is no longer in the review.');
  }
}

export function answerRow(db: Database, systemId: string, itemId: string) {
  return oneKept(db, 'SELECT * FROM answer WHERE system_id = ? AND item_id = ?', [systemId, itemId]);
}
