// Bulk edit: one updateSystems command changes several systems in one step that one undo reverts.
import { describe, expect, it } from 'vitest';
import type { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { newReview } from '../helpers';

function addSystems(engine: ReviewEngine, names: string[]): string[] {
  return names.map(
    (name) => engine.dispatch({ type: 'addSystem', attributes: { name, stage: 'idea' } }).createdId ?? '',
  );
}

const stages = (engine: ReviewEngine) => engine.systems().map((s) => [s.name, s.stage]);
const auditRows = (engine: ReviewEngine) => engine.auditLog().filter((entry) => entry.command === 'updateSystems');

describe('updateSystems', () => {
  it('sets the stage of several systems as one step, which one undo reverts and redo reapplies', async () => {
    const engine = await newReview();
    const [chatbot, , search] = addSystems(engine, ['Chatbot', 'Transcription', 'Search']);
    const before = engine.systems();

    engine.dispatch({
      type: 'updateSystems',
      changes: [
        { systemId: chatbot ?? '', changes: { stage: 'pilot' } },
        { systemId: search ?? '', changes: { stage: 'pilot' } },
      ],
    });

    expect(stages(engine)).toEqual([
      ['Chatbot', 'pilot'],
      ['Transcription', 'idea'],
      ['Search', 'pilot'],
    ]);
    expect(auditRows(engine)).toHaveLength(1);
    expect(engine.undoState().undo?.command).toBe('updateSystems');

    engine.undo();
    expect(engine.systems()).toEqual(before);
    engine.redo();
    expect(stages(engine)).toEqual([
      ['Chatbot', 'pilot'],
      ['Transcription', 'idea'],
      ['Search', 'pilot'],
    ]);
  });

  it('records a use category set in bulk as the reviewer’s choice, with the reason given', async () => {
    const engine = await newReview();
    const ids = addSystems(engine, ['Chatbot', 'Search']);

    engine.dispatch({
      type: 'updateSystems',
      changes: ids.map((systemId) => ({ systemId, changes: { useCategory: 'encouraged' } })),
      useCategoryReason: 'Both only help people find published information.',
    });

    for (const system of engine.systems()) {
      expect(system).toMatchObject({
        useCategory: 'encouraged',
        useCategoryReason: 'Both only help people find published information.',
        useCategorySource: 'reviewer',
      });
    }
  });

  it('refuses a use category without a reason, and changes nothing', async () => {
    const engine = await newReview();
    const ids = addSystems(engine, ['Chatbot', 'Search']);
    const before = engine.systems();

    expect(() =>
      engine.dispatch({
        type: 'updateSystems',
        changes: ids.map((systemId) => ({ systemId, changes: { useCategory: 'precautions' } })),
        useCategoryReason: '   ',
      }),
    ).toThrow(/Say why these systems belong in that group/);
    expect(engine.systems()).toEqual(before);
  });

  it('clearing the use category clears its reason too, and needs none', async () => {
    const engine = await newReview();
    const [id] = addSystems(engine, ['Chatbot']);
    engine.dispatch({
      type: 'classifyUse',
      systemId: id ?? '',
      useCategory: 'precautions',
      reason: 'Profiles parties.',
      source: 'reviewer',
    });

    engine.dispatch({ type: 'updateSystems', changes: [{ systemId: id ?? '', changes: { useCategory: null } }] });

    expect(engine.systems()[0]).toMatchObject({ useCategory: null, useCategoryReason: '', useCategorySource: null });
  });

  it('refuses the whole batch when one system is gone or named twice, and changes none of them', async () => {
    const engine = await newReview();
    const [first, second] = addSystems(engine, ['Chatbot', 'Search']);
    engine.dispatch({ type: 'removeSystem', systemId: second ?? '' });
    const before = engine.systems();

    expect(() =>
      engine.dispatch({
        type: 'updateSystems',
        changes: [
          { systemId: first ?? '', changes: { stage: 'production' } },
          { systemId: second ?? '', changes: { stage: 'production' } },
        ],
      }),
    ).toThrow(/no longer in the review/);
    expect(() =>
      engine.dispatch({
        type: 'updateSystems',
        changes: [
          { systemId: first ?? '', changes: { stage: 'production' } },
          { systemId: first ?? '', changes: { stage: 'retired' } },
        ],
      }),
    ).toThrow(/twice/);
    expect(engine.systems()).toEqual(before);
    expect(auditRows(engine)).toHaveLength(0);
  });
});
