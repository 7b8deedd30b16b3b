// What the fuzz tests share: bounded, reproducible runs; a review file made by the engine to mutate; and
// the checks every refusal must pass (a contract code, and a sentence a person can act on).
import fc from 'fast-check';
import { expect } from 'vitest';
import { findReviewProblems } from '../../../cli/findReviewProblems';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { CommandError, ReviewFileError, type ReviewFileErrorCode } from '../../../shared/errors';
import { builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { fixedClock, loadSqlJs } from '../helpers';
import { HangGuard } from './hangGuard';

export { fc };

/** FUZZ_RUNS_SCALE=10 runs ten times as many cases locally; FUZZ_SEED replays a reported run. */
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? '1') || 1;
const FIXED_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

export interface FuzzRun {
  numRuns: number;
  seed: number;
  /** Names a case in the hang guard's message: the property, the seed that replays it, and its number. */
  label(what: string): string;
}

/** Parameters for one fc.assert: the seed is chosen here so the hang guard can name it too. */
export function fuzzRun(property: string, numRuns: number): FuzzRun {
  const seed = FIXED_SEED ?? Math.floor(Math.random() * 0x7fffffff);
  let index = 0;
  return {
    numRuns: Math.max(1, Math.round(numRuns * SCALE)),
    seed,
    label: (what) => {
      index += 1;
      return `${property} — FUZZ_SEED=${seed}, case ${index}: ${what.slice(0, 1500)}`;
    },
  };
}

export const hangGuard = new HangGuard();

/**
 * A whole property may take several seconds on a slow machine; a hang is caught per case by the hang guard,
 * so the test's own limit only has to be generous.
 */
export const FUZZ_TEST_TIMEOUT_MS = 120_000;

export const REVIEW_FILE_CODES: readonly ReviewFileErrorCode[] = [
  'not-found',
  'empty',
  'not-a-review',
  'damaged',
  'newer-version',
  'locked',
];

/** What a JavaScript bug says, which means nothing to the person reading the message. */
export const JAVASCRIPT_INTERNALS =
  /Cannot read propert|is not a function|is not defined|is not iterable|\[object |undefined is|null is|Maximum call stack/;

/**
 * A message a person can act on: one line, plain sentences, not a stack trace or a dump of the input,
 * and it says that nothing was changed.
 */
export function expectSentenceForPerson(message: string, options: { nothingChanged?: boolean } = {}): void {
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.length).toBeGreaterThan(20);
  expect(message.length).toBeLessThanOrEqual(800);
  expect(message).toMatch(/^\S/);
  expect(message).toMatch(/[.!)]$/);
  expect(message).not.toMatch(/\bat .+:\d+:\d+\)?/);
  expect(message).not.toMatch(JAVASCRIPT_INTERNALS);
  if (options.nothingChanged ?? true) expect(message).toMatch(/Nothing was (changed|imported|added)/);
}

/** The refusal every unusable review file must end in: a ReviewFileError with a contract code and a sentence. */
export function expectClassifiedRefusal(error: unknown): asserts error is ReviewFileError {
  if (!(error instanceof ReviewFileError)) {
    throw new Error(`Expected a ReviewFileError, got ${describeThrown(error)}`);
  }
  expect(REVIEW_FILE_CODES).toContain(error.code);
  expectSentenceForPerson(error.message);
}

