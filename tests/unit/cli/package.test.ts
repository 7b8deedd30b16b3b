import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs } from '../helpers';
import { fieldworkFolder, sha } from '../shared/fieldwork/fieldworkHelpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

describe('charter-review package', () => {
  it('writes an assessor package with the chosen systems and leaves the review unchanged', async () => {
    const { folder, file, a } = await fieldworkFolder();
    const before = await sha(file);
    const run = await runCliCaptured(
      ['package', file, '--systems', a, '--out', 'assessor.charter', '--by', 'M. Officer', '--json'],
      folder,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { out: string; systems: string[] };
    expect(result).toMatchObject({ out: path.join(folder, 'assessor.charter'), systems: [a] });
    const pkg = ReviewEngine.open(await loadSqlJs(), await readFile(result.out)).engine;
    expect(pkg.systems().map((s) => s.name)).toEqual(['Risk score']);
    expect(pkg.fieldworkSnapshot().package).toMatchObject({ exportedBy: 'M. Officer', systemIds: [a] });
    expect(await sha(file)).toBe(before);
  });

  it('never replaces an existing file and refuses unknown systems (exit 2, one line)', async () => {
    const { folder, file, a } = await fieldworkFolder();
    await writeFile(path.join(folder, 'taken.charter'), 'keep me');
    const exists = await runCliCaptured(['package', file, '--systems', a, '--out', 'taken.charter'], folder);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(oneErrorLine('exists'));
    expect(await readFile(path.join(folder, 'taken.charter'), 'utf8')).toBe('keep me');
    const unknown = await runCliCaptured(['package', file, '--systems', 'nope', '--out', 'x.charter'], folder);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(oneErrorLine('no-systems'));
    const missing = await runCliCaptured(['package', file, '--out', 'x.charter'], folder);
    expect(missing.stderr).toMatch(oneErrorLine('usage'));
  });
});
