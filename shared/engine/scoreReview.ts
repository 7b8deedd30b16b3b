// Scores a whole review: every system per framework and principle, and the portfolio.
import { itemAppliesWithOverride } from '../frameworks/applicability';
import { type ContentLanguage, type FrameworkContent, localise } from '../frameworks/schema';
import type { AnswerStatus } from '../model/status';
import type { SystemRecord } from '../model/system';
import {
  RISK_LEVELS,
  type RiskAssessment,
  type RiskLevel,
  type Score,
  type ScoredAnswer,
  assessRisk,
  scoreAnswers,
} from './scoring';

export interface PrincipleScore extends Score {
  /** `<framework id>/<principle id>`, unique across frameworks. */
  id: string;
  frameworkId: string;
  principleId: string;
  code: string;
  title: string;
}

export interface SystemScore {
  id: string;
  name: string;
  organisation: string;
  stage: SystemRecord['stage'];
  useCategory: SystemRecord['useCategory'];
  overall: Score;
  risk: RiskAssessment;
  principles: PrincipleScore[];
}

export interface PortfolioScore {
  systems: number;
  overall: Score;
  byRisk: Record<RiskLevel, number>;
  /** Every answer of every system pooled per principle. */
  principles: PrincipleScore[];
  /** Highest risk first, then lowest score. */
  riskiest: { id: string; name: string; level: RiskLevel; score: number | null }[];
}

export interface ScoreReport {
  systems: SystemScore[];
  portfolio: PortfolioScore;
}

export function scoreReview(
  frameworks: readonly FrameworkContent[],
  systems: readonly SystemRecord[],
  /** The stored answer of an item, or null when it has none (not reviewed, rule applies). */
  answerOf: (systemId: string, itemId: string) => { status: AnswerStatus; override: boolean | null } | null,
  language: ContentLanguage = 'en',
): ScoreReport {
  const pooled = new Map<string, ScoredAnswer[]>();
  const scored: SystemScore[] = systems.map((system) => {
    const all: ScoredAnswer[] = [];
    const principles: PrincipleScore[] = [];
    for (const framework of frameworks) {
      for (const principle of framework.principles) {
        const answers: ScoredAnswer[] = [];
        for (const item of framework.items) {
          if (item.principle !== principle.id) continue;
          const answer = answerOf(system.id, item.id);
          if (!itemAppliesWithOverride(item.appliesWhen, system, answer?.override)) continue;
          answers.push({ status: answer?.status ?? 'not_reviewed', severity: item.severity });
        }
        all.push(...answers);
        const id = `${framework.id}/${principle.id}`;
        // Appended in place: copying the pool for every system made scoring grow with the square of their number.
        const pool = pooled.get(id);
        if (pool) for (const answer of answers) pool.push(answer);
        else pooled.set(id, [...answers]);
        principles.push({
          id,
          frameworkId: framework.id,
          principleId: principle.id,
          code: principle.code,
          title: localise(principle.title, language),
          ...scoreAnswers(answers),
        });
      }
    }
    return {
      id: system.id,
      name: system.name,
      organisation: system.organisation,
      stage: system.stage,
      useCategory: system.useCategory,
      overall: scoreAnswers(all),
      risk: assessRisk(system.useCategory, all),
      principles,
    };
  });

  const byRisk = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  for (const system of scored) byRisk[system.risk.level] += 1;
  const template = scored[0]?.principles ?? [];
  const portfolioPrinciples = frameworks.flatMap((framework) =>
    framework.principles.map((principle) => {
      const id = `${framework.id}/${principle.id}`;
      return {
        id,
        frameworkId: framework.id,
        principleId: principle.id,
        code: principle.code,
        title: template.find((p) => p.id === id)?.title ?? localise(principle.title, language),
        ...scoreAnswers(pooled.get(id) ?? []),
      };
    }),
  );
  const riskRank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);
  const riskiest = [...scored]
    .sort(
      (a, b) =>
        riskRank(b.risk.level) - riskRank(a.risk.level) ||
        (a.overall.score ?? 101) - (b.overall.score ?? 101) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, 10)
    .map((s) => ({ id: s.id, name: s.name, level: s.risk.level, score: s.overall.score }));

  return {
    systems: scored,
    portfolio: {
      systems: scored.length,
      overall: scoreAnswers([...pooled.values()].flat()),
      byRisk,
      principles: portfolioPrinciples,
      riskiest,
    },
  };
}
