// The fingerprint a sign-off records: SHA-256 of a system's answers in a canonical form,
// so any later change to a status or justification shows as "changed since sign-off".
import { type Database, selectAll } from '../db/sqljs';
import { sha256OfText } from './hash';

export function answersHash(db: Database, systemId: string): string {
  const rows = selectAll(
    db,
    `SELECT item_id, status, justification, applies_override, applies_override_reason FROM answer
     WHERE system_id = ? AND (status != 'not_reviewed' OR applies_override IS NOT NULL) ORDER BY item_id`,
    [systemId],
  );
  // An applicability override is part of what was signed; rows without one hash as they always did, so
  // sign-offs given before overrides existed stay valid.
  const canonical = rows.map((row) => {
    const answer = [String(row.item_id), String(row.status), String(row.justification).trim()];
    if (row.applies_override === null) return answer;
    return [...answer, Number(row.applies_override), String(row.applies_override_reason).trim()];
  });
  return sha256OfText(JSON.stringify(canonical));
}
