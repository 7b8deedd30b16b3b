// The property every inventory import must keep, whatever the file: reading and planning end in a plan
// (rows may be rejected, each with its reason) or in an InventoryImportError with a code and a sentence.
import { expect } from 'vitest';
import {
  type ExistingSystem,
  type ImportPlan,
  InventoryImportError,
  type InventoryImportErrorCode,
  type InventorySource,
  guessMapping,
  planImport,
  readInventory,
} from '../../../shared/inventory';
import { JAVASCRIPT_INTERNALS, describeThrown, expectSentenceForPerson, hangGuard } from './fuzzSupport';

/** Codes a file alone can cause ('cancelled' needs a person, so it is not among them). */
export const FILE_ERROR_CODES: readonly InventoryImportErrorCode[] = [
  'empty',
  'unreadable-inventory',
  'no-header',
  'unknown-sheet',
  'invalid-mapping',
];

export const EXISTING: ExistingSystem[] = [
  {
    id: 'existing-1',
    name: 'Registry chatbot',
    organisation: 'Court of Appeal',
    country: '',
    purpose: '',
    stage: 'pilot',
    providerType: null,
    providerName: '',
    useCategory: null,
    automation: null,
    dataProcessed: null,
    legalAreas: null,
    users: '',
    hosting: '',
    contact: '',
    goLive: '',
    notes: '',
    customFields: { 'Asset ID': 'A-1' },
  },
];

export type ImportOutcome =
  { read: true; source: InventorySource; plan: ImportPlan } | { read: false; error: InventoryImportError };

/** Reads and plans like the import wizard and the CLI do, checking what either outcome must look like. */
export async function readAndPlan(bytes: Uint8Array, fileName: string, label: string): Promise<ImportOutcome> {
  const before = bytes.slice();
  const outcome = await hangGuard.runAsync(label, async (): Promise<ImportOutcome> => {
    try {
      const source = await readInventory(bytes, { fileName });
      const plan = await planImport(source.table, guessMapping(source.table.headers), EXISTING);
      return { read: true, source, plan };
    } catch (error) {
      if (!(error instanceof InventoryImportError)) {
        throw new Error(`Reading ${fileName} failed with ${describeThrown(error)}`, { cause: error });
      }
      return { read: false, error };
    }
  });
  expect(Buffer.from(bytes).equals(Buffer.from(before)), 'the bytes of the inventory were changed').toBe(true);
  if (outcome.read) {
    expectAccountedFor(outcome.plan);
  } else {
    expect(FILE_ERROR_CODES).toContain(outcome.error.code);
    expectSentenceForPerson(outcome.error.message);
  }
  return outcome;
}

/** Every row read is in the plan once, and every rejection says where and why. */
function expectAccountedFor(plan: ImportPlan): void {
  const { summary } = plan;
  expect(summary.added + summary.updated + summary.unchanged + summary.duplicates + summary.rejected).toBe(
    summary.rowsRead,
  );
  for (const error of summary.errors.slice(0, 50)) {
    expect(Number.isInteger(error.row)).toBe(true);
    expect(error.message.trim().length).toBeGreaterThan(10);
    expect(error.message).not.toMatch(JAVASCRIPT_INTERNALS);
  }
  for (const warning of plan.warnings) expect(warning.message).not.toMatch(JAVASCRIPT_INTERNALS);
}
