// What a merge of returned files reports: plain data for the preview screen, the CLI and the audit trail.
import type { MergeText } from './mergeTexts';
import type { AnswerRow, AssessmentRow, EvidenceRow, MergeResolution, RecordRow, SignOffRow } from './snapshot';

export interface MergeOptions {
  /** The person's choice per conflict id; a conflict without one keeps our side and stays reported. */
  resolutions?: readonly MergeResolution[];
  /**
   * Merge a file of another review (another review id). There is no common ancestor then: what only the
   * other file has is added, and every value the two files hold differently is a conflict.
   */
  asNewRound?: boolean;
  /** ISO time written as `updated_at` on systems and actions the merge changes. */
  at?: string;
}

export type ConflictKind = 'answer' | 'principle' | 'system' | 'finding' | 'action';

/** One side of a conflict as a person compares it; null in a conflict means "removed on this side". */
export interface ConflictSide {
  /** The answer's status or the principle's integration level; null for other records. */
  status: string | null;
  justification: string;
  /** The values that differ between the two sides, by field (for answers: status, justification, override). */
  values: Record<string, string | null>;
  by: string;
  at: string;
}

export interface MergeConflict {
  /** Stable within a preview: `<source index>:<kind>:<key>`; resolutions refer to it. */
  id: string;
  source: number;
  fileName: string;
  kind: ConflictKind;
  systemId: string;
  systemName: string;
  /** The checklist item (answers) or `<framework>/<principle>` (principles); null for other records. */
  item: string | null;
  /** The id of the system, finding or action; null for answers and principles. */
  recordId: string | null;
  /** In words: "p2.1 of Risk score", "the finding “No bias test” on Risk score". */
  label: string;
  /** The label as a code and its data, for the interface to word in its language. */
  describedLabel: MergeText;
  /** The fields both sides changed differently (records) or that differ (answers). */
  fields: string[];
  ours: ConflictSide | null;
  theirs: ConflictSide | null;
  /** The choice applied; null when none was given and our side was kept. */
  choice: 'ours' | 'theirs' | null;
}

export interface MergeCounts {
  answers: number;
  principles: number;
  systemsAdded: number;
  systemsChanged: number;
  findingsAdded: number;
  findingsChanged: number;
  findingsRemoved: number;
  actionsAdded: number;
  actionsChanged: number;
  actionsRemoved: number;
  evidenceAdded: number;
  evidenceRemoved: number;
  signOffsAdded: number;
}

export function emptyMergeCounts(): MergeCounts {
  return {
    answers: 0,
    principles: 0,
    systemsAdded: 0,
    systemsChanged: 0,
    findingsAdded: 0,
    findingsChanged: 0,
    findingsRemoved: 0,
    actionsAdded: 0,
    actionsChanged: 0,
    actionsRemoved: 0,
    evidenceAdded: 0,
    evidenceRemoved: 0,
    signOffsAdded: 0,
  };
}

export const totalOf = (counts: MergeCounts): number => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** How a returned file relates to the review: a package cut from it, a plain copy of it, or another review. */
export type MergeMode = 'package' | 'copy' | 'new-round';

export interface SourceReport {
  fileName: string;
  title: string;
  mode: MergeMode;
  package: { id: string; exportedAt: string; exportedBy: string; systems: number } | null;
  /** Changes taken from this file. */
  taken: MergeCounts;
  /** Records changed here since the package was made and left alone there: ours kept, nothing to decide. */
  keptOurs: number;
  /** Records both sides changed to the same values. */
  same: number;
  conflicts: number;
  /** Things a person should know that are neither changes nor conflicts ("kept here: removed there"). */
  notes: string[];
  /** The same notes, in the same order, as codes and data for the interface to word in its language. */
  describedNotes: MergeText[];
}

export interface MergeReport {
  sources: SourceReport[];
  conflicts: MergeConflict[];
  /** Conflicts without a choice: our side was kept. */
  unresolved: number;
  /** Rows the merge writes. 0 means merging changes nothing (a file merged before). */
  changes: number;
  /** Systems whose records the merge writes, for the history filter. */
  systemIds: string[];
}

/** The rows to write, in an order that keeps every reference valid. */
export interface MergeWrites {
  systems: RecordRow[];
  findings: { upsert: RecordRow[]; remove: string[] };
  actions: { upsert: RecordRow[]; remove: string[] };
  evidence: { insert: EvidenceRow[]; remove: string[] };
  answers: AnswerRow[];
  assessments: { upsert: AssessmentRow[]; remove: { systemId: string; frameworkId: string; principleId: string }[] };
  signOffs: SignOffRow[];
}

export interface MergePlan {
  report: MergeReport;
  writes: MergeWrites;
}
