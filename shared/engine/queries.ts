// Shapes of what the engine's queries return: plain data that crosses the worker boundary.
import type { SourceReference } from '../frameworks/schema';
import type { AnswerStatus } from '../model/status';
import type { SystemRecord } from '../model/system';

export interface ReviewInfo {
  id: string;
  title: string;
  organisation: string;
  createdAt: string;
  schemaVersion: number;
  /** `title` is the English one (the CLI's); `titles` has every language the content is written in. */
  frameworks: { id: string; version: string; title: string; titles: { en: string; fr: string } }[];
  systems: number;
  answers: Record<AnswerStatus, number>;
  auditEntries: number;
}

export interface SystemSummary extends SystemRecord {
  applicableItems: number;
  counts: Record<AnswerStatus, number>;
}

export interface ChecklistItemView {
  id: string;
  question: string;
  guidance: string;
  references: SourceReference[];
  severity: 'low' | 'medium' | 'high';
  /** Whether the item counts for this system: the reviewer's override when there is one, else the rule. */
  applicable: boolean;
  /** What the content's rule alone says, from the system's inventory attributes. */
  applicableByRule: boolean;
  applicabilityNote: string;
  /** The reviewer's decision against the rule, with the reason; null when the rule stands. */
  override: { applies: boolean; justification: string } | null;
  status: AnswerStatus;
  justification: string;
  needsJustification: boolean;
  updatedAt: string;
  updatedBy: string;
  /** The question changed in a framework upgrade after this answer was given. */
  recheck: boolean;
  /** Crosswalk: the same question in the other frameworks of this review, with its answer for this system. */
  related: RelatedItemView[];
}

/** An item of another framework embedded in the review that asks about the same thing. */
export interface RelatedItemView {
  id: string;
  frameworkTitle: string;
  question: string;
  status: AnswerStatus;
}

/** Charter Appendix IV for one principle: the app's suggestion and the assessor's confirmation. */
export interface PrincipleIntegrationView {
  suggested: string | null;
  confirmed: { level: string; justification: string; updatedAt: string; updatedBy: string } | null;
}

export interface ChecklistView {
  system: SystemRecord;
  frameworks: {
    id: string;
    version: string;
    title: string;
    /** The framework's integration scale, least to most integrated; empty when it has none. */
    integrationLevels: { id: string; label: string }[];
    principles: {
      id: string;
      code: string;
      title: string;
      integration: PrincipleIntegrationView | null;
      items: ChecklistItemView[];
    }[];
  }[];
}

/** An answer to an item that a framework upgrade removed. */
export interface RetiredAnswerView {
  systemId: string;
  systemName: string;
  itemId: string;
  frameworkId: string;
  /** The question as it read when it was answered. */
  question: string;
  retiredAt: string;
  status: AnswerStatus;
  justification: string;
  updatedAt: string;
  updatedBy: string;
}
