// The merge of returned files (assessor packages, copies of the review) as one command: one transaction,
// one audit row naming the files, one step to undo. The decisions are shared/fieldwork/planMerge's.
import type { z } from 'zod';
import { mergeAuditSummary } from '../../fieldwork/mergeAudit';
import { planMerge } from '../../fieldwork/planMerge';
import type { MergeReturnedFiles } from '../commands';
import type { Handler } from './context';
import { readSnapshot, writeMerge } from './fieldworkRows';

export const mergeReturnedFiles: Handler<z.infer<typeof MergeReturnedFiles>> = ({ db, at }, command) => {
  // Planned again against the review as it is now, so a change made after the preview is never overwritten.
  const plan = planMerge(readSnapshot(db), command.sources, {
    resolutions: command.resolutions ?? [],
    asNewRound: command.asNewRound ?? false,
    at,
  });
  writeMerge(db, plan.writes);
  return { before: null, after: mergeAuditSummary(plan.report) };
};
