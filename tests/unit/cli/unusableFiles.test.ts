import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type UnusableReviewFile, fingerprint, writeUnusableReviewFiles } from '../../fixtures/reviewFiles';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder = '';
let files: UnusableReviewFile[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-unusable-'));
  files = await writeUnusableReviewFiles(folder);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const COMMANDS = [['info'], ['info', '--json'], ['validate'], ['validate', '--json']];
const KINDS = ['empty', 'random', 'contacts', 'truncated', 'newer', 'missing'];

describe('a file that is not a usable review', () => {
  it('covers every kind of unusable file the contract names', () => {
    expect(files.map((f) => path.basename(f.path).split('.')[0])).toEqual(KINDS);
    expect(files.map((f) => f.expectedCode)).toEqual([
      'empty',
      'not-a-review',
      'not-a-review',
      'damaged',
      'newer-version',
      'not-found',
    ]);
  });

  for (const [index, kind] of KINDS.entries()) {
    for (const command of COMMANDS) {
      it(`${command.join(' ')} on the "${kind}" fixture exits 2 with one error line and leaves the file untouched`, async () => {
        const file = files[index];
        if (!file) throw new Error(`fixture ${kind} was not written`);
        const before = await fingerprint(file.path);

        const run = await runCliCaptured([...command, file.path], folder);

        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(oneErrorLine(file.expectedCode));
        expect(run.stderr).toContain('Nothing was changed');
        expect(await fingerprint(file.path)).toBe(before);
      });
    }
  }

  it('names the file in the sentence, as the person typed it', async () => {
    const run = await runCliCaptured(['info', 'truncated.charter'], folder);
    expect(run.stderr).toMatch(/^error damaged: Could not open truncated\.charter\. This review file is damaged/);
    const missing = await runCliCaptured(['info', 'nowhere/missing.charter'], folder);
    expect(missing.stderr).toMatch(/^error not-found: There is no file at nowhere\/missing\.charter\./);
  });

  it('refuses a folder given where a review file is expected', async () => {
    const directory = path.join(folder, 'looks-like-a-review.charter');
    await mkdir(directory);
    const run = await runCliCaptured(['validate', '--json', directory], folder);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(oneErrorLine('not-a-review'));
    expect(run.stderr).toContain('is a folder');
  });

  it('says which schema the newer file needs, so the person knows to update', async () => {
    const run = await runCliCaptured(['info', 'newer.charter'], folder);
    expect(run.stderr).toMatch(/schema \d+/);
    expect(run.stderr).toMatch(/Update the app/);
  });
});
