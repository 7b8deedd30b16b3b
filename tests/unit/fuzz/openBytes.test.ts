// Opening bytes that were never a review, or a real review damaged on the way (bits flipped, cut short,
// pages lost, header fields changed): the file opens and works, or it is refused with a contract code
// and a sentence. Never another exception, never a hang, and the bytes given are never changed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSqlJs } from '../helpers';
import { FUZZ_TEST_TIMEOUT_MS, fc, fuzzRun, hangGuard, openAndUse, sampleReviewBytes } from './fuzzSupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

type Sql = Awaited<ReturnType<typeof loadSqlJs>>;
let sql: Sql;
let review: Uint8Array;

beforeAll(async () => {
  hangGuard.start();
  sql = await loadSqlJs();
  review = await sampleReviewBytes();
});
afterAll(() => hangGuard.stop());

const SQLITE_MAGIC = new TextEncoder().encode('SQLite format 3\u0000');

function openUnchanged(bytes: Uint8Array, label: string): ReturnType<typeof openAndUse> {
  const before = bytes.slice();
  const outcome = hangGuard.run(label, () => openAndUse(sql, bytes));
  expect(Buffer.from(bytes).equals(Buffer.from(before)), 'the bytes given to open were changed').toBe(true);
  return outcome;
}

describe('opening random bytes', () => {
  it('refuses random bytes as empty or not a review', () => {
    const run = fuzzRun('random bytes', 300);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8192 }), (bytes) => {
        const outcome = openUnchanged(bytes, run.label(`${bytes.length} random bytes`));
        expect(outcome.opened).toBe(false);
        if (!outcome.opened) expect(['empty', 'not-a-review']).toContain(outcome.error.code);
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('refuses random bytes behind a SQLite header, or behind the first page of a real review', () => {
    const run = fuzzRun('random bytes after a SQLite header', 200);
    const prefix = fc.constantFrom<'magic' | 'header' | 'first page'>('magic', 'header', 'first page');
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 16384 }), fc.nat(8), (kind, rest, pages) => {
        const head = kind === 'magic' ? SQLITE_MAGIC : review.subarray(0, kind === 'header' ? 100 : 4096);
        // Whole pages as often as not, so the length check alone does not decide every case.
        const body = pages > 4 ? rest : new Uint8Array(pages * 4096).map((_, i) => rest[i % (rest.length || 1)] ?? 0);
        const bytes = new Uint8Array(head.length + body.length);
        bytes.set(head);
        bytes.set(body, head.length);
        const outcome = openUnchanged(bytes, run.label(`${kind} + ${body.length} bytes`));
        expect(outcome.opened).toBe(false);
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });
});

/** Fields of the 100-byte SQLite header (offset, size) that a mutation may set to any value. */
const HEADER_FIELDS = {
  pageSize: [16, 2],
  writeVersion: [18, 1],
  readVersion: [19, 1],
  reservedBytes: [20, 1],
  maxPayloadFraction: [21, 1],
  changeCounter: [24, 4],
  pageCount: [28, 4],
  freelistTrunk: [32, 4],
  freelistCount: [36, 4],
  schemaCookie: [40, 4],
  schemaFormat: [44, 4],
  autoVacuum: [52, 4],
  textEncoding: [56, 4],
  userVersion: [60, 4],
  applicationId: [68, 4],
  versionValidFor: [92, 4],
} as const satisfies Record<string, readonly [number, 1 | 2 | 4]>;
type HeaderField = keyof typeof HEADER_FIELDS;

type ByteMutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'zero-page'; page: number }
  | { kind: 'garble-page'; page: number; fill: number }
  | { kind: 'copy-page'; from: number; to: number }
  | { kind: 'header'; field: HeaderField; value: number }
  | { kind: 'append'; bytes: number };

