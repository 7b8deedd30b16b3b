// Answers spreadsheets that came back wrong: rows for systems and items that do not exist, status words
// nobody uses, justifications too long to keep, broken quoting and encodings. Reading and planning end in a
// plan with per-row errors or a classified error; a plan is then always accepted by the engine as it stands.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ANSWER_COLUMNS,
  exportAnswers,
  planAnswersImport,
  readAnswersTable,
} from '../../../shared/engine/answersExchange';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { InventoryImportError } from '../../../shared/inventory';
import { writeCsv } from '../../../shared/inventory/writeCsv';
import { fixedClock, loadSqlJs } from '../helpers';
import {
  FUZZ_TEST_TIMEOUT_MS,
  describeThrown,
  expectSentenceForPerson,
  fc,
  fuzzRun,
  hangGuard,
  sampleReviewBytes,
} from './fuzzSupport';
import { FILE_ERROR_CODES } from './inventorySupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

let engine: ReviewEngine;
/** The sample review's answers as the CLI exports them: the file a person edits and imports again. */
let exported: string[][];

beforeAll(async () => {
  hangGuard.start();
  engine = ReviewEngine.open(await loadSqlJs(), await sampleReviewBytes(), { now: fixedClock() }).engine;
  exported = exportAnswers(engine).map((row) => ANSWER_COLUMNS.map((column) => row[column]));
});
afterAll(async () => {
  engine.close();
  await hangGuard.stop();
});

/** Reads, plans and applies like `answers import`; anything but a classified outcome fails the case. */
async function importAnswers(bytes: Uint8Array, fileName: string, label: string) {
  const before = bytes.slice();
  const outcome = await hangGuard.runAsync(label, async () => {
    let table;
    try {
      ({ table } = await readAnswersTable(bytes, fileName));
    } catch (error) {
      if (!(error instanceof InventoryImportError)) throw new Error(`Reading failed with ${describeThrown(error)}`);
      expect(FILE_ERROR_CODES).toContain(error.code);
      expectSentenceForPerson(error.message);
      return { read: false as const };
    }
    const plan = planAnswersImport(table, engine);
    for (const error of plan.errors) expect(error.message.length).toBeGreaterThan(10);
    // What the plan keeps must be accepted as it stands: a refusal here would reject the whole file.
    if (plan.answers.length > 0) engine.dispatch({ type: 'setAnswers', answers: plan.answers, source: fileName });
    return { read: true as const, plan };
  });
  expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
  return outcome;
}

const STATUS_WORDS = ['compliant', 'Partial', 'NON CONFORME', 'n/a', 'sans objet', 'maybe', '', '=1+1', '\u0000'];
const JUSTIFICATIONS = ['', 'Checked.', 'Ligne 1\nLigne 2', '\u202eevil', 'x'.repeat(20_000), 'x'.repeat(20_001)];

describe('importing answers spreadsheets that came back wrong', () => {
  it('edited exports (cells changed, rows invented, columns dropped) are planned with row errors', async () => {
    const run = fuzzRun('edited answers CSV', 150);
    const edit = fc.record({
      row: fc.nat(),
      column: fc.nat(ANSWER_COLUMNS.length - 1),
      value: fc.oneof(
        fc.constantFrom(...STATUS_WORDS, ...JUSTIFICATIONS, 'ghost-system', 'cepej-charter-2018/p99.9', '../../x'),
        fc.string({ maxLength: 20 }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { maxLength: 8 }),
        fc.subarray([...ANSWER_COLUMNS.keys()], { minLength: 0 }),
        fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'),
        async (edits, keptColumns, delimiter) => {
          const rows = exported.slice(0, 30).map((row) => [...row]);
          for (const { row, column, value } of edits) {
            const target = rows[row % Math.max(1, rows.length)];
            if (target) target[column] = value;
          }
          const columns = keptColumns.length > 0 ? keptColumns : [...ANSWER_COLUMNS.keys()];
          const pick = (cells: readonly string[]) => columns.map((index) => cells[index] ?? '');
          const text = writeCsv([pick([...ANSWER_COLUMNS]), ...rows.map(pick)], { delimiter, bom: true });
          await importAnswers(new TextEncoder().encode(text), 'answers.csv', run.label(text.slice(0, 600)));
        },
      ),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('an export with bytes flipped, cut or NULs put in is planned or refused with a reason', async () => {
    const good = new TextEncoder().encode(writeCsv([[...ANSWER_COLUMNS], ...exported.slice(0, 20)], { bom: true }));
    const run = fuzzRun('mutated answers CSV', 150);
    const mutation = fc.record({
      kind: fc.constantFrom('flip', 'cut', 'nul', 'quote'),
      at: fc.nat(),
      value: fc.nat(255),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        let bytes = good.slice();
        for (const m of mutations) {
          if (bytes.length === 0) break;
          const at = m.at % bytes.length;
          if (m.kind === 'cut') bytes = bytes.slice(0, at);
          else bytes[at] = m.kind === 'flip' ? m.value : m.kind === 'nul' ? 0 : 0x22;
        }
        await importAnswers(bytes, 'answers.csv', run.label(JSON.stringify(mutations)));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('rejects a justification longer than an answer keeps on its row, and imports the other rows', async () => {
    const [first, second] = exported;
    if (!first || !second) throw new Error('The sample review has fewer than two answers to export.');
    const long = [...first];
    long[ANSWER_COLUMNS.indexOf('status')] = 'partial';
    long[ANSWER_COLUMNS.indexOf('justification')] = 'x'.repeat(20_001);
    const fine = [...second];
    fine[ANSWER_COLUMNS.indexOf('status')] = 'non_compliant';
    fine[ANSWER_COLUMNS.indexOf('justification')] = 'No appeal route yet.';
    const text = writeCsv([[...ANSWER_COLUMNS], long, fine]);
    const outcome = await importAnswers(new TextEncoder().encode(text), 'answers.csv', 'one justification too long');
    expect(outcome.read).toBe(true);
    if (outcome.read) {
      expect(outcome.plan.errors).toEqual([
        {
          row: 2,
          message: expect.stringMatching(/20001 characters; at most 20000/),
          code: 'justification-too-long',
          values: { length: 20001, maximum: 20000 },
        },
      ]);
      expect(outcome.plan.answers).toHaveLength(1);
    }
  });
});
