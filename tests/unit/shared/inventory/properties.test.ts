// Properties that hold for any inventory, checked on generated ones: whatever a table holds, writing it
// as CSV and reading it back gives it back; and an import plan accounts for every row it read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CsvDelimiter,
  type ExistingSystem,
  type Table,
  guessMapping,
  normaliseLabelForTests,
  parseCsv,
  planImport,
  writeCsv,
} from './propertyHelpers';

/** Characters that break naive CSV handling, plus letters of the languages courts write in. */
const TRICKY = [',', ';', '\t', '"', '\n', '\r', ' ', "'", 'a', 'Z', '7', 'é', 'ə', 'ş', 'ı', 'Ж', 'ё', '€', '💡', '='];
const cellText = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 });
const headerText = cellText
  .map((text) => text.trim())
  .filter((text) => text !== '' && normaliseLabelForTests(text) !== '');

const tableArbitrary = fc
  .uniqueArray(headerText, { minLength: 0, maxLength: 5, selector: (h) => normaliseLabelForTests(h) })
  .filter((headers) => !headers.some((h) => normaliseLabelForTests(h) === normaliseLabelForTests('System name')))
  .chain((extra) => {
    const headers = ['System name', ...extra];
    const row = fc.array(cellText, { minLength: headers.length, maxLength: headers.length });
    const filled = row.filter((cells) => cells.some((cell) => cell.trim() !== ''));
    return fc.record({
      headers: fc.constant(headers),
      // The last row holds text: an empty last line is how a file ends, not a row.
      rows: fc.tuple(fc.array(row, { maxLength: 8 }), filled).map(([rows, last]) => [...rows, last]),
      delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
      bom: fc.boolean(),
    });
  });

/** Line breaks come back as "\n" whatever they were: one convention inside the review. */
const oneNewline = (text: string) => text.replace(/\r\n?/g, '\n');

describe('CSV round trip', () => {
  it('any table written as CSV reads back identical: headers, cells, row numbers and blank rows', async () => {
    await fc.assert(
      fc.asyncProperty(tableArbitrary, async ({ headers, rows, delimiter, bom }) => {
        const text = writeCsv([headers, ...rows], { delimiter, bom });
        const { table } = await parseCsv(new TextEncoder().encode(text));
        const expected: Table['rows'] = [];
        const blank: number[] = [];
        rows.forEach((cells, index) => {
          const rowNumber = index + 2;
          if (cells.every((cell) => cell.trim() === '')) blank.push(rowNumber);
          else expected.push({ rowNumber, cells: cells.map(oneNewline) });
        });
        expect(table.headers).toEqual(headers.map(oneNewline));
        expect(table.rows).toEqual(expected);
        expect(table.blankRows).toEqual(blank);
      }),
      { numRuns: 300 },
    );
  });
});

const NAMES = ['Chatbot', 'chatbot', 'Case search', 'Transcription', 'Score', '', '  '];
const STAGES = ['Pilot', 'Production', 'Idée', 'Пилот', 'Rolling out', '', '?', 'x'.repeat(50)];
const DATA = ['Yes', 'No', 'Oui (données pénales)', 'Bəli', 'maybe', '', 'Yes (biometric)'];

describe('planImport accounting', () => {
  it('every row read is added, updated, unchanged, a duplicate or rejected, exactly once', async () => {
    const inventoryRow = fc.tuple(
      fc.constantFrom(...NAMES),
      fc.constantFrom(...STAGES),
      fc.constantFrom(...DATA),
      fc.oneof(cellText, fc.constant('x'.repeat(6000))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(inventoryRow, { minLength: 1, maxLength: 25 }),
        fc.subarray(['Chatbot', 'Case search', 'Score', 'Score']),
        fc.constantFrom<'name' | 'name+organisation'>('name', 'name+organisation'),
        async (rows, existingNames, key) => {
          const text = writeCsv([
            ['System name', 'Court / Body', 'Status', 'Personal data?', 'Purpose'],
            ...rows.map(([name, stage, data, purpose]) => [name, 'Supreme Court', stage, data, purpose]),
            ['Last system', '', '', '', ''],
          ]);
          const { table } = await parseCsv(text);
          const existing: ExistingSystem[] = existingNames.map((name, index) => ({
            ...emptySystem(`id-${index}`, name),
            organisation: 'Supreme Court',
          }));
          const plan = await planImport(table, guessMapping(table.headers), existing, { key });
          const { summary } = plan;
          expect(summary.added + summary.updated + summary.unchanged + summary.duplicates + summary.rejected).toBe(
            summary.rowsRead,
          );
          expect(summary.rowsRead).toBe(table.rows.length);
          expect(plan.rows.map((r) => r.row)).toEqual(table.rows.map((r) => r.rowNumber));
          expect(plan.adds).toHaveLength(summary.added);
          expect(plan.updates).toHaveLength(summary.updated);
          const rejected = new Set(plan.rows.filter((r) => r.outcome === 'rejected').map((r) => r.row));
          expect(new Set(summary.errors.map((e) => e.row))).toEqual(rejected);
          // Nothing is cut to fit: every accepted purpose is exactly the cell that was read.
          for (const add of plan.adds) {
            const source = table.rows.find((r) => r.rowNumber === add.row);
            expect(add.attributes.purpose ?? '').toBe((source?.cells[4] ?? '').trim());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function emptySystem(id: string, name: string): ExistingSystem {
  return {
    id,
    name,
    organisation: '',
    country: '',
    purpose: '',
    stage: null,
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
    customFields: {},
  };
}
