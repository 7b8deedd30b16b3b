// Commands that keep evidence files inside the review, each with its SHA-256, and sign-offs.
import type { z } from 'zod';
import { run, selectOne, selectValue } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import { STATUSES_NEEDING_JUSTIFICATION } from '../../model/status';
import { answersHash } from '../answersHash';
import type { AddEvidence, RemoveEvidence, SignOff } from '../commands';
import { sha256Hex } from '../hash';
import type { Handler } from './context';
import { requireSystem } from './rows';

/** File names travel into reports, exports and other people's folders: keep them plain and safe everywhere. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '_')
    // Invisible marks and direction overrides, which can show "invoice\u202efdp.exe" as "invoiceexe.pdf".
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    // Half of a surrogate pair is not a character, and no file system takes it.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    // Leading dots hide a file; Windows drops trailing dots and spaces.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const safe = shortenFileName(cleaned, 255) || 'evidence';
  // Windows reserves these names for devices, whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(safe) ? `_${safe}` : safe;
}

/** At most `max` characters, keeping the extension so the file still opens with the right program. */
function shortenFileName(name: string, max: number): string {
  if (name.length <= max) return name;
  const extension = /\.[^.\s]{1,16}$/.exec(name)?.[0] ?? '';
  let stem = name.slice(0, max - extension.length);
  if (/[\ud800-\udbff]$/.test(stem)) stem = stem.slice(0, -1);
  return `${stem.replace(/[.\s]+$/, '')}${extension}`;
}

const evidenceSummary = (db: Parameters<Handler<z.infer<typeof AddEvidence>>>[0]['db'], id: string) =>
  selectOne(
    db,
    'SELECT id, system_id, item_id, name, media_type, size, sha256, added_at, added_by FROM evidence WHERE id = ?',
    [id],
  );

export const addEvidence: Handler<z.infer<typeof AddEvidence>> = ({ db, at, actor }, command) => {
  requireSystem(db, command.systemId);
  if (command.itemId && !selectValue(db, 'SELECT 1 FROM item WHERE id = ?', [command.itemId])) {
    throw new CommandError('not-found', `This review has no checklist item ${command.itemId}.`);
  }
  const id = command.id ?? newId();
  if (evidenceSummary(db, id)) throw new CommandError('conflict', `Evidence with id ${id} already exists.`);
  run(
    db,
    `INSERT INTO evidence (id, system_id, item_id, name, media_type, size, sha256, content, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      command.systemId,
      command.itemId ?? null,
      safeFileName(command.name),
      command.mediaType || 'application/octet-stream',
      command.content.length,
      sha256Hex(command.content),
      command.content,
      at,
      actor,
    ],
  );
  return { before: null, after: evidenceSummary(db, id), createdId: id };
};

export const removeEvidence: Handler<z.infer<typeof RemoveEvidence>> = ({ db }, command) => {
  const before = evidenceSummary(db, command.evidenceId);
  if (!before) throw new CommandError('not-found', 'This evidence file is no longer in the review.');
  run(db, 'DELETE FROM evidence WHERE id = ?', [command.evidenceId]);
  return { before, after: null };
};

export const signOff: Handler<z.infer<typeof SignOff>> = ({ db, at }, command) => {
  requireSystem(db, command.systemId);
  // A sign-off vouches for the answers; an unexplained "partial", "non-compliant" or "not applicable"
  // is not finished work, so it cannot be signed.
  const unexplained = Number(
    selectValue(
      db,
      `SELECT COUNT(*) FROM answer a JOIN item i ON i.id = a.item_id
       WHERE a.system_id = ? AND i.retired_at IS NULL AND a.status IN (${[...STATUSES_NEEDING_JUSTIFICATION]
         .map((status) => `'${status}'`)
         .join(', ')}) AND trim(a.justification) = ''`,
      [command.systemId],
    ) ?? 0,
  );
  if (unexplained > 0) {
    throw new CommandError(
      'conflict',
      `${unexplained === 1 ? 'One answer has' : `${unexplained} answers have`} no justification. Explain every partial, non-compliant and not-applicable answer, then sign off.`,
    );
  }
  const id = command.id ?? newId();
  run(
    db,
    `INSERT INTO signoff (id, system_id, person, role, statement, answers_sha256, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [id, command.systemId, command.person, command.role, command.statement, answersHash(db, command.systemId), at],
  );
  return { before: null, after: selectOne(db, 'SELECT * FROM signoff WHERE id = ?', [id]), createdId: id };
};
