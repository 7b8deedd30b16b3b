// `score <file>`: compliance and coverage per system and principle, risk levels, and the portfolio,
// computed by the same engine query the app's portfolio screen uses (method: docs/scoring.md).
import { z } from 'zod';
import { defineCommand } from '../CliCommand';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';

export const ScoreArguments = z
  .object({ file: reviewFileArgument('score'), json: z.boolean().optional(), lang: z.enum(['en', 'fr']).optional() })
  .strict();

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

export const scoreCommand = defineCommand({
  name: 'score',
  positionals: ['file'],
  usage: 'score <file>',
  summary: 'compliance, coverage and risk per system and principle, and for the portfolio',
  help: () =>
    [
      'Options:',
      '  --json   print { systems: [{ id, name, risk, principles: [{ id, score, coverage }] }], portfolio }',
      '',
      'Scores are 0-100 over the assessed items (compliant 1, partial 0.5, non-compliant 0);',
      'coverage is the share of applicable items answered. See docs/scoring.md.',
    ].join('\n'),
  arguments: ScoreArguments,
  async run(args, context) {
    const opened = await openReviewFile(args.file, context.cwd);
    try {
      const report = opened.engine.scores(args.lang ?? 'en');
      const json = {
        systems: report.systems.map((s) => ({
          id: s.id,
          name: s.name,
          organisation: s.organisation,
          useCategory: s.useCategory,
          score: s.overall.score,
          coverage: s.overall.coverage,
          counts: s.overall.counts,
          risk: s.risk,
          principles: s.principles.map((p) => ({
            id: p.id,
            frameworkId: p.frameworkId,
            code: p.code,
            title: p.title,
            score: p.score,
            coverage: p.coverage,
            counts: p.counts,
          })),
        })),
        portfolio: {
          systems: report.portfolio.systems,
          score: report.portfolio.overall.score,
          coverage: report.portfolio.overall.coverage,
          counts: report.portfolio.overall.counts,
          byRisk: report.portfolio.byRisk,
          principles: report.portfolio.principles.map((p) => ({
            id: p.id,
            code: p.code,
            title: p.title,
            score: p.score,
            coverage: p.coverage,
          })),
          riskiest: report.portfolio.riskiest,
        },
      };
      const text = [
        `Portfolio: ${report.portfolio.systems} systems, score ${pct(report.portfolio.overall.score)}, coverage ${pct(report.portfolio.overall.coverage)}`,
        ...report.systems.map(
          (s) =>
            `  ${s.name}: score ${pct(s.overall.score)}, coverage ${pct(s.overall.coverage)}, risk ${s.risk.level}`,
        ),
      ].join('\n');
      return { exitCode: 0, json, text };
    } finally {
      opened.engine.close();
    }
  },
});
