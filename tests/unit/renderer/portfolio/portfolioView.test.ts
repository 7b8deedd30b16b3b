// The portfolio screen's helpers: colour bands, the words of a cell, filters, and counts that add up to the
// engine's portfolio figures, so the screen says exactly what `charter-review score --json` says, in the
// interface's language.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SystemScore } from '../../../../shared/engine/scoreReview';
import {
  NO_FILTERS,
  cellDescription,
  countByRisk,
  filterScoredSystems,
  formatScore,
  heatMapColumns,
  organisationsOf,
  riskReasons,
  scoreBand,
  scoreBandLabel,
  sumCounts,
} from '../../../../renderer/features/portfolio/portfolioView';
import { i18n } from '../../../../renderer/i18n/i18n';
import { runCliCaptured } from '../../cli/runCliCaptured';
import { newReview } from '../../helpers';

async function smallPortfolio() {
  const engine = await newReview();
  const add = (name: string, attributes: Record<string, unknown>) =>
    engine.dispatch({ type: 'addSystem', attributes: { name, ...attributes } }).createdId ?? '';
  const court = add('Hearing transcription', { organisation: 'Baku Court of Appeal', stage: 'pilot' });
  const risk = add('Risk score', { organisation: 'Penitentiary Service', useCategory: 'further_study' });
  add('Chatbot', { stage: 'production', useCategory: 'encouraged' });
  const answer = (systemId: string, item: string, status: string) =>
    engine.dispatch({ type: 'setAnswer', systemId, itemId: `cepej-charter-2018/${item}`, status, justification: 'x' });
  answer(court, 'p1.1', 'compliant');
  answer(court, 'p1.3', 'partial');
  answer(court, 'p3.1', 'not_applicable');
  answer(risk, 'p2.1', 'non_compliant');
  answer(risk, 'p1.1', 'compliant');
  return { engine, report: engine.scores() };
}

describe('portfolio words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('gives the engine’s reasons for each risk level, word for word in English', async () => {
    const { engine } = await smallPortfolio();
    const failing = engine.dispatch({
      type: 'addSystem',
      attributes: { name: 'Case triage', useCategory: 'extreme_reservations' },
    }).createdId;
    for (const item of ['p1.1', 'p1.3', 'p2.1', 'p3.1'])
      engine.dispatch({
        type: 'setAnswer',
        systemId: failing ?? '',
        itemId: `cepej-charter-2018/${item}`,
        status: 'non_compliant',
        justification: 'x',
      });
    const report = engine.scores();
    // Between them the systems give every kind of reason: no group, a group, high severity, many failures.
    expect(report.systems.map((s) => s.risk.reasons.length)).toEqual([1, 2, 1, 3]);
    for (const system of report.systems) expect(riskReasons(system)).toEqual(system.risk.reasons);
  });

  it('follows a switch of language without reloading the scores', async () => {
    const { report } = await smallPortfolio();
    const p1 = report.systems[0]?.principles[0];
    await i18n.changeLanguage('fr');
    expect(formatScore(66.7)).toBe('66,7\u00a0%');
    expect(formatScore(null)).toBe('—');
    expect(scoreBandLabel('medium')).toBe('De 50 à 79,9');
    expect(p1 && cellDescription('Transcription', p1)).toMatch(
      /^Transcription, P1 .+\u00a0: score 75\u00a0%, couverture 16,7\u00a0% \(réponse donnée pour 2 des 12 points/,
    );
    const riskScore = report.systems.find((s) => s.name === 'Risk score');
    expect(riskScore && riskReasons(riskScore)).toEqual([
      'Groupe de l’annexe II\u00a0: utilisations à envisager après des études complémentaires.',
      '1 point de gravité élevée non conforme.',
    ]);
    await i18n.changeLanguage('az');
    expect(formatScore(66.7)).toBe('66,7%');
  });
});

describe('portfolio helpers', () => {
  it('bands scores at 50 and 80, keeps "not assessed" apart, and writes the engine figure unchanged', () => {
    expect([null, 0, 49.9, 50, 79.9, 80, 100].map(scoreBand)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
    expect(formatScore(66.7)).toBe('66.7%');
    expect(formatScore(0)).toBe('0%');
    expect(formatScore(null)).toBe('—');
  });

  it('describes a cell with its score and coverage, in words', async () => {
    const { report } = await smallPortfolio();
    const p1 = report.systems[0]?.principles[0];
    expect(p1 && cellDescription('Hearing transcription', p1)).toBe(
      'Hearing transcription, P1 Principle of respect for fundamental rights: score 75%, coverage 16.7% (2 of 12 applicable items answered)',
    );
    const p3 = report.systems[0]?.principles[2];
    expect(p3 && cellDescription('Hearing transcription', p3)).toMatch(/: not assessed, coverage 11\.1% \(1 of 9 /);
  });

  it('sums counts that equal the portfolio figures when nothing is filtered', async () => {
    const { report } = await smallPortfolio();
    expect(sumCounts(report.systems)).toEqual(report.portfolio.overall.counts);
    expect(countByRisk(report.systems)).toEqual(report.portfolio.byRisk);
    expect(heatMapColumns(report).flatMap((g) => g.principles.map((p) => p.id))).toEqual(
      report.portfolio.principles.map((p) => p.id),
    );
  });

  it('filters by organisation (including "not stated"), stage and Appendix II category', async () => {
    const { report } = await smallPortfolio();
    const names = (systems: SystemScore[]) => systems.map((s) => s.name);
    expect(organisationsOf(report.systems)).toEqual(['Baku Court of Appeal', 'Penitentiary Service']);
    expect(names(filterScoredSystems(report.systems, NO_FILTERS))).toHaveLength(3);
    expect(names(filterScoredSystems(report.systems, { ...NO_FILTERS, organisation: '' }))).toEqual(['Chatbot']);
    expect(names(filterScoredSystems(report.systems, { ...NO_FILTERS, stage: 'none' }))).toEqual(['Risk score']);
    expect(names(filterScoredSystems(report.systems, { ...NO_FILTERS, category: 'further_study' }))).toEqual([
      'Risk score',
    ]);
    const court = filterScoredSystems(report.systems, { ...NO_FILTERS, organisation: 'Baku Court of Appeal' });
    expect(sumCounts(court)).toMatchObject({ compliant: 1, partial: 1, not_applicable: 1, non_compliant: 0 });
    expect(countByRisk(court)).toEqual({ low: 0, medium: 1, high: 0, critical: 0 });
  });

  it('shows in each heat-map cell the figure `charter-review score --json` prints', async () => {
    const { engine, report } = await smallPortfolio();
    const folder = await mkdtemp(path.join(tmpdir(), 'charter-portfolio-'));
    const file = path.join(folder, 'review.charter');
    await writeFile(file, engine.export());
    const run = await runCliCaptured(['score', file, '--json'], folder);
    const cli = JSON.parse(run.stdout) as {
      systems: { id: string; score: number | null; principles: { id: string; score: number | null }[] }[];
    };
    const shown = (
      systems: { id: string; score: number | null; principles: { id: string; score: number | null }[] }[],
    ) =>
      systems.map((s) => [s.id, formatScore(s.score), ...s.principles.map((p) => `${p.id} ${formatScore(p.score)}`)]);
    expect(shown(report.systems.map((s) => ({ ...s, score: s.overall.score })))).toEqual(shown(cli.systems));
  });
});
