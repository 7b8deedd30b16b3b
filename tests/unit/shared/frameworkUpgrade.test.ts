import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../shared/errors';
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../shared/frameworks/schema';
import { fixedClock, loadSqlJs } from '../helpers';

const ID = 'cepej-charter-2018';
const item = (local: string) => `${ID}/${local}`;

/** The shipped CEPEJ content and a made-up next version: one question reworded, one clarified, one removed, one added. */
function versions(): { v1: FrameworkContent; v2: FrameworkContent } {
  const v1 = builtInFramework(ID);
  if (!v1) throw new Error('CEPEJ content missing');
  const v2: FrameworkContent = structuredClone(v1);
  v2.version = '9.1.0';
  v2.items = v2.items
    .filter((i) => i.id !== item('p1.4'))
    .map((i) => {
      if (i.id === item('p1.1')) return { ...i, question: { en: 'Reworded question?', fr: 'Question reformulée ?' } };
      if (i.id === item('p1.3'))
        return { ...i, guidance: { en: 'Clearer guidance.', fr: 'Indications plus claires.' } };
      return i;
    });
  const template = v2.items.find((i) => i.principle === 'p1');
  if (!template) throw new Error('no p1 item');
  v2.items.push({ ...template, id: item('p1.99'), related: undefined });
  for (const i of v2.items) {
    if (i.related?.length === 0) delete i.related;
  }
  return { v1, v2 };
}

async function answeredReview() {
  const { v1, v2 } = versions();
  const engine = await ReviewEngine.create(
    await loadSqlJs(),
    { title: 'Upgrade', frameworks: [v1] },
    { now: fixedClock(), catalogue: [v1, v2] },
  );
  const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
  engine.dispatch({ type: 'setAnswer', systemId, itemId: item('p1.1'), status: 'compliant' });
  engine.dispatch({
    type: 'setAnswer',
    systemId,
    itemId: item('p1.3'),
    status: 'partial',
    justification: 'Half done.',
  });
  engine.dispatch({
    type: 'setAnswer',
    systemId,
    itemId: item('p1.4'),
    status: 'non_compliant',
    justification: 'None.',
  });
  return { engine, systemId, v1, v2 };
}

function itemsOf(engine: ReviewEngine, systemId: string) {
  return new Map(
    engine
      .checklist(systemId)
      .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))
      .map((i) => [i.id, i]),
  );
}

describe('upgrading a review to a newer version of a framework', () => {
  it('lists the upgrade with what would change before it is applied', async () => {
    const { engine } = await answeredReview();
    const [upgrade] = engine.availableUpgrades();
    expect(upgrade).toMatchObject({
      frameworkId: ID,
      toVersion: '9.1.0',
      added: [item('p1.99')],
      removed: [item('p1.4')],
      reworded: [item('p1.1')],
      clarified: [item('p1.3')],
    });
  });

  it('carries answers over by id, flags reworded ones to re-check, and keeps answers to removed items in history', async () => {
    const { engine, systemId } = await answeredReview();
    engine.dispatch({ type: 'upgradeFramework', frameworkId: ID, toVersion: '9.1.0' });

    const items = itemsOf(engine, systemId);
    expect(items.get(item('p1.1'))).toMatchObject({
      status: 'compliant',
      recheck: true,
      question: 'Reworded question?',
    });
    expect(items.get(item('p1.3'))).toMatchObject({ status: 'partial', recheck: false, justification: 'Half done.' });
    expect(items.get(item('p1.99'))).toMatchObject({ status: 'not_reviewed', recheck: false });
    expect(items.has(item('p1.4'))).toBe(false);
    expect(engine.retiredAnswers()).toEqual([
      expect.objectContaining({
        itemId: item('p1.4'),
        status: 'non_compliant',
        justification: 'None.',
        systemName: 'Transcription',
      }),
    ]);
    expect(engine.retiredAnswers()[0]?.question).not.toBe('');
    expect(engine.info().frameworks).toEqual([expect.objectContaining({ id: ID, version: '9.1.0' })]);
    expect(engine.availableUpgrades()).toEqual([]);
    expect(engine.auditLog()[0]).toMatchObject({ command: 'upgradeFramework' });
  });

  it('clears the re-check flag once the reviewer answers the reworded question again', async () => {
    const { engine, systemId } = await answeredReview();
    engine.dispatch({ type: 'upgradeFramework', frameworkId: ID, toVersion: '9.1.0' });
    engine.dispatch({ type: 'setAnswer', systemId, itemId: item('p1.1'), status: 'compliant' });
    expect(itemsOf(engine, systemId).get(item('p1.1'))?.recheck).toBe(false);
  });

  it('keeps the upgraded content and the retired answers when the file is reopened', async () => {
    const { engine, systemId, v1, v2 } = await answeredReview();
    engine.dispatch({ type: 'upgradeFramework', frameworkId: ID, toVersion: '9.1.0' });
    const reopened = ReviewEngine.open(await loadSqlJs(), engine.export(), { catalogue: [v1, v2] }).engine;
    expect(reopened.info().frameworks[0]?.version).toBe('9.1.0');
    expect(itemsOf(reopened, systemId).get(item('p1.1'))?.recheck).toBe(true);
    expect(reopened.retiredAnswers()).toHaveLength(1);
  });

  it('refuses to "upgrade" to the same or an older version', async () => {
    const { engine, v1 } = await answeredReview();
    expect(() => engine.dispatch({ type: 'upgradeFramework', frameworkId: ID, toVersion: v1.version })).toThrow(
      CommandError,
    );
  });
});

describe('adding a framework to an existing review', () => {
  it('adds every item of the shipped framework, unanswered, and refuses to add it twice', async () => {
    const engine = await ReviewEngine.create(await loadSqlJs(), {
      title: 'Add',
      frameworks: [builtInFramework(ID) as FrameworkContent],
    });
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }).createdId ?? '';
    expect(engine.addableFrameworks().map((f) => f.id)).toEqual(['eu-ai-act-deployer', 'huderia-2024']);
    engine.dispatch({ type: 'addFramework', frameworkId: 'huderia-2024' });
    const huderia = engine.checklist(systemId).frameworks.find((f) => f.id === 'huderia-2024');
    const count = huderia?.principles.flatMap((p) => p.items).length;
    expect(count).toBe(builtInFramework('huderia-2024')?.items.length);
    expect(() => engine.dispatch({ type: 'addFramework', frameworkId: 'huderia-2024' })).toThrow(/already part/);
  });
});
