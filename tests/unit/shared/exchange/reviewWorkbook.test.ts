// The review workbook opens with the expected sheets and row counts, and its answers sheet, once edited in a
// spreadsheet, brings back exactly the rows that were edited, with unknown systems and items reported by row.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportAnswers, planAnswersImport, readAnswersTable } from '../../../../shared/engine/answersExchange';
import type { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { WORKBOOK_SHEETS, exportReviewWorkbook } from '../../../../shared/exchange/reviewWorkbook';
import { newReview } from '../../helpers';

const ITEM = (local: string) => `cepej-charter-2018/${local}`;

async function sampleReview(): Promise<{ engine: ReviewEngine; ids: string[] }> {
  const engine = await newReview('Workbook review');
  const ids = ['Hearing transcription', 'Risk score', 'Traduction des pièces'].map(
    (name) =>
      engine.dispatch({ type: 'addSystem', attributes: { name, customFields: { Budget: '12 000 €' } } }).createdId ??
      '',
  );
  const [a = '', b = ''] = ids;
  engine.dispatch({ type: 'setAnswer', systemId: a, itemId: ITEM('p1.1'), status: 'compliant' });
  engine.dispatch({
    type: 'setAnswer',
    systemId: a,
    itemId: ITEM('p1.2'),
    status: 'partial',
    justification: 'Two lines\nof reasons   ',
  });
  engine.dispatch({
    type: 'setAnswer',
    systemId: b,
    itemId: ITEM('p2.1'),
    status: 'non_compliant',
    justification: '=HYPERLINK("x") is only text',
  });
  const finding =
    engine.dispatch({ type: 'addFinding', systemId: b, itemId: ITEM('p2.1'), severity: 'high', description: 'Bias' })
      .createdId ?? '';
  engine.dispatch({
    type: 'addAction',
    systemId: b,
    findingId: finding,
    description: 'Test for bias',
    dueDate: '2026-09-30',
  });
  engine.dispatch({ type: 'addAction', systemId: a, description: 'Write the notice', owner: 'Clerk' });
  return { engine, ids };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

/** Column number of a header in row 1. */
function columnOf(worksheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  worksheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found === 0) throw new Error(`No column ${header}`);
  return found;
}

describe('review workbook', () => {
  it('has one sheet per part of the review, with every row, frozen headers, filters and a status list', async () => {
    const { engine } = await sampleReview();
    const workbook = await load(await exportReviewWorkbook(engine));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(WORKBOOK_SHEETS));

    const answers = exportAnswers(engine);
    const principles = engine.scores().systems[0]?.principles.length ?? 0;
    const expectedRows: Record<string, number> = {
      Inventory: engine.systems().length,
      Answers: answers.length,
      Findings: engine.findings().length,
      Actions: engine.actions().length,
      Scores: engine.systems().length * (principles + 1),
    };
    for (const [name, rows] of Object.entries(expectedRows)) {
      const worksheet = sheet(workbook, name);
      expect(worksheet.actualRowCount - 1, name).toBe(rows);
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.autoFilter, name).toBeTruthy();
      expect(worksheet.getColumn(1).width ?? 0).toBeGreaterThanOrEqual(8);
    }
    const items = engine.embeddedFrameworks().reduce((n, f) => n + f.items.length, 0);
    expect(answers.length).toBe(3 * items);

    const answerSheet = sheet(workbook, 'Answers');
    const status = columnOf(answerSheet, 'status');
    const last = answerSheet.getCell(answers.length + 1, status);
    expect(last.dataValidation).toMatchObject({ type: 'list' });
    expect(String(last.dataValidation.formulae?.[0])).toContain('non_compliant');
    // A justification that looks like a formula stays text: nothing runs when the file is opened.
    const justification = columnOf(answerSheet, 'justification');
    const cells: unknown[] = [];
    answerSheet.getColumn(justification).eachCell((cell) => cells.push(cell.value));
    expect(cells).toContain('=HYPERLINK("x") is only text');
    expect(sheet(workbook, 'Inventory').getRow(1).values).toContain('Budget');
    engine.close();
  });

  it('an edited answers sheet applies exactly the edited rows and reports unknown systems and items by row', async () => {
    const { engine, ids } = await sampleReview();
    const [a = '', b = '', c = ''] = ids;
    const workbook = await load(await exportReviewWorkbook(engine));
    const answerSheet = sheet(workbook, 'Answers');
    const col = (header: string) => columnOf(answerSheet, header);
    const rowFor = (systemId: string, item: string) => {
      let found = 0;
      answerSheet.eachRow((row, number) => {
        if (row.getCell(col('system_id')).value === systemId && row.getCell(col('item')).value === ITEM(item)) {
          found = number;
        }
      });
      if (found === 0) throw new Error(`No row for ${item}`);
      return answerSheet.getRow(found);
    };
    rowFor(a, 'p1.1').getCell(col('status')).value = 'non_compliant';
    rowFor(a, 'p1.1').getCell(col('justification')).value = 'Found a gap';
    rowFor(c, 'p3.1').getCell(col('status')).value = 'Conforme';
    rowFor(b, 'p2.1').getCell(col('justification')).value = 'Rewritten reason';
    // Untouched in meaning: the same text with Windows line breaks, as some spreadsheets save it.
    rowFor(a, 'p1.2').getCell(col('justification')).value = 'Two lines\r\nof reasons';
    const unknownSystem = answerSheet.addRow(['no-such-id', 'Ghost', '', '', ITEM('p1.1'), '', 'compliant', '']);
    const unknownItem = answerSheet.addRow([a, 'Hearing transcription', '', '', ITEM('p9.9'), '', 'compliant', '']);
    const edited = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const before = exportAnswers(engine);
    const { table, sheet: read } = await readAnswersTable(edited, 'Workbook review.xlsx');
    expect(read).toBe('Answers');
    const plan = planAnswersImport(table, engine);
    expect(plan.answers).toEqual([
      { systemId: a, itemId: ITEM('p1.1'), status: 'non_compliant', justification: 'Found a gap' },
      { systemId: b, itemId: ITEM('p2.1'), status: 'non_compliant', justification: 'Rewritten reason' },
      { systemId: c, itemId: ITEM('p3.1'), status: 'compliant', justification: '' },
    ]);
    expect(plan.errors).toEqual([
      {
        row: unknownSystem.number,
        message: expect.stringContaining('no-such-id'),
        code: 'unknown-system',
        values: { system: 'no-such-id' },
      },
      {
        row: unknownItem.number,
        message: expect.stringContaining('p9.9'),
        code: 'unknown-item',
        values: { item: ITEM('p9.9') },
      },
    ]);
    expect(plan.unchanged).toBe(before.length - 3);

    engine.dispatch({ type: 'setAnswers', answers: plan.answers, source: 'Workbook review.xlsx' });
    const after = exportAnswers(engine);
    const key = (r: { system_id: string; item: string }) => `${r.system_id} ${r.item}`;
    const changed = new Set(plan.answers.map((x) => `${x.systemId} ${x.itemId}`));
    const afterByKey = new Map(after.map((r) => [key(r), r]));
    for (const row of before) {
      if (changed.has(key(row))) continue;
      // Every other answer is exactly as it was, down to who changed it last and when.
      expect(afterByKey.get(key(row))).toEqual(row);
    }
    engine.close();
  });

  // Needs LibreOffice Calc itself, not only the soffice launcher (some machines have Writer alone).
  it.skipIf(!existsSync('/usr/lib/libreoffice/program/libsclo.so'))(
    'a workbook opened and saved again by LibreOffice changes nothing when imported',
    async () => {
      const { engine } = await sampleReview();
      const folder = await mkdtemp(path.join(tmpdir(), 'charter-xlsx-'));
      const original = path.join(folder, 'review.xlsx');
      await writeFile(original, await exportReviewWorkbook(engine));
      const out = path.join(folder, 'saved');
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, original], {
        stdio: 'ignore',
        timeout: 60_000,
        env: { ...process.env, HOME: folder },
      });
      const saved = new Uint8Array(await readFile(path.join(out, 'review.xlsx')));
      const { table } = await readAnswersTable(saved, 'review.xlsx');
      const plan = planAnswersImport(table, engine);
      expect(plan.errors).toEqual([]);
      expect(plan.answers).toEqual([]);
      expect(plan.unchanged).toBe(exportAnswers(engine).length);
      engine.close();
    },
    90_000,
  );
});
