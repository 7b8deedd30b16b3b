// Commands for the per-principle summary of a system (in the manner of Charter Appendix IV).
import type { z } from 'zod';
import { run, selectOne } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { SetPrincipleIntegration } from '../commands';
import type { Handler } from './context';
import { requireSystem } from './rows';

export const setPrincipleIntegration: Handler<z.infer<typeof SetPrincipleIntegration>> = (ctx, command) => {
  requireSystem(ctx.db, command.systemId);
  const framework = ctx.frameworks.get(command.frameworkId);
  if (!framework)
    throw new CommandError('not-found', `The checklist ${command.frameworkId} is not part of this review.`);
  if (!framework.principles.some((p) => p.id === command.principleId)) {
    throw new CommandError('not-found', `The checklist ${framework.id} has no principle ${command.principleId}.`);
  }
  const scale = framework.integrationScale;
  if (command.level !== null && !scale?.levels.some((level) => level.id === command.level)) {
    throw new CommandError(
      'invalid-command',
      `"${command.level}" is not a level of ${framework.id}'s integration scale.`,
    );
  }
  const key = [command.systemId, command.frameworkId, command.principleId];
  const where = 'system_id = ? AND framework_id = ? AND principle_id = ?';
  const before = selectOne(ctx.db, `SELECT * FROM principle_assessment WHERE ${where}`, key) ?? null;
  if (command.level === null) {
    run(ctx.db, `DELETE FROM principle_assessment WHERE ${where}`, key);
  } else {
    run(
      ctx.db,
      `INSERT INTO principle_assessment (system_id, framework_id, principle_id, level, justification, revision, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (system_id, framework_id, principle_id) DO UPDATE SET level = excluded.level,
         justification = excluded.justification, revision = excluded.revision, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
      [...key, command.level, command.justification ?? '', newId(), ctx.at, ctx.actor],
    );
  }
  return { before, after: selectOne(ctx.db, `SELECT * FROM principle_assessment WHERE ${where}`, key) ?? null };
};
