// Evidence file names and long texts from people and other systems: path separators, control characters,
// direction overrides that disguise an extension, device names Windows cannot create, names of 10,000
// characters, justifications at and past their limits. Each is kept in a safe form or refused with a reason.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { safeFileName } from '../../../shared/engine/handlers/evidenceHandlers';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../shared/errors';
import { fixedClock, loadSqlJs } from '../helpers';
import { FUZZ_TEST_TIMEOUT_MS, expectSentenceForPerson, fc, fuzzRun, sampleReviewBytes } from './fuzzSupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

const NASTY = [
  '/',
  '\\',
  '..',
  '.',
  ' ',
  ':',
  '*',
  '?',
  '"',
  '<',
  '|',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud83d',
  '\ude00',
  '😀',
  'é',
  'ə',
  'Ж',
  'a',
  'Z',
  '7',
  '.pdf',
  '.exe',
  'CON',
  'nul',
  'com1',
];
const nastyName = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 200, max: 10_000 }).map((n) => `${'ü'.repeat(n)}.pdf`),
  fc.integer({ min: 250, max: 300 }).map((n) => `${'a'.repeat(n - 1)}😀.docx`),
);

// eslint-disable-next-line no-control-regex -- control characters are what the names must not contain
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const INVISIBLE_OR_DIRECTION = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

describe('safeFileName', () => {
  it('turns any name into one every file system accepts and that shows what it is', () => {
    const run = fuzzRun('evidence file names', 500);
    fc.assert(
      fc.property(nastyName, (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(255);
        expect(safe).not.toMatch(/[\\/:*?"<>|]/);
        expect(safe).not.toMatch(CONTROL);
        expect(safe).not.toMatch(INVISIBLE_OR_DIRECTION);
        expect(safe).not.toMatch(LONE_SURROGATE);
        expect(safe).not.toMatch(/^[.\s]|[.\s]$/);
        expect(safe).not.toMatch(WINDOWS_DEVICE);
        expect(safeFileName(safe)).toBe(safe);
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('leaves ordinary names as they are, in any language', () => {
    for (const name of ['Audit 2026.pdf', 'Contrat de service (v2).docx', 'Договор №7.pdf', 'Məhkəmə qərarı.xlsx']) {
      expect(safeFileName(name)).toBe(name);
    }
  });

  it('keeps the extension when a long name is shortened, so the file still opens with the right program', () => {
    expect(safeFileName(`${'Annual report '.repeat(30)}.pdf`)).toMatch(/^Annual report .{200,}\.pdf$/);
    expect(safeFileName(`${'a'.repeat(253)}😀.docx`)).toMatch(/^a+\.docx$/);
  });

  it('does not let a direction override disguise the extension', () => {
    expect(safeFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
  });

  it('does not make files Windows reserves for devices', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('Console.txt')).toBe('Console.txt');
  });
});

describe('long and strange texts given to the review', () => {
  let engine: ReviewEngine;
  let systemId = '';
  let itemId = '';

  beforeAll(async () => {
    engine = ReviewEngine.open(await loadSqlJs(), await sampleReviewBytes(), { now: fixedClock() }).engine;
    const system = engine.systems()[0];
    systemId = system?.id ?? '';
    itemId = (system && engine.checklist(system.id).frameworks[0]?.principles[0]?.items[0]?.id) ?? '';
  });
  afterAll(() => engine.close());

  /** A command is applied, or refused with a CommandError whose message a person can read. */
  function appliedOrRefused(command: Record<string, unknown>): 'applied' | 'refused' {
    try {
      engine.dispatch(command, 'Fuzzer');
      return 'applied';
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      expectSentenceForPerson(error.message, { nothingChanged: false });
      return 'refused';
    }
  }

  it('adds evidence under a safe name, or refuses the name with a reason', () => {
    const run = fuzzRun('evidence names in the review', 150);
    fc.assert(
      fc.property(nastyName, fc.uint8Array({ maxLength: 64 }), (name, content) => {
        const known = new Set(engine.evidence().map((evidence) => evidence.id));
        const outcome = appliedOrRefused({ type: 'addEvidence', systemId, itemId, name, content });
        const added = engine.evidence().filter((evidence) => !known.has(evidence.id));
        if (outcome === 'applied') {
          expect(added).toHaveLength(1);
          expect(added[0]?.name).toBe(safeFileName(name.trim()));
        } else {
          expect(added).toHaveLength(0);
        }
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('keeps a justification of up to 20,000 characters whole and refuses a longer one, naming the field', () => {
    const exact = 'é'.repeat(20_000);
    expect(appliedOrRefused({ type: 'setAnswer', systemId, itemId, status: 'partial', justification: exact })).toBe(
      'applied',
    );
    const item = engine
      .checklist(systemId)
      .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))
      .find((i) => i.id === itemId);
    expect(item?.justification).toBe(exact);
    let refusal = '';
    try {
      engine.dispatch({ type: 'setAnswer', systemId, itemId, status: 'partial', justification: `${exact}é` });
    } catch (error) {
      refusal = error instanceof CommandError ? error.message : String(error);
    }
    expect(refusal).toMatch(/justification/);
  });

  it('keeps control characters and direction overrides in a justification as text, unchanged', () => {
    const run = fuzzRun('strange justifications', 100);
    fc.assert(
      // Well-formed text only: a lone surrogate cannot be typed, and SQLite stores it as three U+FFFD.
      fc.property(
        fc.string({ unit: fc.constantFrom(...NASTY.filter((c) => !LONE_SURROGATE.test(c))), maxLength: 200 }),
        (text) => {
          if (
            appliedOrRefused({ type: 'setAnswer', systemId, itemId, status: 'compliant', justification: text }) ===
            'applied'
          ) {
            const item = engine
              .checklist(systemId)
              .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))
              .find((i) => i.id === itemId);
            // sql.js reads text back through a UTF-8 decoder that drops a leading byte order mark.
            expect(item?.justification).toBe(text.replace(/^\ufeff/, ''));
          }
        },
      ),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });
});
