// What the portfolio screen shows from the engine's score report: the systems the filters keep, their
// summed counts, score bands and words for each heat-map cell, in the interface's language. Pure functions of the
// report; no score is recomputed here.
import type { PrincipleScore, ScoreReport, SystemScore } from '../../../shared/engine/scoreReview';
import { RISK_LEVELS, type RiskLevel, type Score, emptyCounts } from '../../../shared/engine/scoring';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../shared/model/status';
import type { SYSTEM_STAGES, USE_CATEGORIES } from '../../../shared/model/system';
import { t } from '../../i18n/i18n';

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

/** The colour bands of the heat map, in the order the legend lists them. */
export const SCORE_BANDS: readonly ScoreBand[] = ['high', 'medium', 'low', 'none'];

/** How the legend names a band: "80 and above". */
export function scoreBandLabel(band: ScoreBand): string {
  return t(`portfolio:band.${band}`);
}

export function scoreBand(score: number | null): ScoreBand {
  if (score === null) return 'none';
  if (score >= 80) return 'high';
  if (score >= 50) return 'medium';
  return 'low';
}

/**
 * "75%", "66.7%" ("66,7 %" in French), or "—" when nothing is assessed: the figure exactly as the engine
 * gives it, written the way the interface's language writes numbers.
 */
export function formatScore(score: number | null): string {
  return score === null ? '—' : t('portfolio:score.percent', { score });
}

/** "score 75%", or "not assessed". */
export function scoreText(score: number | null): string {
  return score === null ? t('portfolio:score.notAssessed') : t('portfolio:score.text', { score: formatScore(score) });
}

/** "coverage 16.7% (2 of 12 applicable items answered)", from the engine's coverage and counts. */
export function coverageText(score: Score): string {
  if (score.coverage === null) return t('portfolio:coverage.none');
  const applicable = ANSWER_STATUSES.reduce((n, status) => n + score.counts[status], 0);
  const answered = applicable - score.counts.not_reviewed;
  return t('portfolio:coverage.text', { coverage: formatScore(score.coverage), answered, count: applicable });
}

/** What a heat-map cell says to a screen reader and in its tooltip. */
export function cellDescription(systemName: string, principle: PrincipleScore): string {
  return t('portfolio:heatMap.cell', {
    name: systemName,
    code: principle.code,
    title: principle.title,
    score: scoreText(principle.score),
    coverage: coverageText(principle),
  });
}

/** What a system's overall cell says to a screen reader and in its tooltip. */
export function overallDescription(system: SystemScore): string {
  return t('portfolio:heatMap.overall', {
    name: system.name,
    score: scoreText(system.overall.score),
    coverage: coverageText(system.overall),
  });
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

/** How each risk level is named. Getters: each label is read when shown, in the language of that moment. */
export const RISK_LABELS: Readonly<Record<RiskLevel, string>> = {
  get low() {
    return t('portfolio:risk.low');
  },
  get medium() {
    return t('portfolio:risk.medium');
  },
  get high() {
    return t('portfolio:risk.high');
  },
  get critical() {
    return t('portfolio:risk.critical');
  },
};

/**
 * Why a system has its risk level, in the interface's language. The engine gives its reasons in English,
 * always in the same order (see assessRisk): the Appendix II group, then high-severity items not compliant
 * when there are any, then non-compliant items in all when they raised the level. Its counts say which of
 * the last two are there; the number of reasons says whether the last one is.
 */
export function riskReasons(system: Pick<SystemScore, 'useCategory' | 'risk'>): string[] {
  const { risk, useCategory } = system;
  const reasons = [
    useCategory === null
      ? t('portfolio:risk.reason.unclassified')
      : t('portfolio:risk.reason.group', { group: t(`portfolio:risk.group.${useCategory}`) }),
  ];
  if (risk.openHighSeverity > 0) {
    reasons.push(t('portfolio:risk.reason.highSeverity', { count: risk.openHighSeverity }));
  }
  if (risk.reasons.length > reasons.length) {
    reasons.push(t('portfolio:risk.reason.nonCompliant', { count: risk.openNonCompliances }));
  }
  return reasons;
}
