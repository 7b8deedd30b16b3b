import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/db/schema';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { DEFAULT_FRAMEWORK_IDS, builtInFramework, builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { fingerprint } from '../../fixtures/reviewFiles';
import { loadSqlJs } from '../helpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-create-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('charter-review create', () => {
  it('creates a review that info then describes with the contract shape and zero counts', async () => {
    const created = await runCliCaptured(
      [
        'create',
        'Supreme Court 2026.charter',
        '--title',
        'Supreme Court 2026',
        '--organisation',
        'Supreme Court',
        '--json',
      ],
      folder,
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const createdJson: unknown = JSON.parse(created.stdout);
    const file = path.join(folder, 'Supreme Court 2026.charter');
    expect(createdJson).toEqual({ file, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const info = await runCliCaptured(['info', '--json', file], folder);
    expect(info).toMatchObject({ code: 0, stderr: '' });
    const document: unknown = JSON.parse(info.stdout);
    const defaults = DEFAULT_FRAMEWORK_IDS.map((id) => ({ id, version: builtInFramework(id)?.version }));
    expect(document).toMatchObject({
      title: 'Supreme Court 2026',
      organisation: 'Supreme Court',
      id: (createdJson as { id: string }).id,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      frameworks: defaults,
      systems: 0,
      answers: { compliant: 0, partial: 0, non_compliant: 0, not_applicable: 0, not_reviewed: 0 },
    });
  });

  it('counts answers in info after systems were reviewed', async () => {
    await runCliCaptured(['create', 'r.charter', '--title', 'Round 1'], folder);
    const file = path.join(folder, 'r.charter');
    const engine = ReviewEngine.open(await loadSqlJs(), await readFile(file)).engine;
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: 'cepej-charter-2018/p2.1',
      status: 'partial',
      justification: 'Civil only.',
    });
    const applicable = engine.systems()[0]?.applicableItems ?? 0;
    await writeFile(file, engine.export());
    engine.close();

    const info = JSON.parse((await runCliCaptured(['info', file, '--json'], folder)).stdout) as Record<string, unknown>;
    expect(info.systems).toBe(1);
    expect(info.answers).toEqual({
      compliant: 1,
      partial: 1,
      non_compliant: 0,
      not_applicable: 0,
      not_reviewed: applicable - 2,
    });
    expect(info.auditEntries).toBe(3);
  });

  it('prints a short human line without --json', async () => {
    const run = await runCliCaptured(['create', 'a.charter', '--title', 'Family courts'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Created .*a\.charter: "Family courts" with [a-z0-9-]+ [\d.]+(, [a-z0-9-]+ [\d.]+)*\.\n$/,
    );
  });

  it('refuses to overwrite an existing file and leaves it byte for byte as it was', async () => {
    const file = path.join(folder, 'existing.charter');
    await writeFile(file, "the only copy of last year's review");
    const before = await fingerprint(file);

    const run = await runCliCaptured(['create', file, '--title', 'New', '--json'], folder);

    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(oneErrorLine('exists'));
    expect(await fingerprint(file)).toBe(before);
    expect(await readdir(folder)).toEqual(['existing.charter']);
  });

  it('refuses an unknown framework, names the known ones and writes nothing', async () => {
    const run = await runCliCaptured(['create', 'x.charter', '--title', 'T', '--framework', 'gdpr-2016'], folder);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(oneErrorLine('usage'));
    expect(run.stderr).toContain('"gdpr-2016"');
    for (const framework of builtInFrameworks()) expect(run.stderr).toContain(framework.id);
    expect(await readdir(folder)).toEqual([]);
  });

  it('embeds each chosen framework once, in the order given', async () => {
    const ids = builtInFrameworks()
      .map((f) => f.id)
      .reverse();
    const repeated = ids.flatMap((id) => ['--framework', id, '--framework', id]);
    const run = await runCliCaptured(['create', 'x.charter', '--title', 'T', ...repeated], folder);
    expect(run.code).toBe(0);
    const info = JSON.parse((await runCliCaptured(['info', 'x.charter', '--json'], folder)).stdout) as {
      frameworks: { id: string }[];
    };
    expect(info.frameworks.map((f) => f.id)).toEqual(ids);
  });

  it('requires a title that is not blank', async () => {
    for (const args of [
      ['create', 'x.charter'],
      ['create', 'x.charter', '--title', '   '],
    ]) {
      const run = await runCliCaptured(args, folder);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(oneErrorLine('usage'));
      expect(run.stderr).toMatch(/title/);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('says so when the folder does not exist, and writes nothing', async () => {
    const run = await runCliCaptured(
      ['create', path.join('no', 'such', 'folder', 'x.charter'), '--title', 'T'],
      folder,
    );
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(oneErrorLine('not-found'));
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no temporary file behind next to the new review', async () => {
    await runCliCaptured(['create', 'clean.charter', '--title', 'T'], folder);
    expect(await readdir(folder)).toEqual(['clean.charter']);
  });
});
