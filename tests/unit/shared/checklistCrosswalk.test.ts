// The checklist query carries each item's crosswalk: the related items of the review's other frameworks,
// with their answer for the same system, so one answer can serve every framework that asks the question.
import { describe, expect, it } from 'vitest';
import type { ChecklistItemView, ChecklistView } from '../../../shared/engine/queries';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { fixedClock, loadSqlJs, newReview } from '../helpers';

const CHARTER_ITEM = 'cepej-charter-2018/p1.1';
const AI_ACT_ITEM = 'eu-ai-act-deployer/fria.7';
const HUDERIA_ITEM = 'huderia-2024/cobra.1';

function findItem(view: ChecklistView, itemId: string): ChecklistItemView {
  const item = view.frameworks
    .flatMap((framework) => framework.principles.flatMap((principle) => principle.items))
    .find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`The checklist has no item ${itemId}.`);
  return item;
}

function addSystem(engine: ReviewEngine): string {
  return engine.dispatch({ type: 'addSystem', attributes: { name: 'Case-law search' } }).createdId ?? '';
}

describe('checklist crosswalk', () => {
  it('shows an answer to a Charter item on the linked AI Act item, and the other way round', async () => {
    const engine = await newReview();
    const systemId = addSystem(engine);

    engine.dispatch({ type: 'setAnswer', systemId, itemId: CHARTER_ITEM, status: 'compliant' });
    const afterCharter = engine.checklist(systemId);
    expect(findItem(afterCharter, AI_ACT_ITEM).related).toContainEqual({
      id: CHARTER_ITEM,
      frameworkTitle: 'CEPEJ Ethical Charter (2018)',
      question: findItem(afterCharter, CHARTER_ITEM).question,
      status: 'compliant',
    });
    // The third framework has not been answered yet.
    expect(findItem(afterCharter, CHARTER_ITEM).related).toEqual([
      expect.objectContaining({ id: AI_ACT_ITEM, status: 'not_reviewed' }),
      expect.objectContaining({ id: HUDERIA_ITEM, status: 'not_reviewed' }),
    ]);

    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: AI_ACT_ITEM,
      status: 'partial',
      justification: 'Assessed after go-live.',
    });
    const afterAiAct = engine.checklist(systemId);
    expect(findItem(afterAiAct, CHARTER_ITEM).related).toContainEqual(
      expect.objectContaining({
        id: AI_ACT_ITEM,
        frameworkTitle: 'EU AI Act — deployer duties (justice)',
        status: 'partial',
      }),
    );
    expect(findItem(afterAiAct, HUDERIA_ITEM).related).toEqual([
      expect.objectContaining({ id: CHARTER_ITEM, status: 'compliant' }),
      expect.objectContaining({ id: AI_ACT_ITEM, status: 'partial' }),
    ]);
  });

  it('reports the status for the same system only', async () => {
    const engine = await newReview();
    const answered = addSystem(engine);
    const other = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId: answered, itemId: CHARTER_ITEM, status: 'compliant' });
    expect(findItem(engine.checklist(other), AI_ACT_ITEM).related).toContainEqual(
      expect.objectContaining({ id: CHARTER_ITEM, status: 'not_reviewed' }),
    );
  });

  it('leaves out links to frameworks the review does not contain', async () => {
    const frameworks = ['cepej-charter-2018', 'eu-ai-act-deployer'].map((id) => {
      const framework = builtInFramework(id);
      if (!framework) throw new Error(`Built-in framework ${id} is missing.`);
      return framework;
    });
    const engine = await ReviewEngine.create(
      await loadSqlJs(),
      { title: 'Two frameworks', frameworks },
      { now: fixedClock() },
    );
    const systemId = addSystem(engine);
    const view = engine.checklist(systemId);
    expect(findItem(view, CHARTER_ITEM).related.map((r) => r.id)).toEqual([AI_ACT_ITEM]);
    const everyLink = view.frameworks.flatMap((f) => f.principles.flatMap((p) => p.items.flatMap((i) => i.related)));
    expect(everyLink.length).toBeGreaterThan(0);
    expect(everyLink.filter((link) => link.id.startsWith('huderia-2024/'))).toEqual([]);
  });

  it('gives related questions and framework titles in the language asked for', async () => {
    const engine = await newReview();
    const systemId = addSystem(engine);
    const link = findItem(engine.checklist(systemId, 'fr'), AI_ACT_ITEM).related.find((r) => r.id === CHARTER_ITEM);
    expect(link?.frameworkTitle).toBe('Charte éthique de la CEPEJ (2018)');
    expect(link?.question).toMatch(/^L'incidence du système sur les droits fondamentaux/);
  });
});
