// JSON inventories of every wrong shape: not lists, lists of the wrong things, deep nesting, huge and odd
// numbers, keys that are names of JavaScript's own machinery (__proto__, constructor). Reading and planning
// end in a plan or a classified error, and nothing leaks into JavaScript's shared objects.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_DEPTH } from '../../../shared/inventory/limits';
import { FUZZ_TEST_TIMEOUT_MS, fc, fuzzRun, hangGuard } from './fuzzSupport';
import { readAndPlan } from './inventorySupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

beforeAll(() => hangGuard.start());
afterAll(() => hangGuard.stop());

const KEYS = [
  'name',
  'System name',
  'stage',
  'dataProcessed',
  'customFields',
  'provider',
  'notes',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  '../../x',
];

const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('Pilot', 'Production', 'Vendor: Acme', 'Yes (criminal)', "=cmd|' /C calc'!A0", '\u202eevil'),
  fc.constantFrom(0, -0, 1e308, -1e308, 2 ** 53 + 1, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
);

/** A JSON value as text, possibly with numbers JSON.parse turns into Infinity or loses precision on. */
const valueText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((v) => JSON.stringify(v)),
    fc.constantFrom('1e999999', '-1e999999', '123456789012345678901234567890', '0.0000000000000000000001'),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 4 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

const entryText = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), valueText), { maxLength: 8 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);

const documentText = fc.oneof(
  fc.array(entryText, { maxLength: 10 }).map((entries) => `[${entries.join(',')}]`),
  fc.array(entryText, { maxLength: 10 }).map((entries) => `{"systems":[${entries.join(',')}]}`),
  valueText,
);

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('reading JSON inventories of the wrong shape', () => {
  it('generated JSON documents are planned or refused with a reason, and pollute nothing', async () => {
    const run = fuzzRun('generated JSON', 300);
    await fc.assert(
      fc.asyncProperty(documentText, fc.boolean(), async (text, broken) => {
        // Half the time cut somewhere, as a file copied off a stick too early.
        const cut = broken ? text.slice(0, Math.max(1, Math.floor(text.length * 0.7))) : text;
        await readAndPlan(new TextEncoder().encode(cut), 'inventory.json', run.label(cut.slice(0, 400)));
        expectNoPollution();
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('random bytes named .json are refused with a reason', async () => {
    const run = fuzzRun('random bytes as JSON', 150);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const outcome = await readAndPlan(bytes, 'inventory.json', run.label(`${bytes.length} random bytes`));
        expect(outcome.read).toBe(false);
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });
});

describe('hostile JSON inventories', () => {
  const json = (text: string) => new TextEncoder().encode(text);

  it('refuses a value nested a hundred thousand levels deep with a reason, instead of a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const outcome = await readAndPlan(json(`[{"name":"Chatbot","notes":${deep}}]`), 'deep.json', 'deep list');
    expect(outcome.read).toBe(false);
    if (!outcome.read) expect(outcome.error.message).toMatch(/nested more than 50 levels deep \("notes"\)/);
  });

  it('refuses a deeply nested custom field too, and accepts one nested just within the limit', async () => {
    const nest = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const tooDeep = await readAndPlan(
      json(`[{"name":"Chatbot","customFields":{"Budget":${nest(5000)}}}]`),
      'deep.json',
      'deep custom field',
    );
    expect(tooDeep.read).toBe(false);
    const within = await readAndPlan(
      json(`[{"name":"Chatbot","Budget":${nest(MAX_JSON_DEPTH)}}]`),
      'ok.json',
      'nested at the limit',
    );
    expect(within.read).toBe(true);
  });

  it('keeps keys named after JavaScript machinery as plain columns and pollutes nothing', async () => {
    const outcome = await readAndPlan(
      json(
        '[{"name":"Chatbot","__proto__":{"polluted":"yes"},"constructor":"c","customFields":{"toString":"t","hasOwnProperty":"h"}}]',
      ),
      'proto.json',
      'prototype keys',
    );
    expectNoPollution();
    expect(outcome.read).toBe(true);
    if (outcome.read) {
      expect(outcome.source.table.headers).toEqual(['name', '__proto__', 'constructor', 'toString', 'hasOwnProperty']);
      expect(outcome.plan.adds[0]?.attributes.customFields).toMatchObject({
        constructor: 'c',
        toString: 't',
        hasOwnProperty: 'h',
      });
    }
  });

  it('reads numbers too large for JavaScript as text instead of failing', async () => {
    const outcome = await readAndPlan(
      json('[{"name":"Chatbot","Budget":1e999999,"Cases":123456789012345678901234567890}]'),
      'numbers.json',
      'huge numbers',
    );
    expect(outcome.read).toBe(true);
    if (outcome.read) expect(outcome.plan.adds[0]?.attributes.customFields?.Budget).toBe('Infinity');
  });

  it('refuses a list of more than 200,000 entries before reading them', async () => {
    const outcome = await readAndPlan(
      json(`[${Array.from({ length: 200_001 }, () => '{}').join(',')}]`),
      'many.json',
      '200,001 entries',
    );
    expect(outcome.read).toBe(false);
    if (!outcome.read) expect(outcome.error.message).toMatch(/more than 200,000 entries/);
  });
});