const interestingNumber = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 255, 256, 511, 512, 1024, 4096, 65535, 65536, 0x7fffffff, 0xffffffff),
  fc.nat(),
  fc.integer({ min: 0, max: 0xffffffff }),
);

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  // Flips in the header and the schema page (page 1) matter most: bias some there.
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(4095), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('zero-page' as const), page: fc.nat(200) }),
  fc.record({ kind: fc.constant('garble-page' as const), page: fc.nat(200), fill: fc.nat(0xffff) }),
  fc.record({ kind: fc.constant('copy-page' as const), from: fc.nat(200), to: fc.nat(200) }),
  fc.record({
    kind: fc.constant('header' as const),
    field: fc.constantFrom(...(Object.keys(HEADER_FIELDS) as HeaderField[])),
    value: interestingNumber,
  }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.constantFrom(1, 100, 4096, 8192) }),
);

function mutate(original: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let bytes = original.slice();
  const pageSize = 4096;
  const pages = () => Math.max(1, Math.floor(bytes.length / pageSize));
  for (const m of mutations) {
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[m.at % bytes.length] = (bytes[m.at % bytes.length] ?? 0) ^ m.mask;
        break;
      case 'truncate':
        bytes = bytes.slice(0, m.at % (bytes.length + 1));
        break;
      case 'zero-page': {
        const start = (m.page % pages()) * pageSize;
        bytes.fill(0, start, start + pageSize);
        break;
      }
      case 'garble-page': {
        const start = (m.page % pages()) * pageSize;
        let x = m.fill + 1;
        for (let i = start; i < Math.min(bytes.length, start + pageSize); i += 1) {
          x = (x * 1103515245 + 12345) & 0x7fffffff;
          bytes[i] = x >>> 16;
        }
        break;
      }
      case 'copy-page': {
        const from = (m.from % pages()) * pageSize;
        const to = (m.to % pages()) * pageSize;
        bytes.copyWithin(to, from, Math.min(bytes.length, from + pageSize));
        break;
      }
      case 'header': {
        const [offset, size] = HEADER_FIELDS[m.field];
        if (bytes.length < offset + size) break;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (size === 1) view.setUint8(offset, m.value & 0xff);
        else if (size === 2) view.setUint16(offset, m.value & 0xffff);
        else view.setUint32(offset, m.value >>> 0);
        break;
      }
      case 'append': {
        const longer = new Uint8Array(bytes.length + m.bytes);
        longer.set(bytes);
        longer.fill(0x5a, bytes.length);
        bytes = longer;
        break;
      }
    }
  }
  return bytes;
}

describe('opening a real review damaged on the way', () => {
  it('the undamaged sample opens and can be used (the baseline the mutations start from)', () => {
    const outcome = openUnchanged(review.slice(), 'the undamaged sample');
    expect(outcome).toEqual({
      opened: true,
      steps: ['info', 'systems', 'checklist', 'scores', 'validate', 'setAnswer', 'export', 'reopen'],
    });
  });

  it('opens and works, or refuses with a contract code, whatever bytes were flipped, cut or overwritten', () => {
    const run = fuzzRun('mutated review bytes', 200);
    fc.assert(
      fc.property(fc.array(byteMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const bytes = mutate(review, mutations);
        openUnchanged(bytes, run.label(JSON.stringify(mutations)));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('refuses a review cut short at any point as damaged, never as something that opens', () => {
    const run = fuzzRun('truncated review', 100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: review.length - 1 }), (at) => {
        const outcome = openUnchanged(review.slice(0, at), run.label(`cut at ${at} of ${review.length}`));
        expect(outcome.opened).toBe(false);
        if (!outcome.opened) expect(outcome.error.code).toBe(at < 16 ? 'not-a-review' : 'damaged');
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  // Found by the mutation property: SQLite opens a file whose header asks for a newer file format read-only,
  // so it seemed to open and then every change failed with "attempt to write a readonly database".
  for (const [field, offset] of [
    ['write', 18],
    ['read', 19],
  ] as const) {
    it(`refuses a header whose ${field} format version SQLite never writes, before anything is shown`, () => {
      for (const value of [0, 3, 255]) {
        const bytes = review.slice();
        bytes[offset] = value;
        const outcome = openUnchanged(bytes, `${field} version ${value}`);
        expect(outcome.opened).toBe(false);
        if (!outcome.opened) expect(outcome.error.code).toBe('damaged');
      }
    });
  }
});
