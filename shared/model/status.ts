// The answer statuses shared by the engine, the UI, the CLI and every export.
import { z } from 'zod';

export const ANSWER_STATUSES = ['not_reviewed', 'compliant', 'partial', 'non_compliant', 'not_applicable'] as const;

export const AnswerStatus = z.enum(ANSWER_STATUSES);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

/** Statuses that must be explained: a reviewer reading the report needs the reason. */
export const STATUSES_NEEDING_JUSTIFICATION: ReadonlySet<AnswerStatus> = new Set([
  'partial',
  'non_compliant',
  'not_applicable',
]);
