// The fingerprint a sign-off records: SHA-256 of a system's answers in a canonical form,
// so any later change to a status or justification shows as "changed since sign-off".
import { type Database, selectAll } from '../db/sqljs';
import { sha256OfText } from './hash';

export function answersHash(db: Database, systemId: string): string {
  const rows = selectAll(
    db,
    "SELECT item_id, status, justification FROM answer WHERE system_id = ? AND status != 'not_reviewed' ORDER BY item_id",
    [systemId],
  );
  const canonical = rows.map((row) => [String(row.item_id), String(row.status), String(row.justification).trim()]);
  return sha256OfText(JSON.stringify(canonical));
}
