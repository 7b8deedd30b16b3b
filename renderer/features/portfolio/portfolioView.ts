// What the portfolio screen shows from the engine's score report: the systems the filters keep, their
// summed counts, score bands and words for each heat-map cell. Pure functions; no score is recomputed here.
import type { PrincipleScore, ScoreReport, SystemScore } from '../../../shared/engine/scoreReview';
import { RISK_LEVELS, type RiskLevel, type Score, emptyCounts } from '../../../shared/engine/scoring';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../shared/model/status';
import type { SYSTEM_STAGES, USE_CATEGORIES } from '../../../shared/model/system';

export interface PortfolioFilters {
  /** An organisation exactly as written; '' for systems where none is stated; null for all. */
  organisation: string | null;
  /** '' shows every system; 'none' those where the attribute is not stated yet. */
  stage: (typeof SYSTEM_STAGES)[number] | 'none' | '';
  category: (typeof USE_CATEGORIES)[number] | 'none' | '';
}

export const NO_FILTERS: PortfolioFilters = { organisation: null, stage: '', category: '' };

export function isFiltered(filters: PortfolioFilters): boolean {
  return filters.organisation !== null || filters.stage !== '' || filters.category !== '';
}

export function filterScoredSystems(systems: readonly SystemScore[], filters: PortfolioFilters): SystemScore[] {
  const wanted = <V extends string>(filter: V | 'none' | '', value: V | null) =>
    filter === '' || (filter === 'none' ? value === null : value === filter);
  return systems.filter(
    (system) =>
      (filters.organisation === null || system.organisation.trim() === filters.organisation) &&
      wanted(filters.stage, system.stage) &&
      wanted(filters.category, system.useCategory),
  );
}

/** The organisations named in the review, for the filter; trimmed, without duplicates, sorted. */
export function organisationsOf(systems: readonly SystemScore[]): string[] {
  const names = new Set(systems.map((s) => s.organisation.trim()).filter((name) => name !== ''));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Answers by status over some systems: the sum of their overall counts (for all systems, the portfolio's). */
export function sumCounts(systems: readonly SystemScore[]): Record<AnswerStatus, number> {
  const counts = emptyCounts();
  for (const system of systems) {
    for (const status of ANSWER_STATUSES) counts[status] += system.overall.counts[status];
  }
  return counts;
}

export function countByRisk(systems: readonly SystemScore[]): Record<RiskLevel, number> {
  const counts = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  for (const system of systems) counts[system.risk.level] += 1;
  return counts;
}

export type ScoreBand = 'none' | 'low' | 'medium' | 'high';

/** The colour bands of the heat map, as the legend names them. */
export const SCORE_BANDS: readonly { band: ScoreBand; label: string }[] = [
  { band: 'high', label: '80 and above' },
  { band: 'medium', label: '50 to 79.9' },
  { band: 'low', label: 'Below 50' },
  { band: 'none', label: 'Not assessed' },
];

export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  if (score >= 80) return 'high';
  if (score >= 50) return 'medium';
  return 'low';
}

/** "75%", "66.7%", or "—" when nothing is assessed: the figure exactly as the engine gives it. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : `${score}%`;
}

/** "coverage 16.7% (2 of 12 applicable items answered)", from the engine's coverage and counts. */
export function coverageText(score: Score): string {
  if (score.coverage === null) return 'no item applies';
  const applicable = ANSWER_STATUSES.reduce((n, status) => n + score.counts[status], 0);
  const answered = applicable - score.counts.not_reviewed;
  return `coverage ${score.coverage}% (${answered} of ${applicable} applicable items answered)`;
}

/** What a heat-map cell says to a screen reader and in its tooltip. */
export function cellDescription(systemName: string, principle: PrincipleScore): string {
  const score = principle.score === null ? 'not assessed' : `score ${principle.score}%`;
  return `${systemName}, ${principle.code} ${principle.title}: ${score}, ${coverageText(principle)}`;
}

export interface HeatMapColumnGroup {
  frameworkId: string;
  principles: { id: string; code: string; title: string }[];
}

/** The heat map's columns: every principle of every framework of the review, grouped by framework. */
export function heatMapColumns(report: ScoreReport): HeatMapColumnGroup[] {
  const groups: HeatMapColumnGroup[] = [];
  for (const principle of report.portfolio.principles) {
    let group = groups.at(-1);
    if (group?.frameworkId !== principle.frameworkId) {
      group = { frameworkId: principle.frameworkId, principles: [] };
      groups.push(group);
    }
    group.principles.push({ id: principle.id, code: principle.code, title: principle.title });
  }
  return groups;
}

export const RISK_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
