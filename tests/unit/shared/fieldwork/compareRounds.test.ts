import { describe, expect, it } from 'vitest';
import { compareRounds, roundOf } from '../../../../shared/fieldwork';
import { item, officeReview, openReview } from './fieldworkHelpers';

async function twoRounds() {
  const { engine: last, ids } = await officeReview(
    ['Risk score', 'Anonymiser', 'Old chatbot'],
    '2025-03-01T09:00:00.000Z',
  );
  const risk = ids['Risk score'] ?? '';
  const anonymiser = ids.Anonymiser ?? '';
  last.dispatch({
    type: 'setAnswer',
    systemId: risk,
    itemId: item('p1.1'),
    status: 'non_compliant',
    justification: 'No review.',
  });
  last.dispatch({ type: 'setAnswer', systemId: risk, itemId: item('p2.1'), status: 'compliant' });
  last.dispatch({ type: 'setAnswer', systemId: anonymiser, itemId: item('p1.1'), status: 'compliant' });
  // This year's round: a copy of last year's file (same ids) for two systems; one re-entered by hand.
  const now = await openReview(last.export(), '2026-03-01T09:00:00.000Z');
  now.dispatch({ type: 'removeSystem', systemId: ids['Old chatbot'] ?? '' });
  now.dispatch({ type: 'removeSystem', systemId: anonymiser });
  const retyped =
    now.dispatch({ type: 'addSystem', attributes: { name: 'anonymiser ', organisation: 'Court of  Appeal' } })
      .createdId ?? '';
  now.dispatch({
    type: 'setAnswer',
    systemId: retyped,
    itemId: item('p1.1'),
    status: 'non_compliant',
    justification: 'Leaks names.',
  });
  now.dispatch({ type: 'setAnswer', systemId: risk, itemId: item('p1.1'), status: 'compliant' });
  const added = now.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
  return { last, now, risk, anonymiser, retyped, added, oldChatbot: ids['Old chatbot'] ?? '' };
}

describe('comparing two rounds', () => {
  it('says per system and principle what improved, regressed, is new or disappeared', async () => {
    const { last, now, risk, retyped, added, oldChatbot, anonymiser } = await twoRounds();
    const comparison = compareRounds(roundOf(last), roundOf(now));
    const bySystem = new Map(comparison.systems.map((s) => [s.id, s]));

    const riskP1 = bySystem.get(risk)?.principles.find((p) => p.id === 'cepej-charter-2018/p1');
    expect(riskP1).toMatchObject({ code: 'P1', from: 0, to: 100, change: 'improved' });
    expect(bySystem.get(risk)?.principles.find((p) => p.id === 'cepej-charter-2018/p2')?.change).toBe('unchanged');
    expect(bySystem.get(risk)?.changes).toEqual([{ item: item('p1.1'), from: 'non_compliant', to: 'compliant' }]);
    expect(bySystem.get(risk)).toMatchObject({ presence: 'both', matchedBy: 'id' });

    const retypedSystem = bySystem.get(retyped);
    expect(retypedSystem).toMatchObject({ presence: 'both', matchedBy: 'name', oldId: anonymiser, newId: retyped });
    expect(retypedSystem?.principles.find((p) => p.principleId === 'p1')).toMatchObject({
      from: 100,
      to: 0,
      change: 'regressed',
    });

    expect(bySystem.get(added)).toMatchObject({ presence: 'new', changes: [] });
    expect(bySystem.get(added)?.principles.every((p) => p.change === 'new')).toBe(true);
    expect(bySystem.get(oldChatbot)).toMatchObject({ presence: 'disappeared', name: 'Old chatbot' });
    expect(bySystem.get(oldChatbot)?.principles.every((p) => p.change === 'disappeared')).toBe(true);
    expect(comparison.totals).toMatchObject({
      improved: 1,
      regressed: 1,
      systemsNew: 1,
      systemsDisappeared: 1,
      itemChanges: 2,
    });
  });

  it('is plain data a report can keep: it survives JSON unchanged', async () => {
    const { last, now } = await twoRounds();
    const comparison = compareRounds(roundOf(last), roundOf(now));
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('finds nothing to report between a round and itself', async () => {
    const { now } = await twoRounds();
    const comparison = compareRounds(roundOf(now), roundOf(now));
    expect(comparison.totals).toMatchObject({ improved: 0, regressed: 0, new: 0, disappeared: 0, itemChanges: 0 });
  });
});
