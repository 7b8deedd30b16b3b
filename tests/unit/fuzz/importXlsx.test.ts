// Excel inventories that are damaged or hostile: random bytes, a real workbook with bytes flipped or cut,
// sheet XML with odd cells, and workbooks claiming huge dimensions (a cell at XFD1048576, a merge over the
// whole sheet, far cells on every row). Reading and planning end in a plan or a classified error, quickly.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectWorkbook } from '../../../shared/inventory/inspectWorkbook';
import { FUZZ_TEST_TIMEOUT_MS, fc, fuzzRun, hangGuard } from './fuzzSupport';
import { readAndPlan } from './inventorySupport';
import { inlineCell, minimalWorkbook } from './storedZip';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

let workbook: Uint8Array;

beforeAll(async () => {
  hangGuard.start();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inventory');
  sheet.addRow(['AI systems 2026']);
  sheet.mergeCells('A1:C1');
  sheet.addRow(['System name', 'Stage', 'Provider', 'Go-live', 'Personal data?']);
  sheet.addRow(['Registry chatbot', 'Pilot', 'Vendor: Acme', new Date(Date.UTC(2024, 1, 1)), 'No']);
  sheet.addRow(['Anonymiser', 'Production', { formula: 'B3', result: 'x' }, 'soon', 'Yes (criminal)']);
  workbook = new Uint8Array(await book.xlsx.writeBuffer());
});
afterAll(() => hangGuard.stop());

const HEADER_ROW = `<row r="1">${inlineCell('A1', 'System name')}${inlineCell('B1', 'Stage')}</row>`;
const sheetOf = (rows: string, after = '') => `<sheetData>${HEADER_ROW}${rows}</sheetData>${after}`;

/** Pieces of sheet XML a hostile or broken writer could put in a row. */
const CELL_XML = [
  inlineCell('A2', 'Chatbot'),
  inlineCell('B2', 'Pilot'),
  inlineCell('A2', "=cmd|' /C calc'!A0"),
  inlineCell('A2', '../../etc/passwd'),
  inlineCell('A2', '\u202eevil'),
  '<c r="B2" t="s"><v>99999</v></c>',
  '<c r="B2" t="s"><v>-1</v></c>',
  '<c r="B2"><v>1e999</v></c>',
  '<c r="B2"><v>not a number</v></c>',
  '<c r="B2" t="b"><v>7</v></c>',
  '<c r="B2" t="e"><v>#REF!</v></c>',
  '<c r="B2" s="999"><v>45000</v></c>',
  '<c r="B2"><f>1/0</f></c>',
  '<c r="B2" t="str"><f>A2</f><v>x</v></c>',
  '<c r="ZZZZZZ2"><v>1</v></c>',
  '<c r="XFD2"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r=""><v>1</v></c>',
  '<c><v>1</v></c>',
  '<c r="B2" t="inlineStr"><is></is></c>',
  '<c r="B2" t="inlineStr"><is><r><t>rich</t></r><r><t> text</t></r></is></c>',
  `<c r="B2" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c>`,
  '<c r="B2" t="inlineStr"><is><t>&#0;</t></is></c>',
  '<c r="B2" t="inlineStr"><is><t>unclosed',
  '</row><row>',
  '<row r="0">',
];
// The last rows of a sheet (1048576 and beyond) are tested apart: reaching them takes a second each.
const ROW_NUMBERS = ['2', '3', '0', '-1', '99999999999', 'x', ''];

const xmlRow = fc
  .tuple(fc.constantFrom(...ROW_NUMBERS), fc.array(fc.constantFrom(...CELL_XML), { maxLength: 4 }))
  .map(([r, cells]) => `<row r="${r}">${cells.join('')}</row>`);

