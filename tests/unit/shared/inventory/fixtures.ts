// Reads the inventory fixtures (small real-shaped files, some in legacy encodings) for the import tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/inventory');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** The row's cells keyed by header, for assertions that read like the spreadsheet. */
export function rowObject(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
}
