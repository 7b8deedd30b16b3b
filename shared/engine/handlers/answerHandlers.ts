// Commands that record the reviewer's answers to checklist items.
import type { z } from 'zod';
import { run, selectAll } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { AnswerStatus } from '../../model/status';
import type { CopyAnswers, SetAnswer, SetAnswers, SetApplicability } from '../commands';
import { runKept, valueKept } from '../statementCache';
import type { Handler, HandlerContext } from './context';
import { answerRow, requireSystem, requireSystemId } from './rows';

export const setAnswer: Handler<z.infer<typeof SetAnswer>> = (ctx, command) => writeAnswer(ctx, command);

type AnswerInput = Omit<z.infer<typeof SetAnswer>, 'type'>;

function requireCurrentItem(db: HandlerContext['db'], itemId: string) {
  if (!valueKept(db, 'SELECT 1 FROM item WHERE id = ? AND retired_at IS NULL', [itemId])) {
    throw new CommandError('not-found', `This review has no checklist item ${itemId}.`);
  }
}

function writeAnswer({ db, at, actor }: HandlerContext, command: AnswerInput) {
  requireSystemId(db, command.systemId);
  requireCurrentItem(db, command.itemId);
  const before = answerRow(db, command.systemId, command.itemId) ?? null;
  const justification = command.justification ?? (before ? String(before.justification) : '');
  // Each change gets a new revision id and remembers the one it replaced: merging
  // assessors' copies later tells "changed here" from "changed there" by these.
  runKept(
    db,
    `INSERT INTO answer (system_id, item_id, status, justification, revision, base_revision, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)
     ON CONFLICT (system_id, item_id) DO UPDATE SET status = excluded.status, justification = excluded.justification,
       base_revision = answer.revision, revision = excluded.revision, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, recheck = 0`,
    [command.systemId, command.itemId, command.status, justification, newId(), at, actor],
  );
  return { before, after: answerRow(db, command.systemId, command.itemId) };
}

export const setAnswers: Handler<z.infer<typeof SetAnswers>> = (ctx, command) => {
  const changes = command.answers.map((answer) => writeAnswer(ctx, answer));
  return {
    before: { source: command.source ?? '', answers: changes.map((c) => c.before) },
    after: { source: command.source ?? '', count: changes.length },
  };
};

export const copyAnswers: Handler<z.infer<typeof CopyAnswers>> = (ctx, command) => {
  requireSystem(ctx.db, command.fromSystemId);
  const given = selectAll(
    ctx.db,
    "SELECT a.item_id, a.status, a.justification FROM answer a JOIN item i ON i.id = a.item_id WHERE a.system_id = ? AND a.status != 'not_reviewed' AND i.retired_at IS NULL",
    [command.fromSystemId],
  );
  let copied = 0;
  let kept = 0;
  for (const target of command.toSystemIds) {
    if (target === command.fromSystemId) continue;
    requireSystem(ctx.db, target);
    for (const row of given) {
      const existing = answerRow(ctx.db, target, String(row.item_id));
      if (!command.overwrite && existing && existing.status !== 'not_reviewed') {
        kept += 1;
        continue;
      }
      writeAnswer(ctx, {
        systemId: target,
        itemId: String(row.item_id),
        status: row.status as AnswerStatus,
        justification: String(row.justification),
      });
      copied += 1;
    }
  }
  return { before: null, after: { copied, kept } };
};

export const setApplicability: Handler<z.infer<typeof SetApplicability>> = ({ db, at, actor }, command) => {
  requireSystemId(db, command.systemId);
  requireCurrentItem(db, command.itemId);
  const before = answerRow(db, command.systemId, command.itemId) ?? null;
  const override = command.applies === null ? null : command.applies ? 1 : 0;
  const reason = command.applies === null ? '' : (command.justification ?? '').trim();
  // The override lives on the answer row (created unanswered when needed) and takes a new revision
  // like any other change to the answer, so merging copies sees it.
  run(
    db,
    `INSERT INTO answer (system_id, item_id, status, justification, revision, base_revision, updated_at, updated_by,
       applies_override, applies_override_reason)
     VALUES (?, ?, 'not_reviewed', '', ?, NULL, ?, ?, ?, ?)
     ON CONFLICT (system_id, item_id) DO UPDATE SET applies_override = excluded.applies_override,
       applies_override_reason = excluded.applies_override_reason, base_revision = answer.revision,
       revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [command.systemId, command.itemId, newId(), at, actor, override, reason],
  );
  return { before, after: answerRow(db, command.systemId, command.itemId) };
};
