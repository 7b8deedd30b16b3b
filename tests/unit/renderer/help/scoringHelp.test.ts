// What "How scoring works" says is what the engine does: the figures it shows are read from the engine, and the
// rules it states in words (bands, risk steps, the worked example) are checked here against the real code.
import { describe, expect, it } from 'vitest';
import { type ScoredAnswer, assessRisk } from '../../../../shared/engine/scoring';
import {
  SCORE_BAND_FLOORS,
  SCORE_STEP,
  pointsPerStatus,
  startingRiskLevels,
  workedExample,
} from '../../../../renderer/features/help/scoringFacts';
import { tabAfterKey } from '../../../../renderer/features/help/helpStore';
import { scoreBand } from '../../../../renderer/features/portfolio/portfolioView';
import { i18n } from '../../../../renderer/i18n/i18n';

const nonCompliant = (severity: ScoredAnswer['severity']): ScoredAnswer => ({ status: 'non_compliant', severity });

describe('the scoring help', () => {
  it('gives compliant 1 point, partial ½, non-compliant 0, and leaves the other two uncounted', () => {
    expect(pointsPerStatus()).toEqual([
      { status: 'compliant', points: 1 },
      { status: 'partial', points: 0.5 },
      { status: 'non_compliant', points: 0 },
      { status: 'not_applicable', points: null },
      { status: 'not_reviewed', points: null },
    ]);
  });

  it('starts the risk level from the Appendix II group, an unplaced system at medium', () => {
    expect(startingRiskLevels()).toEqual([
      { category: 'encouraged', level: 'low' },
      { category: 'precautions', level: 'medium' },
      { category: 'further_study', level: 'high' },
      { category: 'extreme_reservations', level: 'critical' },
      { category: null, level: 'medium' },
    ]);
  });

  it('states the risk steps the engine takes: +1 for a high-severity non-compliance, +1 from three, capped', () => {
    expect(assessRisk('encouraged', [nonCompliant('high')]).level).toBe('medium');
    expect(assessRisk('encouraged', [nonCompliant('low'), nonCompliant('low')]).level).toBe('low');
    expect(assessRisk('encouraged', [nonCompliant('low'), nonCompliant('low'), nonCompliant('low')]).level).toBe(
      'medium',
    );
    expect(assessRisk('encouraged', [nonCompliant('high'), nonCompliant('low'), nonCompliant('low')]).level).toBe(
      'high',
    );
    expect(assessRisk('further_study', [nonCompliant('high'), nonCompliant('low'), nonCompliant('low')]).level).toBe(
      'critical',
    );
  });

  it('names the heat map’s bands with the portfolio’s own thresholds', () => {
    expect(scoreBand(SCORE_BAND_FLOORS.high)).toBe('high');
    expect(scoreBand(SCORE_BAND_FLOORS.high - SCORE_STEP)).toBe('medium');
    expect(scoreBand(SCORE_BAND_FLOORS.medium)).toBe('medium');
    expect(scoreBand(SCORE_BAND_FLOORS.medium - SCORE_STEP)).toBe('low');
    expect(scoreBand(null)).toBe('none');
  });

  it('works the example of docs/scoring.md through to 50, 66.7 and high, as its words say', async () => {
    expect(workedExample()).toEqual({ score: 50, coverage: 66.7, level: 'high' });
    await i18n.changeLanguage('en');
    expect(i18n.t('help:scoring.exampleScore', { score: 50 })).toBe('Score = 100 × (1 + 0.5 + 0) ÷ 3 = 50');
    await i18n.changeLanguage('fr');
    expect(i18n.t('help:scoring.exampleCoverage', { coverage: 66.7 })).toBe('Couverture = 100 × 4 ÷ 6 = 66,7');
    await i18n.changeLanguage('en');
  });
});

describe('the help topics', () => {
  it('move with the arrow keys, wrapping round, and jump with Home and End', () => {
    expect(tabAfterKey('ArrowDown', 'charter')).toBe('principles');
    expect(tabAfterKey('ArrowRight', 'files')).toBe('charter');
    expect(tabAfterKey('ArrowUp', 'charter')).toBe('files');
    expect(tabAfterKey('End', 'principles')).toBe('files');
    expect(tabAfterKey('Home', 'scoring')).toBe('charter');
    expect(tabAfterKey('Enter', 'scoring')).toBeNull();
  });
});
