// `charter-review export`: a whole review to open JSON or to an Excel workbook, through the CLI contract
// (exit codes, one-line errors, --json shape), without ever touching the review file or replacing one.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder = '';
let file = '';
let systemId = '';

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-export-'));
  file = path.join(folder, 'court.charter');
  const engine = await newReview('Court 2026');
  systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
  engine.dispatch({ type: 'addSystem', attributes: { name: 'Triage' } });
  engine.dispatch({ type: 'setAnswer', systemId, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
  engine.dispatch({
    type: 'addEvidence',
    systemId,
    name: 'policy.pdf',
    mediaType: 'application/pdf',
    content: new Uint8Array([1, 2, 3]),
  });
  await writeFile(file, engine.export());
  engine.close();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sha = async (target: string) =>
  createHash('sha256')
    .update(await readFile(target))
    .digest('hex');

describe('charter-review export', () => {
  it('--format json writes the documented format and prints { out, … } without touching the review', async () => {
    const before = await sha(file);
    const run = await runCliCaptured(['export', file, '--format', 'json', '--out', 'court.json', '--json'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    const out = path.join(folder, 'court.json');
    expect(result).toMatchObject({ out, format: 'json', formatVersion: 1, sha256: await sha(out) });
    expect(result.tables).toMatchObject({ systems: 2, answers: 1, evidence: 1 });
    const document = JSON.parse(await readFile(out, 'utf8')) as { formatVersion: number; systems: { name: string }[] };
    expect(document.formatVersion).toBe(1);
    expect(document.systems.map((s) => s.name)).toEqual(['Transcription', 'Triage']);
    expect(await sha(file)).toBe(before);
  });

  it('--format xlsx writes the five sheets; the format may come from the --out extension', async () => {
    const run = await runCliCaptured(['export', file, '--out', 'court.xlsx', '--json'], folder);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { format: string; sheets: { name: string; rows: number }[] };
    expect(result.format).toBe('xlsx');
    expect(result.sheets.map((s) => s.name)).toEqual(['Inventory', 'Answers', 'Findings', 'Actions', 'Scores']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path.join(folder, 'court.xlsx'))).buffer as ArrayBuffer);
    expect(workbook.getWorksheet('Inventory')?.actualRowCount).toBe(3);
    expect(result.sheets.find((s) => s.name === 'Inventory')?.rows).toBe(2);
  });

  it('an exported workbook, edited, comes back through answers import with only the edited row applied', async () => {
    await runCliCaptured(['export', file, '--out', 'court.xlsx'], folder);
    const workbook = new ExcelJS.Workbook();
    const xlsx = path.join(folder, 'court.xlsx');
    await workbook.xlsx.load((await readFile(xlsx)).buffer as ArrayBuffer);
    const answers = workbook.getWorksheet('Answers');
    answers?.eachRow((row) => {
      if (row.getCell(1).value === systemId && row.getCell(5).value === 'cepej-charter-2018/p2.1') {
        row.getCell(7).value = 'non_compliant';
        row.getCell(8).value = 'No bias test';
      }
    });
    await workbook.xlsx.writeFile(xlsx);
    const run = await runCliCaptured(['answers', file, 'import', 'court.xlsx', '--json'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as { rowsRead: number; applied: number; unchanged: number };
    expect(result.applied).toBe(1);
    expect(result.unchanged).toBe(result.rowsRead - 1);
    const { engine } = ReviewEngine.open(await loadSqlJs(), await readFile(file));
    const item = engine
      .checklist(systemId)
      .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))
      .find((i) => i.id === 'cepej-charter-2018/p2.1');
    expect(item).toMatchObject({ status: 'non_compliant', justification: 'No bias test' });
    engine.close();
  });

  it('replaces an earlier export but never a review file', async () => {
    await writeFile(path.join(folder, 'old.json'), 'old');
    expect((await runCliCaptured(['export', file, '--out', 'old.json'], folder)).code).toBe(0);
    expect(await readFile(path.join(folder, 'old.json'), 'utf8')).toMatch(/^\{\n {2}"format"/);

    const before = await sha(file);
    const other = path.join(folder, 'other.charter');
    await writeFile(other, await readFile(file));
    for (const target of ['court.charter', 'other.charter']) {
      const run = await runCliCaptured(['export', file, '--format', 'json', '--out', target], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(oneErrorLine('exists'));
    }
    expect(await sha(file)).toBe(before);
    expect(await sha(other)).toBe(before);
  });

  it('refuses unclear arguments and unusable reviews with the contract codes', async () => {
    const cases: [string[], string][] = [
      [['export', file, '--out', 'court.txt'], 'usage'],
      [['export', file, '--format', 'json', '--out', 'court.xlsx'], 'usage'],
      [['export', file, '--format', 'pdf', '--out', 'court.pdf'], 'usage'],
      [['export', file, '--format', 'json'], 'usage'],
      [['export', 'missing.charter', '--out', 'x.json'], 'not-found'],
      [['export', file, '--out', path.join('no-folder', 'x.json')], 'not-found'],
    ];
    for (const [argv, code] of cases) {
      const run = await runCliCaptured(argv, folder);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(oneErrorLine(code));
      expect(run.stdout).toBe('');
    }
  });
});
