import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { sha256Hex } from '../../../shared/engine/hash';
import { compareRounds, roundOf } from '../../../shared/fieldwork/compareRounds';
import { reportText } from '../../../shared/reports';
import { loadSqlJs } from '../helpers';
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

  it('adds "Progress since last review" with --compare, reading last round without changing it', async () => {
    // This round: the sample review with one answer of the first system made compliant.
    const next = ReviewEngine.open(await loadSqlJs(), original).engine;
    const systemId = next.systems()[0]?.id ?? '';
    next.dispatch({
      type: 'setAnswers',
      answers: [{ systemId, itemId: 'cepej-charter-2018/p2.2', status: 'compliant', justification: '' }],
    });
    await writeFile(path.join(folder, 'court-next.charter'), next.export());
    const older = ReviewEngine.open(await loadSqlJs(), original).engine;
    const expected = compareRounds(roundOf(older), roundOf(next));
    older.close();
    next.close();

    const run = await runCliCaptured(
      ['report', 'court-next.charter', '--out', 'progress.docx', '--system', systemId, '--compare', 'court.charter'],
      folder,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parts = await readDocx(await readFile(path.join(folder, 'progress.docx')));
    expect(parts.paragraphs).toContain('Progress since last review');
    const text = reportText('en');
    const changes = expected.systems.find((system) => system.newId === systemId)?.changes ?? [];
    expect(changes).toHaveLength(1);
    const rows = parts.tables.flat();
    for (const change of changes) {
      const row = rows.find(
        (cells) => cells[0] === 'P2.2' && cells.length === 4 && cells[3] === text.status[change.to],
      );
      expect(row?.[2]).toBe(text.status[change.from]);
    }
    expect(rows.find((row) => row[0] === 'SHA-256 of the previous file')?.[1]).toBe(sha256Hex(original));
    expect(new Uint8Array(await readFile(review))).toEqual(original);
  }, 120_000);

  it('refuses a damaged previous round with exit 2 and writes nothing', async () => {
    await writeFile(path.join(folder, 'damaged.charter'), original.slice(0, 8192));
    const run = await runCliCaptured(
      ['report', review, '--out', 'damaged-progress.docx', '--compare', 'damaged.charter'],
      folder,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine('damaged'));
    expect(run.stderr).toContain('damaged.charter');
    await expect(stat(path.join(folder, 'damaged-progress.docx'))).rejects.toMatchObject({ code: 'ENOENT' });
    const missing = await runCliCaptured(['report', review, '--out', 'x.docx', '--compare', 'nowhere.charter'], folder);
    expect(missing.stderr).toMatch(oneErrorLine('not-found'));
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
