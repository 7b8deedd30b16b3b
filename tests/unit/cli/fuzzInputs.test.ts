// The command line given the nastiest inputs the fuzz tests found: tampered review files, inventories of
// absurd size or shape, an answers sheet with a justification too long to keep. Each ends as the contract
// says — exit 2 with one `error <code>:` line, or exit 1 with the rows it rejected — and no input changes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_COLUMNS, exportAnswers } from '../../../shared/engine/answersExchange';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { writeCsv } from '../../../shared/inventory/writeCsv';
import { fingerprint, realReviewBytes } from '../../fixtures/reviewFiles';
import { inlineCell, minimalWorkbook } from '../fuzz/storedZip';
import { loadSqlJs } from '../helpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

let folder = '';

/** The sample review with SQL applied behind the app's back, as a SQLite tool would. */
async function tamperedReview(statements: readonly string[]): Promise<Uint8Array> {
  const sql = await loadSqlJs();
  const db = new sql.Database(await realReviewBytes());
  try {
    for (const statement of statements) db.exec(statement);
    return db.export();
  } finally {
    db.close();
  }
}

const REVIEWS: Record<string, () => Promise<Uint8Array>> = {
  'a trigger hidden under an upper-case type in sqlite_master': () =>
    tamperedReview([
      'PRAGMA writable_schema = ON',
      `INSERT INTO sqlite_master VALUES ('TRIGGER', 'wipe', 'audit_log', 0,
        'CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM answer; END')`,
    ]),
  'a dropped table': () => tamperedReview(['DROP TABLE answer']),
  'a generated column that would fill memory': () =>
    tamperedReview(['ALTER TABLE system ADD COLUMN big BLOB AS (zeroblob(400000000)) VIRTUAL']),
  'a header asking for a newer file format': async () => {
    const bytes = await realReviewBytes();
    bytes[18] = 3;
    return bytes;
  },
  'a page whose free space SQLite reports over several lines': async () => {
    const bytes = await realReviewBytes();
    bytes[20] = 32;
    return bytes;
  },
};

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-fuzz-'));
  const review = await realReviewBytes();
  await writeFile(path.join(folder, 'review.charter'), review);
  for (const [index, make] of Object.values(REVIEWS).entries()) {
    await writeFile(path.join(folder, `tampered-${index}.charter`), await make());
  }
  const chatbot = `<row r="2">${inlineCell('A2', 'Chatbot')}</row>`;
  const header = `<row r="1">${inlineCell('A1', 'System name')}</row>`;
  const inventories: Record<string, string | Uint8Array> = {
    'rows.csv': `System name\n${'Chatbot\n'.repeat(200_001)}`,
    'columns.csv': `${['System name', ...Array.from({ length: 1500 }, () => 'Notes')].join(',')}\nChatbot\n`,
    'deep.json': `[{"name":"Chatbot","notes":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`,
    'merged.xlsx': minimalWorkbook(
      `<sheetData>${header}${chatbot}</sheetData><mergeCells count="1"><mergeCell ref="B1:XFD1048576"/></mergeCells>`,
    ),
    'formulas.csv': `System name,Stage,Notes\n"=cmd|' /C calc'!A0",Pilot,../../etc/passwd\nScore,Rolling out,\u202eevil\n`,
  };
  for (const [name, content] of Object.entries(inventories)) await writeFile(path.join(folder, name), content);

  // The answers sheet comes from the very review it is imported into, as `answers export` writes it.
  const engine = ReviewEngine.open(await loadSqlJs(), review).engine;
  const rows = exportAnswers(engine).map((row) => ANSWER_COLUMNS.map((column) => row[column]));
  engine.close();
  const [first] = rows;
  if (!first) throw new Error('The sample review exports no answer rows.');
  first[ANSWER_COLUMNS.indexOf('status')] = 'partial';
  first[ANSWER_COLUMNS.indexOf('justification')] = 'x'.repeat(20_001);
  await writeFile(path.join(folder, 'answers.csv'), writeCsv([[...ANSWER_COLUMNS], first]));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('charter-review on tampered review files', () => {
  for (const [index, what] of Object.keys(REVIEWS).entries()) {
    const commands = {
      info: (file: string) => ['info', file],
      validate: (file: string) => ['validate', '--json', file],
      import: (file: string) => ['import', file, 'formulas.csv'],
    };
    for (const [name, argsFor] of Object.entries(commands)) {
      it(`${name} refuses ${what}: exit 2, one error line, the file untouched`, async () => {
        const file = `tampered-${index}.charter`;
        const before = await fingerprint(path.join(folder, file));
        const run = await runCliCaptured(argsFor(file), folder);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(oneErrorLine('damaged'));
        expect(run.stderr).toContain('Nothing was changed');
        expect(await fingerprint(path.join(folder, file))).toBe(before);
      });
    }
  }
});

describe('charter-review import of absurd inventories', () => {
  for (const [file, pattern] of [
    ['rows.csv', /more than 200,000 rows/],
    ['columns.csv', /1,501 columns/],
    ['deep.json', /nested more than 50 levels deep/],
    ['merged.xlsx', /merged cells covering more than/],
  ] as const) {
    it(`refuses ${file} with exit 2 and one unreadable-inventory line, changing nothing`, async () => {
      const review = await fingerprint(path.join(folder, 'review.charter'));
      const inventory = await fingerprint(path.join(folder, file));
      const run = await runCliCaptured(['import', 'review.charter', file], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(oneErrorLine('unreadable-inventory'));
      expect(run.stderr).toMatch(pattern);
      expect(await fingerprint(path.join(folder, 'review.charter'))).toBe(review);
      expect(await fingerprint(path.join(folder, file))).toBe(inventory);
    });
  }

  it('imports formula-looking names as text and rejects the unreadable row: exit 1, the inventory untouched', async () => {
    const inventory = await fingerprint(path.join(folder, 'formulas.csv'));
    const run = await runCliCaptured(['import', 'review.charter', 'formulas.csv', '--dry-run', '--json'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { added: number; errors: { row: number; column: string }[] };
    expect(result.added).toBe(1);
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: 'Stage' })]);
    expect(await fingerprint(path.join(folder, 'formulas.csv'))).toBe(inventory);
  });
});

describe('charter-review answers import of a justification too long to keep', () => {
  it('rejects that row with exit 1 and a reason naming the row, instead of refusing the whole file', async () => {
    const answers = await fingerprint(path.join(folder, 'answers.csv'));
    const run = await runCliCaptured(['answers', 'review.charter', 'import', 'answers.csv', '--json'], folder);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { errors: { row: number; message: string }[] };
    expect(result.errors).toEqual([{ row: 2, message: expect.stringMatching(/at most 20000 are kept/) }]);
    expect(await fingerprint(path.join(folder, 'answers.csv'))).toBe(answers);
  });
});
