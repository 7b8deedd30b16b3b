// `charter-review import-review`: a JSON export becomes a new review file identical to the exported one;
// a bad export, or a file already in the way, is refused with one error line and nothing is written.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newReview } from '../helpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder = '';
let exported = '';

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-import-review-'));
  const engine = await newReview('Appeal courts');
  const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
  engine.dispatch({
    type: 'setAnswer',
    systemId,
    itemId: 'cepej-charter-2018/p1.1',
    status: 'partial',
    justification: 'Civil only',
  });
  engine.dispatch({ type: 'addEvidence', systemId, name: 'log.txt', content: new TextEncoder().encode('log') });
  await writeFile(path.join(folder, 'appeal.charter'), engine.export());
  engine.close();
  const run = await runCliCaptured(['export', 'appeal.charter', '--out', 'appeal.json'], folder);
  expect(run.code).toBe(0);
  exported = await readFile(path.join(folder, 'appeal.json'), 'utf8');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('charter-review import-review', () => {
  it('creates a review identical to the exported one, which exports to the same bytes', async () => {
    const run = await runCliCaptured(['import-review', 'appeal.json', '--into', 'copy.charter', '--json'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ out: path.join(folder, 'copy.charter'), title: 'Appeal courts', formatVersion: 1 });
    expect(result.tables).toMatchObject({ systems: 1, answers: 1, evidence: 1 });

    const original = JSON.parse((await runCliCaptured(['info', 'appeal.charter', '--json'], folder)).stdout) as unknown;
    const copy = JSON.parse((await runCliCaptured(['info', 'copy.charter', '--json'], folder)).stdout) as unknown;
    expect(copy).toEqual({ ...(original as Record<string, unknown>), file: path.join(folder, 'copy.charter') });
    expect((await runCliCaptured(['export', 'copy.charter', '--out', 'again.json'], folder)).code).toBe(0);
    expect(await readFile(path.join(folder, 'again.json'), 'utf8')).toBe(exported);
  });

  it('never replaces an existing file', async () => {
    await writeFile(path.join(folder, 'taken.charter'), 'mine');
    const run = await runCliCaptured(['import-review', 'appeal.json', '--into', 'taken.charter'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine('exists'));
    expect(await readFile(path.join(folder, 'taken.charter'), 'utf8')).toBe('mine');
  });

  it('refuses a bad export with its code and the path in the document, and writes nothing', async () => {
    const document = JSON.parse(exported) as Record<string, unknown> & {
      systems: Record<string, unknown>[];
      evidence: Record<string, unknown>[];
    };
    const cases: [string, string, RegExp][] = [
      ['newer.json', JSON.stringify({ ...document, formatVersion: 7 }), /format version 7/],
      [
        'missing.json',
        JSON.stringify({ ...document, systems: [{ ...document.systems[0], name: undefined }] }),
        /systems\[0\]\.name is missing/,
      ],
      [
        'hash.json',
        JSON.stringify({ ...document, evidence: [{ ...document.evidence[0], sha256: '0'.repeat(64) }] }),
        /evidence\[0\]\.sha256/,
      ],
      ['cut.json', exported.slice(0, 500), /is not JSON/],
    ];
    const codes = ['newer-version', 'invalid-export', 'damaged', 'not-an-export'];
    for (const [index, [name, text, message]] of cases.entries()) {
      await writeFile(path.join(folder, name), text);
      const run = await runCliCaptured(['import-review', name, '--into', `${name}.charter`], folder);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(oneErrorLine(codes[index] ?? ''));
      expect(run.stderr, name).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect((await readdir(folder)).filter((f) => f.endsWith('.json.charter'))).toEqual([]);
  });

  it('says what is missing from the command line, and when the export is not there', async () => {
    const noInto = await runCliCaptured(['import-review', 'appeal.json'], folder);
    expect(noInto.stderr).toMatch(oneErrorLine('usage'));
    const absent = await runCliCaptured(['import-review', 'absent.json', '--into', 'x.charter'], folder);
    expect(absent.stderr).toMatch(oneErrorLine('not-found'));
  });
});
