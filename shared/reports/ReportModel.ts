// What a report says, as plain data gathered from the engine's queries: the DOCX writer only lays it out,
// and the tests can check a figure here against `score --json` without reading Word XML.
import type { PrincipleScore } from '../engine/scoreReview';
import type { RiskLevel, Score } from '../engine/scoring';
import type { RoundChange } from '../fieldwork/compareRounds';
import type { AnswerStatus } from '../model/status';
import type { SystemRecord } from '../model/system';
import type { ReportLanguage } from './reportText';

export type ReportKind = 'system' | 'portfolio';

/** What the person asks for, in the dialog or on the command line. */
export interface ReportRequest {
  kind: ReportKind;
  /** The system of a system report. */
  systemId?: string;
  language: ReportLanguage;
  /** Checklists to cover; all those of the review when absent or empty. */
  frameworkIds?: readonly string[];
  /** List items that do not apply to a system, or were answered "not applicable". Default: left out. */
  includeNotApplicable?: boolean;
  /** List the evidence files by name with their fingerprints. Default: yes. */
  includeEvidence?: boolean;
  /** Replace every staff name with "Person 1", "Person 2"… Default: no. */
  anonymise?: boolean;
  /** Portfolio reports: add the full checklist results of every system. Default: no. */
  appendix?: boolean;
}

/** The review file reported on, as the person knows it, and its fingerprint. */
export interface ReportSourceFile {
  name: string;
  sha256: string;
}

export interface ReportFramework {
  id: string;
  version: string;
  title: string;
  shortTitle: string;
  publisher: string;
  published: string;
  sourceTitle: string;
  sourceReference: string;
}

export type ReportItemStatus = AnswerStatus | 'does_not_apply';

export interface ReportItem {
  id: string;
  /** The item's short reference, "P1.1" or "FRIA.7". */
  code: string;
  question: string;
  status: ReportItemStatus;
  severity: 'low' | 'medium' | 'high';
  justification: string;
  /** Why the item does not apply, for items left out by their rule. */
  applicabilityNote: string;
  evidence: string[];
  recheck: boolean;
}

export interface ReportPrinciple {
  /** `<framework id>/<principle id>`, as in the score report. */
  id: string;
  code: string;
  title: string;
  score: Score;
  items: ReportItem[];
  /** Items not listed because they do not apply or were marked not applicable (see the request). */
  hiddenItems: number;
  /** Charter Appendix IV, when the checklist has an integration scale and a level is known. */
  integration: { label: string; confirmed: boolean; justification: string } | null;
}

export interface ReportChecklist {
  frameworkId: string;
  title: string;
  version: string;
  principles: ReportPrinciple[];
}

export interface ReportFinding {
  id: string;
  systemId: string;
  systemName: string;
  itemCode: string | null;
  severity: 'low' | 'medium' | 'high';
  description: string;
  recommendation: string;
  createdAt: string;
}

export interface ReportAction {
  id: string;
  systemId: string;
  systemName: string;
  description: string;
  owner: string;
  dueDate: string | null;
  state: 'open' | 'in_progress' | 'done' | 'cancelled';
  overdue: boolean;
}

export interface ReportEvidence {
  name: string;
  itemCode: string | null;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ReportSignOff {
  person: string;
  role: 'assessor' | 'reviewer';
  signedAt: string;
  statement: string;
  changedSinceSignOff: boolean;
}

export interface ReportRisk {
  level: RiskLevel;
  /** In the report's language. */
  reasons: string[];
}

export interface ReportSystem {
  id: string;
  name: string;
  facts: SystemRecord;
  overall: Score;
  risk: ReportRisk;
  /** Scores per principle of the covered checklists, titles in the report's language. */
  principles: PrincipleScore[];
  findings: ReportFinding[];
  actions: ReportAction[];
  evidence: ReportEvidence[];
  signOffs: ReportSignOff[];
  /** Item by item results: for a system report, and for each system of a portfolio appendix. */
  checklists: ReportChecklist[] | null;
}

export interface ReportRankingEntry {
  systemId: string;
  name: string;
  organisation: string;
  useCategory: SystemRecord['useCategory'];
  level: RiskLevel;
  score: number | null;
  coverage: number | null;
  reasons: string[];
}

export interface ReportPortfolio {
  overall: Score;
  byRisk: Record<RiskLevel, number>;
  principles: PrincipleScore[];
  /** Every system, riskiest first (docs/scoring.md). */
  ranking: ReportRankingEntry[];
}

/*
 * The "Progress since last review" section: the comparison of shared/fieldwork/compareRounds, restricted to the
 * report's systems and checklists. Vocabulary values sit under keys that anonymising leaves alone (`state`,
 * `status`, `kind`), so a staff name that happens to be a common word cannot change them.
 */
export interface ReportPrincipleProgress {
  /** `<framework id>/<principle id>`, as in the scores. */
  id: string;
  frameworkId: string;
  code: string;
  title: string;
  was: { score: number | null; coverage: number | null };
  now: { score: number | null; coverage: number | null };
  state: RoundChange;
}

export interface ReportItemChange {
  id: string;
  code: string;
  /** The question in the report's language, when the current checklist still has the item. */
  question: string;
  was: { status: AnswerStatus };
  now: { status: AnswerStatus };
}

export interface ReportSystemProgress {
  /** The system's id in this round, or in the previous one when it is no longer in the review. */
  id: string;
  name: string;
  organisation: string;
  /** `both`: in both rounds; `new`: only in this one; `disappeared`: only in the previous one. */
  kind: 'both' | 'new' | 'disappeared';
  /** Recognised by name and court because the ids differ (a review re-created from an inventory). */
  matchedByName: boolean;
  principles: ReportPrincipleProgress[];
  /** Answers whose status differs between the rounds, in item order. */
  changes: ReportItemChange[];
}

export interface ReportRoundProgress {
  /** The previous round's review as it names itself, and its file as the person chose it. */
  previous: { title: string; organisation: string; createdAt: string; file: ReportSourceFile };
  totals: Record<RoundChange, number> & { systemsNew: number; systemsDisappeared: number; itemChanges: number };
  systems: ReportSystemProgress[];
}

export interface ReportModel {
  kind: ReportKind;
  language: ReportLanguage;
  includeNotApplicable: boolean;
  includeEvidence: boolean;
  appendix: boolean;
  anonymised: boolean;
  /** The covered checklists are fewer than those of the review: the report says so. */
  frameworksSubset: boolean;
  /** The calendar day the report was made, "2026-03-01". */
  generatedOn: string;
  /** The document's author property: a person, or the app's name. */
  author: string;
  review: { title: string; organisation: string; file: ReportSourceFile };
  frameworks: ReportFramework[];
  systems: ReportSystem[];
  portfolio: ReportPortfolio | null;
  /** Every action of the systems covered, soonest due first, undated last. */
  actions: ReportAction[];
  people: { assessors: string[]; reviewers: string[] };
  /** Present when the report was asked to compare with a previous round. */
  progress: ReportRoundProgress | null;
}

/** Progress of a report being made: collecting the answers, writing the document, then packing the file. */
export interface ReportProgress {
  phase: 'collect' | 'write' | 'pack';
  done: number;
  total: number;
}

export type ReportProgressCallback = (progress: ReportProgress) => void;
