import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/engine/hash';
import { STAFF, readDocx, sampleReview, textOf } from '../shared/reports/reportFixtures';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder: string;
let review: string;
let original: Uint8Array;

beforeAll(async () => {
  const { engine } = await sampleReview();
  folder = await mkdtemp(path.join(tmpdir(), 'charter-report-cli-'));
  review = path.join(folder, 'court.charter');
  original = engine.export();
  await writeFile(review, original);
});

describe('charter-review report', () => {
  it('writes the portfolio report and prints { out, pages?, systems }', async () => {
    const run = await runCliCaptured(['report', 'court.charter', '--out', 'portfolio.docx', '--json'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { out: string; pages?: number; systems: number };
    expect(result.out).toBe(path.join(folder, 'portfolio.docx'));
    expect(result.systems).toBe(3);
    expect(result.pages).toBeGreaterThan(5);
    const parts = await readDocx(await readFile(result.out));
    expect(parts.paragraphs).toContain('Heat map of scores by principle');
    // The cover names the file as given and its fingerprint as on disk.
    expect(parts.tables.flat().find((row) => row[0] === 'SHA-256 of the review file')?.[1]).toBe(sha256Hex(original));
    expect(new Uint8Array(await readFile(review))).toEqual(original);
  }, 120_000);

  it('reports on one system named by its name, in French, anonymised', async () => {
    const run = await runCliCaptured(
      [
        'report',
        review,
        '--out',
        'transcription.docx',
        '--system',
        'hearing TRANSCRIPTION',
        '--lang',
        'fr',
        '--anonymise',
      ],
      folder,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/system report on Hearing transcription/);
    const parts = await readDocx(await readFile(path.join(folder, 'transcription.docx')));
    expect(parts.paragraphs).toContain('Résultats par principe');
    const text = textOf(parts.document) + parts.core;
    for (const name of Object.values(STAFF)) expect(text).not.toContain(name);
  }, 120_000);

  it('takes the checklist, evidence and not-applicable options', async () => {
    const run = await runCliCaptured(
      [
        'report',
        review,
        '--out',
        'charter-only.docx',
        '--system',
        'Hearing transcription',
        '--framework',
        'cepej-charter-2018',
        '--include-na',
        '--no-evidence',
      ],
      folder,
    );
    expect(run.code).toBe(0);
    const parts = await readDocx(await readFile(path.join(folder, 'charter-only.docx')));
    expect(parts.paragraphs).not.toContain('Evidence');
    expect(parts.document).not.toContain('Fundamental rights impact assessment');
    expect(parts.tables.flat().some((row) => row[2] === 'Does not apply')).toBe(true);
  }, 120_000);

  it('refuses a system that is not in the review, with exit 2 and nothing written', async () => {
    const run = await runCliCaptured(['report', review, '--out', 'none.docx', '--system', 'Chatbot'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine('unknown-system'));
    await expect(stat(path.join(folder, 'none.docx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never writes over the review it reads, nor over another review file', async () => {
    const same = await runCliCaptured(['report', review, '--out', review], folder);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^error (usage|exists): /);
    const other = path.join(folder, 'other.docx');
    await writeFile(other, original);
    const run = await runCliCaptured(['report', review, '--out', other], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine('exists'));
    expect(new Uint8Array(await readFile(other))).toEqual(original);
    expect(new Uint8Array(await readFile(review))).toEqual(original);
  }, 120_000);

  it('says what is wrong with the command line', async () => {
    const noOut = await runCliCaptured(['report', review], folder);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(oneErrorLine('usage'));
    const badLanguage = await runCliCaptured(['report', review, '--out', 'x.docx', '--lang', 'de'], folder);
    expect(badLanguage.stderr).toMatch(/^error usage: --lang takes en or fr\./);
    const notDocx = await runCliCaptured(['report', review, '--out', 'x.pdf'], folder);
    expect(notDocx.stderr).toMatch(/^error usage: --out must name a Word file/);
    const unknownChecklist = await runCliCaptured(
      ['report', review, '--out', 'x.docx', '--framework', 'unesco'],
      folder,
    );
    expect(unknownChecklist.stderr).toMatch(oneErrorLine('unknown-framework'));
  }, 120_000);

  it('refuses input that is not a review, writing nothing', async () => {
    const notReview = path.join(folder, 'notes.charter');
    await writeFile(notReview, 'just some notes');
    const run = await runCliCaptured(['report', notReview, '--out', 'notes.docx'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine('not-a-review'));
    await expect(stat(path.join(folder, 'notes.docx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