export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`;
  return String(error).slice(0, 300);
}

export type OpenOutcome = { opened: true; steps: string[] } | { opened: false; error: ReviewFileError };

/**
 * Opens bytes the way the app does and, if they open, uses the review the way a person would in the first
 * minute: summary, inventory, every checklist, scores, validation, one answer, saving and opening the save.
 * Anything thrown that is not a classified refusal fails the case.
 */
export function openAndUse(sql: Awaited<ReturnType<typeof loadSqlJs>>, bytes: Uint8Array): OpenOutcome {
  let engine: ReviewEngine;
  try {
    engine = ReviewEngine.open(sql, bytes, { now: fixedClock() }).engine;
  } catch (error) {
    expectClassifiedRefusal(error);
    return { opened: false, error };
  }
  const steps: string[] = [];
  try {
    engine.info();
    steps.push('info');
    const systems = engine.systems();
    steps.push('systems');
    let firstItem: string | undefined;
    for (const system of systems) {
      const checklist = engine.checklist(system.id);
      firstItem ??= checklist.frameworks[0]?.principles[0]?.items[0]?.id;
    }
    steps.push('checklist');
    engine.scores();
    steps.push('scores');
    findReviewProblems(engine);
    steps.push('validate');
    const system = systems[0];
    if (system && firstItem) {
      try {
        engine.dispatch(
          { type: 'setAnswer', systemId: system.id, itemId: firstItem, status: 'partial', justification: 'Fuzz.' },
          'Fuzzer',
        );
      } catch (error) {
        // A refusal with a reason is a fine answer to a strange file; anything else is not.
        if (!(error instanceof CommandError)) throw error;
        expectSentenceForPerson(error.message, { nothingChanged: false });
      }
    }
    steps.push('setAnswer');
    const saved = engine.export();
    steps.push('export');
    ReviewEngine.open(sql, saved).engine.close();
    steps.push('reopen');
  } catch (error) {
    throw new Error(`The file opened, but using it failed after [${steps.join(', ')}] with ${describeThrown(error)}`, {
      cause: error,
    });
  } finally {
    engine.close();
  }
  return { opened: true, steps };
}

let sample: Promise<Uint8Array> | undefined;

/**
 * A review with a bit of everything the schema holds — systems with custom fields and lists, answers with
 * justifications, an applicability override, a finding with an action, evidence, a sign-off, an Appendix IV
 * level — so that mutations land in every table. Made by the engine, so it follows the schema as it changes.
 */
export function sampleReviewBytes(): Promise<Uint8Array> {
  sample ??= makeSampleReview();
  return sample.then((bytes) => bytes.slice());
}

async function makeSampleReview(): Promise<Uint8Array> {
  const sql = await loadSqlJs();
  const engine = await ReviewEngine.create(
    sql,
    { title: 'Court of Appeal 2026', organisation: 'Court of Appeal', frameworks: builtInFrameworks() },
    { now: fixedClock() },
  );
  try {
    const add = (attributes: Record<string, unknown>) =>
      engine.dispatch({ type: 'addSystem', attributes }, 'Assessor').createdId ?? '';
    const chatbot = add({
      name: 'Registry chatbot',
      stage: 'pilot',
      providerType: 'vendor',
      providerName: 'Acme',
      dataProcessed: ['personal'],
      legalAreas: ['civil', 'family'],
      customFields: { 'Asset ID': 'A-17', Budget: '12 000 €' },
    });
    const anonymiser = add({ name: 'Anonymisation of judgments', stage: 'production', automation: 'support' });
    add({ name: 'Case-law search', stage: 'idea' });
    const checklist = engine.checklist(chatbot);
    const items = checklist.frameworks.flatMap((f) => f.principles.flatMap((p) => p.items.map((i) => i.id)));
    const [first, second, third] = items;
    if (!first || !second || !third) throw new Error('The built-in checklist has fewer than three items.');
    engine.dispatch({ type: 'setAnswer', systemId: chatbot, itemId: first, status: 'compliant' }, 'Assessor');
    engine.dispatch(
      { type: 'setAnswer', systemId: chatbot, itemId: second, status: 'partial', justification: 'Civil only.' },
      'Assessor',
    );
    engine.dispatch(
      { type: 'setApplicability', systemId: anonymiser, itemId: third, applies: false, justification: 'No users.' },
      'Assessor',
    );
    const finding =
      engine.dispatch(
        { type: 'addFinding', systemId: chatbot, itemId: second, severity: 'high', description: 'No appeal route.' },
        'Assessor',
      ).createdId ?? '';
    engine.dispatch(
      { type: 'addAction', systemId: chatbot, findingId: finding, description: 'Add a route.', dueDate: '2026-06-30' },
      'Assessor',
    );
    engine.dispatch(
      {
        type: 'addEvidence',
        systemId: chatbot,
        itemId: first,
        name: 'contract.pdf',
        mediaType: 'application/pdf',
        content: new TextEncoder().encode('%PDF-1.4 evidence'),
      },
      'Assessor',
    );
    engine.dispatch(
      { type: 'signOff', systemId: chatbot, person: 'A. Assessor', role: 'assessor', statement: 'Reviewed.' },
      'Assessor',
    );
    return engine.export();
  } finally {
    engine.close();
  }
}