describe('reading .xlsx inventories that are damaged or hostile', () => {
  it('the undamaged workbook reads (the baseline the mutations start from)', async () => {
    const outcome = await readAndPlan(workbook, 'inventory.xlsx', 'the undamaged workbook');
    // The chatbot is already in the review (inventorySupport's EXISTING): it is updated, the other added.
    expect(outcome.read && outcome.plan.rows.map((row) => row.outcome)).toEqual(['updated', 'added']);
  });

  it('a real workbook with bytes flipped or cut is planned or refused with a reason', async () => {
    const run = fuzzRun('mutated workbook', 150);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.nat(255) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let bytes = workbook.slice();
        for (const m of mutations) {
          if (m.kind === 'flip') bytes[m.at % bytes.length] = m.value;
          else bytes = bytes.slice(0, Math.max(4, m.at % bytes.length));
        }
        await readAndPlan(bytes, 'inventory.xlsx', run.label(JSON.stringify(mutations)));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('random bytes, with or without a zip signature, named .xlsx are refused with a reason', async () => {
    const run = fuzzRun('random bytes as xlsx', 100);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), async (zipped, rest) => {
        const bytes = zipped ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest]) : rest;
        const outcome = await readAndPlan(bytes, 'inventory.xlsx', run.label(`${bytes.length} bytes`));
        expect(outcome.read).toBe(false);
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('sheet XML with odd rows and cells is planned or refused with a reason', async () => {
    const run = fuzzRun('generated sheet XML', 120);
    await fc.assert(
      fc.asyncProperty(fc.array(xmlRow, { maxLength: 6 }), async (rows) => {
        const bytes = minimalWorkbook(sheetOf(rows.join('')));
        await readAndPlan(bytes, 'inventory.xlsx', run.label(rows.join('').slice(0, 1000)));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });
});

describe('workbooks claiming huge dimensions', () => {
  const chatbot = `<row r="2">${inlineCell('A2', 'Chatbot')}${inlineCell('B2', 'Pilot')}</row>`;

  it('reads a workbook whose dimension says it fills the whole sheet', async () => {
    const bytes = minimalWorkbook(`<dimension ref="A1:XFD1048576"/>${sheetOf(chatbot)}`);
    const outcome = await readAndPlan(bytes, 'dimension.xlsx', 'claimed dimension');
    expect(outcome.read && outcome.plan.summary.added).toBe(1);
  });

  it('reads a workbook with one cell in the last row and column, keeping the data above it', async () => {
    const bytes = minimalWorkbook(sheetOf(`${chatbot}<row r="1048576">${inlineCell('XFD1048576', 'far')}</row>`));
    const outcome = await readAndPlan(bytes, 'far.xlsx', 'a cell at XFD1048576');
    expect(outcome.read && outcome.plan.adds.map((add) => add.attributes.name)).toEqual(['Chatbot']);
  });

  it('refuses far cells on every row with a reason instead of reading billions of empty cells', async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `<row r="${i + 2}">${inlineCell(`A${i + 2}`, `S${i}`)}${inlineCell(`XFD${i + 2}`, 'x')}</row>`,
    ).join('');
    const outcome = await readAndPlan(minimalWorkbook(sheetOf(rows)), 'wide.xlsx', 'far cells on 1,000 rows');
    expect(outcome.read).toBe(false);
    if (!outcome.read) expect(outcome.error.message).toMatch(/more than 10,000,000 cells/);
  });

  it('refuses a merge over the whole sheet with a reason instead of running out of memory', async () => {
    const merge = '<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>';
    const outcome = await readAndPlan(minimalWorkbook(sheetOf(chatbot, merge)), 'merged.xlsx', 'merge bomb');
    expect(outcome.read).toBe(false);
    if (!outcome.read) expect(outcome.error.message).toMatch(/merged/);
  });

  it('refuses the same merge in a compressed workbook, as Excel writes them', async () => {
    const merge = '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>';
    const bytes = minimalWorkbook(sheetOf(chatbot, merge), { deflate: true });
    const outcome = await readAndPlan(bytes, 'merged.xlsx', 'compressed merge bomb');
    expect(outcome.read).toBe(false);
  });

  it('refuses a workbook that unpacks to more than the limit (a zip bomb), before reading it', async () => {
    // 2 MB of rows that deflate to a few kilobytes, against a limit of 1 MB so the test stays small.
    const rows = `<row r="2">${inlineCell('A2', 'Chatbot')}</row>${'<row r="3"></row>'.repeat(120_000)}`;
    const bytes = minimalWorkbook(sheetOf(rows), { deflate: true });
    expect(bytes.length).toBeLessThan(100_000);
    await expect(inspectWorkbook(bytes, 'bomb.xlsx', 1024 * 1024)).rejects.toThrow(/unpacks to more than 1 MB/);
    await expect(inspectWorkbook(bytes, 'bomb.xlsx')).resolves.toBeUndefined();
  });

  it('still reads a workbook with ordinary merged cells, and says what it did with them', async () => {
    const merge = '<mergeCells count="1"><mergeCell ref="C1:F2"/></mergeCells>';
    const outcome = await readAndPlan(minimalWorkbook(sheetOf(chatbot, merge)), 'merged.xlsx', 'small merge');
    expect(outcome.read && outcome.plan.summary.added).toBe(1);
  });

  it('does not expand entities declared in the sheet XML (billion laughs)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
      '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>';
    const bytes = minimalWorkbook(sheetOf(chatbot.replace('Chatbot', '&f;')), { prolog: laughs });
    const outcome = await readAndPlan(bytes, 'laughs.xlsx', 'billion laughs');
    if (outcome.read) {
      for (const add of outcome.plan.adds) expect(add.attributes.name.length).toBeLessThanOrEqual(300);
    }
  });
});
