// The figures the help's "How scoring works" shows, read from the scoring engine itself (shared/engine/scoring.ts)
// rather than copied, so the explanation cannot drift from what the app computes.
import { type RiskLevel, type ScoredAnswer, assessRisk, scoreAnswers } from '../../../shared/engine/scoring';
import type { AnswerStatus } from '../../../shared/model/status';
import { USE_CATEGORIES } from '../../../shared/model/system';

export type UseCategoryId = (typeof USE_CATEGORIES)[number];

/** The statuses in the order the help lists them: the three that earn points, then the two that are not counted. */
const STATUS_ORDER: readonly AnswerStatus[] = [
  'compliant',
  'partial',
  'non_compliant',
  'not_applicable',
  'not_reviewed',
];

/** What one answer is worth: its score alone, over 100; null for a status the score leaves out. */
export function pointsPerStatus(): { status: AnswerStatus; points: number | null }[] {
  return STATUS_ORDER.map((status) => {
    const { score } = scoreAnswers([{ status, severity: 'low' }]);
    return { status, points: score === null ? null : score / 100 };
  });
}

/** The level a system's risk starts at, per Appendix II group (null: not yet placed in one). */
export function startingRiskLevels(): { category: UseCategoryId | null; level: RiskLevel }[] {
  return [...USE_CATEGORIES, null].map((category) => ({ category, level: assessRisk(category, []).level }));
}

/**
 * The heat map's colour bands (renderer/features/portfolio/portfolioView.ts, scoreBand, and the DOCX report's):
 * green from `high`, amber from `medium`, red below. Scores carry one decimal, so amber ends at 79.9.
 */
export const SCORE_BAND_FLOORS = { high: 80, medium: 50 } as const;
export const SCORE_STEP = 0.1;

/** The example of docs/scoring.md: a system needing precautions with six applicable items. */
export const WORKED_EXAMPLE: { category: UseCategoryId; answers: readonly ScoredAnswer[] } = {
  category: 'precautions',
  answers: [
    { status: 'compliant', severity: 'medium' },
    { status: 'partial', severity: 'medium' },
    { status: 'non_compliant', severity: 'high' },
    { status: 'not_applicable', severity: 'medium' },
    { status: 'not_reviewed', severity: 'medium' },
    { status: 'not_reviewed', severity: 'low' },
  ],
};

/** The worked example's figures, as the engine computes them. */
export function workedExample(): { score: number | null; coverage: number | null; level: RiskLevel } {
  const { score, coverage } = scoreAnswers(WORKED_EXAMPLE.answers);
  return { score, coverage, level: assessRisk(WORKED_EXAMPLE.category, WORKED_EXAMPLE.answers).level };
}
