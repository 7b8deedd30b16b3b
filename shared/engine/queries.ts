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
  frameworks: { id: string; version: string; title: string }[];
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
  applicable: boolean;
  applicabilityNote: string;
  status: AnswerStatus;
  justification: string;
  needsJustification: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface ChecklistView {
  system: SystemRecord;
  frameworks: {
    id: string;
    version: string;
    title: string;
    principles: { id: string; code: string; title: string; items: ChecklistItemView[] }[];
  }[];
}
