import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { fingerprint } from '../../fixtures/reviewFiles';
import { newReview } from '../helpers';
import { runCliCaptured } from './runCliCaptured';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-validate-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function save(engine: ReviewEngine, name: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, engine.export());
  engine.close();
  return file;
}

interface ValidateJson {
  ok: boolean;
  problems: { code: string; message: string; systemId?: string; itemId?: string }[];
}

describe('charter-review validate', () => {
  it('finds no problem in a freshly created review', async () => {
    await runCliCaptured(['create', 'fresh.charter', '--title', 'Fresh'], folder);
    const run = await runCliCaptured(['validate', 'fresh.charter', '--json'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, problems: [] });

    const human = await runCliCaptured(['validate', 'fresh.charter'], folder);
    expect(human.stdout).toBe('fresh.charter: no problems found.\n');
  });

  it('reports a non-compliant answer without justification, naming the system and the item, with exit 1', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Sentencing support' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'non_compliant' });
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: 'cepej-charter-2018/p2.1',
      status: 'partial',
      justification: 'Explained.',
    });
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p3.1', status: 'compliant' });
    const file = await save(engine, 'gaps.charter');
    const before = await fingerprint(file);

    const run = await runCliCaptured(['validate', '--json', file], folder);

    expect(run).toMatchObject({ code: 1, stderr: '' });
    const result = JSON.parse(run.stdout) as ValidateJson;
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'missing-justification',
      systemId,
      itemId: 'cepej-charter-2018/p1.1',
    });
    expect(result.problems[0]?.message).toContain('Sentencing support');
    expect(result.problems[0]?.message).toContain('cepej-charter-2018/p1.1');
    expect(await fingerprint(file)).toBe(before);

    const human = await runCliCaptured(['validate', file], folder);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(
      /1 problem found\.\n {2}missing-justification: System "Sentencing support", item cepej-charter-2018\/p1\.1/,
    );
  });

  it('reports two systems with the same name once', async () => {
    const engine = await newReview();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } });
    engine.dispatch({ type: 'addSystem', attributes: { name: 'chatbot ' } });
    const run = await runCliCaptured(['validate', '--json', await save(engine, 'dupes.charter')], folder);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as ValidateJson;
    expect(result.problems.map((p) => p.code)).toEqual(['duplicate-system-name']);
  });
});
