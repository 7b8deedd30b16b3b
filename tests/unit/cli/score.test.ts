import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newReview } from '../helpers';
import { runCliCaptured } from './runCliCaptured';

describe('charter-review score', () => {
  it('reports the same figures as the engine, with the contract keys', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: 'cepej-charter-2018/p1.3',
      status: 'partial',
      justification: 'x',
    });
    const folder = await mkdtemp(path.join(tmpdir(), 'charter-score-'));
    const file = path.join(folder, 'review.charter');
    await writeFile(file, engine.export());

    const run = await runCliCaptured(['score', file, '--json'], folder);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      systems: {
        id: string;
        name: string;
        principles: { id: string; score: number | null; coverage: number | null }[];
      }[];
      portfolio: { counts: Record<string, number>; principles: { id: string; score: number | null }[] };
    };
    const expected = engine.scores();
    expect(result.systems).toHaveLength(1);
    expect(result.systems[0]).toMatchObject({ id: systemId, name: 'Chatbot' });
    expect(result.systems[0]?.principles.find((p) => p.id === 'cepej-charter-2018/p1')?.score).toBe(75);
    expect(result.systems[0]?.principles.map((p) => [p.id, p.score, p.coverage])).toEqual(
      expected.systems[0]?.principles.map((p) => [p.id, p.score, p.coverage]),
    );
    expect(result.portfolio.counts).toEqual(expected.portfolio.overall.counts);
  });
});
