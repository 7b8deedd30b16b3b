import { describe, expect, it } from 'vitest';
import { type ScoredAnswer, assessRisk, scoreAnswers } from '../../../shared/engine/scoring';
import type { AnswerStatus } from '../../../shared/model/status';
import { newReview } from '../helpers';

const answers = (...statuses: AnswerStatus[]): ScoredAnswer[] =>
  statuses.map((status) => ({ status, severity: 'medium' }));

describe('scoring answers (docs/scoring.md)', () => {
  it('gives no score and no coverage when nothing applies', () => {
    expect(scoreAnswers([])).toMatchObject({ score: null, coverage: null });
  });

  it('gives no score but 0% coverage when nothing is answered', () => {
    expect(scoreAnswers(answers('not_reviewed', 'not_reviewed'))).toMatchObject({ score: null, coverage: 0 });
  });

  it('gives no score but full coverage when every item is not applicable', () => {
    expect(scoreAnswers(answers('not_applicable', 'not_applicable'))).toMatchObject({ score: null, coverage: 100 });
  });

  it('counts partial answers as half', () => {
    expect(scoreAnswers(answers('partial', 'partial', 'partial'))).toMatchObject({ score: 50, coverage: 100 });
  });

  it('scores over the assessed items and covers over the applicable ones, to one decimal', () => {
    // 1 + 0.5 + 0 over 3 assessed = 50%; 4 of 6 answered = 66.7%.
    const result = scoreAnswers(
      answers('compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed', 'not_reviewed'),
    );
    expect(result).toMatchObject({ score: 50, coverage: 66.7 });
    expect(result.counts).toEqual({ compliant: 1, partial: 1, non_compliant: 1, not_applicable: 1, not_reviewed: 2 });
    expect(scoreAnswers(answers('compliant', 'compliant', 'partial'))).toMatchObject({ score: 83.3 });
  });
});

describe('risk level', () => {
  it('starts from the Appendix II group and treats an unclassified system as needing precautions', () => {
    expect(assessRisk('encouraged', []).level).toBe('low');
    expect(assessRisk(null, []).level).toBe('medium');
    expect(assessRisk('further_study', []).level).toBe('high');
    expect(assessRisk('extreme_reservations', []).level).toBe('critical');
  });

  it('rises one level for a high-severity non-compliance and one more for three non-compliances, capped', () => {
    const high: ScoredAnswer = { status: 'non_compliant', severity: 'high' };
    const low: ScoredAnswer = { status: 'non_compliant', severity: 'low' };
    expect(assessRisk('encouraged', [high]).level).toBe('medium');
    expect(assessRisk('encouraged', [low, low, low]).level).toBe('medium');
    expect(assessRisk('encouraged', [high, low, low]).level).toBe('high');
    expect(assessRisk('further_study', [high, low, low]).level).toBe('critical');
    expect(assessRisk('encouraged', [high]).reasons).toHaveLength(2);
  });
});

describe('scores of a review', () => {
  it('match the answers given, per principle, per system and for the portfolio', async () => {
    const engine = await newReview();
    const a =
      engine.dispatch({ type: 'addSystem', attributes: { name: 'A', automation: 'information' } }).createdId ?? '';
    const b = engine.dispatch({ type: 'addSystem', attributes: { name: 'B' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId: a, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    engine.dispatch({
      type: 'setAnswer',
      systemId: a,
      itemId: 'cepej-charter-2018/p1.2',
      status: 'partial',
      justification: 'x',
    });
    engine.dispatch({
      type: 'setAnswer',
      systemId: b,
      itemId: 'cepej-charter-2018/p1.1',
      status: 'non_compliant',
      justification: 'y',
    });

    const report = engine.scores();
    const p1 = (id: string) =>
      report.systems.find((s) => s.id === id)?.principles.find((p) => p.id === 'cepej-charter-2018/p1');
    expect(p1(a)?.score).toBe(75);
    expect(p1(b)?.score).toBe(0);
    expect(report.portfolio.principles.find((p) => p.id === 'cepej-charter-2018/p1')?.score).toBe(50);
    expect(report.portfolio.overall.counts).toMatchObject({ compliant: 1, partial: 1, non_compliant: 1 });
    // Portfolio counts are the sum of the systems' counts.
    const summed = report.systems.reduce((n, s) => n + s.overall.counts.not_reviewed, 0);
    expect(report.portfolio.overall.counts.not_reviewed).toBe(summed);
    expect(report.systems.find((s) => s.id === b)?.risk.level).toBe('high');
    expect(report.portfolio.riskiest[0]?.name).toBe('B');
    // A system that only informs is not asked the decision items.
    expect(report.systems.find((s) => s.id === a)?.overall.counts.not_reviewed).toBeLessThan(
      report.systems.find((s) => s.id === b)?.overall.counts.not_reviewed ?? 0,
    );
  });
});
