// The scoring method of docs/scoring.md: compliance and coverage per principle and per system,
// and a risk level from the Appendix II category and the open non-compliances.
import type { AnswerStatus } from '../model/status';
import type { UseCategory } from '../model/system';
import type { z } from 'zod';

/** Points per answer: compliant counts fully, partial half, non-compliant nothing. */
const POINTS: Partial<Record<AnswerStatus, number>> = { compliant: 1, partial: 0.5, non_compliant: 0 };

export interface ScoredAnswer {
  status: AnswerStatus;
  severity: 'low' | 'medium' | 'high';
}

export interface Score {
  /** 0–100, over the assessed items (answered, not "not applicable"); null when none is assessed. */
  score: number | null;
  /** 0–100: share of the applicable items that have an answer (including "not applicable"); null when none applies. */
  coverage: number | null;
  counts: Record<AnswerStatus, number>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function emptyCounts(): Record<AnswerStatus, number> {
  return { not_reviewed: 0, compliant: 0, partial: 0, non_compliant: 0, not_applicable: 0 };
}

/** Scores a set of answers to the items that apply (unanswered items count as not_reviewed). */
export function scoreAnswers(answers: readonly ScoredAnswer[]): Score {
  const counts = emptyCounts();
  let points = 0;
  let assessed = 0;
  for (const { status } of answers) {
    counts[status] += 1;
    const value = POINTS[status];
    if (value !== undefined) {
      points += value;
      assessed += 1;
    }
  }
  const answered = answers.length - counts.not_reviewed;
  return {
    score: assessed === 0 ? null : round1((100 * points) / assessed),
    coverage: answers.length === 0 ? null : round1((100 * answered) / answers.length),
    counts,
  };
}

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Where each Appendix II group starts; an unclassified system is treated as needing precautions. */
const BASE_RISK: Record<z.infer<typeof UseCategory> | 'unclassified', number> = {
  encouraged: 0,
  precautions: 1,
  unclassified: 1,
  further_study: 2,
  extreme_reservations: 3,
};

export interface RiskAssessment {
  level: RiskLevel;
  /** Why, in words a reader of the report follows. */
  reasons: string[];
  openNonCompliances: number;
  openHighSeverity: number;
}

/**
 * The category sets the starting level; one level is added when any high-severity item is
 * non-compliant, and one more when three or more items are non-compliant. Capped at critical.
 */
export function assessRisk(
  category: z.infer<typeof UseCategory> | null,
  answers: readonly ScoredAnswer[],
): RiskAssessment {
  const nonCompliant = answers.filter((a) => a.status === 'non_compliant');
  const highSeverity = nonCompliant.filter((a) => a.severity === 'high');
  let level = BASE_RISK[category ?? 'unclassified'];
  const reasons = [
    category === null
      ? 'Not yet placed in an Appendix II group: treated as a use requiring precautions.'
      : `Appendix II group: ${category.replace(/_/g, ' ')}.`,
  ];
  if (highSeverity.length > 0) {
    level += 1;
    reasons.push(`${highSeverity.length} high-severity item(s) non-compliant.`);
  }
  if (nonCompliant.length >= 3) {
    level += 1;
    reasons.push(`${nonCompliant.length} items non-compliant in all.`);
  }
  const capped = RISK_LEVELS[Math.min(level, RISK_LEVELS.length - 1)] ?? 'critical';
  return { level: capped, reasons, openNonCompliances: nonCompliant.length, openHighSeverity: highSeverity.length };
}
