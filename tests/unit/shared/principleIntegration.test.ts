import { describe, expect, it } from 'vitest';
import { suggestIntegration } from '../../../shared/engine/integration';
import { newReview } from '../helpers';

const LEVELS = ['not_integrated', 'partially_integrated', 'fully_integrated'];

describe('suggesting how far a principle is integrated (Appendix IV)', () => {
  it('suggests nothing until every applicable item is answered', () => {
    expect(suggestIntegration([], LEVELS)).toBeNull();
    expect(suggestIntegration(['compliant', 'not_reviewed'], LEVELS)).toBeNull();
    expect(suggestIntegration(['not_applicable', 'not_applicable'], LEVELS)).toBeNull();
  });

  it('suggests fully, partially or not integrated from the answers, ignoring not-applicable items', () => {
    expect(suggestIntegration(['compliant', 'compliant', 'not_applicable'], LEVELS)).toBe('fully_integrated');
    expect(suggestIntegration(['compliant', 'partial'], LEVELS)).toBe('partially_integrated');
    expect(suggestIntegration(['compliant', 'non_compliant'], LEVELS)).toBe('partially_integrated');
    expect(suggestIntegration(['non_compliant', 'non_compliant'], LEVELS)).toBe('not_integrated');
  });
});

describe('confirming the integration of a principle', () => {
  it('shows the suggestion for a fully answered principle and records the assessor confirmation', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Search' } }).createdId ?? '';
    const principle = () =>
      engine
        .checklist(systemId)
        .frameworks.find((f) => f.id === 'cepej-charter-2018')
        ?.principles.find((p) => p.id === 'p2');
    const items = principle()?.items.filter((i) => i.applicable) ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(principle()?.integration).toEqual({ suggested: null, confirmed: null });
    for (const item of items) engine.dispatch({ type: 'setAnswer', systemId, itemId: item.id, status: 'compliant' });
    expect(principle()?.integration?.suggested).toBe('fully_integrated');

    engine.dispatch(
      {
        type: 'setPrincipleIntegration',
        systemId,
        frameworkId: 'cepej-charter-2018',
        principleId: 'p2',
        level: 'partially_integrated',
        justification: 'Tests exist but are not repeated after retraining.',
      },
      'Assessor',
    );
    expect(principle()?.integration?.confirmed).toMatchObject({
      level: 'partially_integrated',
      justification: 'Tests exist but are not repeated after retraining.',
      updatedBy: 'Assessor',
    });
  });

  it('refuses a level that is not on the framework scale', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Search' } }).createdId ?? '';
    expect(() =>
      engine.dispatch({
        type: 'setPrincipleIntegration',
        systemId,
        frameworkId: 'cepej-charter-2018',
        principleId: 'p2',
        level: 'mostly',
      }),
    ).toThrow(/not a level/);
  });
});

describe('placing a system in an Appendix II group', () => {
  it('records the group with its reason and where it came from', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Risk score' } }).createdId ?? '';
    engine.dispatch({
      type: 'classifyUse',
      systemId,
      useCategory: 'extreme_reservations',
      reason: 'Profiles individuals in criminal matters.',
      source: 'assistant',
    });
    expect(engine.system(systemId)).toMatchObject({
      useCategory: 'extreme_reservations',
      useCategoryReason: 'Profiles individuals in criminal matters.',
      useCategorySource: 'assistant',
    });
  });

  it('requires a justification when the reviewer chooses the group by hand', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Risk score' } }).createdId ?? '';
    expect(() =>
      engine.dispatch({ type: 'classifyUse', systemId, useCategory: 'encouraged', reason: ' ', source: 'reviewer' }),
    ).toThrow(/justification/);
  });
});
