// `charter-review import` as court IT officers script it: the contract's JSON, its
// exit codes, a dry run that writes nothing, and inventory files that cannot be used.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../fixtures/reviewFiles';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

const FIXTURES = path.resolve(__dirname, '../../fixtures/inventory');

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-import-'));
  for (const name of [
    'inventory-sample.csv',
    'inventory-sample-updated.csv',
    'blank-short-long.csv',
    'semicolon-fr.csv',
  ]) {
    await copyFile(path.join(FIXTURES, name), path.join(folder, name));
  }
  const created = await runCliCaptured(['create', 'review.charter', '--title', 'Supreme Court 2026'], folder);
  expect(created.code).toBe(0);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function importJson(...args: string[]) {
  const run = await runCliCaptured(['import', 'review.charter', ...args, '--json'], folder);
  return { ...run, json: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined };
}

async function inventoryJson() {
  const run = await runCliCaptured(['inventory', 'review.charter', '--json'], folder);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

describe('charter-review import', () => {
  it('imports the sample inventory: 12 systems, exit 0, the contract keys', async () => {
    const run = await importJson('inventory-sample.csv');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.json).toMatchObject({
      rowsRead: 12,
      added: 12,
      updated: 0,
      duplicates: 0,
      errors: [],
      dryRun: false,
      written: true,
      format: 'csv',
      delimiter: ',',
      encoding: 'utf-8',
    });
    const systems = await inventoryJson();
    expect(systems).toHaveLength(12);
    expect(systems[1]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Hearing transcription',
      organisation: 'Baku Court of Appeal',
      useCategory: null,
      stage: 'pilot',
      providerType: 'vendor',
      providerName: 'SpeechCo LLC',
      dataProcessed: ['personal'],
    });
  });

  it('updates instead of duplicating when the spreadsheet is imported again', async () => {
    await importJson('inventory-sample.csv');
    const run = await importJson('inventory-sample-updated.csv');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ rowsRead: 13, added: 1, updated: 1, unchanged: 11, duplicates: 0 });
    expect(await inventoryJson()).toHaveLength(13);
  });

  it('--dry-run reports the same numbers and leaves the review file byte for byte as it was', async () => {
    const file = path.join(folder, 'review.charter');
    const before = await fingerprint(file);
    const run = await importJson('inventory-sample.csv', '--dry-run');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.json).toMatchObject({ rowsRead: 12, added: 12, dryRun: true, written: false });
    expect(await fingerprint(file)).toBe(before);
  });

  it('exits 1 with each rejected row, its column and reason, having imported the rest', async () => {
    const run = await importJson('blank-short-long.csv');
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ rowsRead: 4, added: 3, rejected: 1, blankRows: 2, duplicates: 0 });
    expect(run.json?.errors).toEqual([
      {
        row: 6,
        column: 'E',
        message: expect.stringMatching(/^This row has 5 cells but the header names only 4 columns/),
      },
    ]);
    expect(await inventoryJson()).toHaveLength(3);
  });

  it('reads a mapping that translates the file’s own words and names columns', async () => {
    await writeFile(path.join(folder, 'odd.csv'), 'Label,Phase,Budget\nChatbot,Rolling out,12000\nSearch,Pilot,3000\n');
    await writeFile(
      path.join(folder, 'mapping.json'),
      JSON.stringify({
        columns: { Label: 'name', Phase: 'stage', Budget: 'ignore' },
        values: { stage: { 'Rolling out': 'production' } },
      }),
    );
    const unmapped = await importJson('odd.csv', '--dry-run');
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toMatch(oneErrorLine('no-header'));

    const run = await importJson('odd.csv', '--mapping', 'mapping.json');
    expect(run).toMatchObject({ code: 0, json: { added: 2, errors: [] } });
    const systems = await inventoryJson();
    expect(systems.map((s) => [s.name, s.stage, s.customFields])).toEqual([
      ['Chatbot', 'production', {}],
      ['Search', 'pilot', {}],
    ]);
  });

  it('reads the sheet chosen with --sheet from a workbook, and names the sheets when it is not there', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Systèmes').addRows([
      ['Nom du système', 'Statut', 'Mise en service'],
      ['Traduction automatique', 'Expérimentation', new Date(Date.UTC(2025, 3, 1))],
    ]);
    workbook.addWorksheet('Archive').addRows([
      ['System name', 'Status'],
      ['Old chatbot', 'Retired'],
    ]);
    await writeFile(path.join(folder, 'systems.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));

    const missing = await importJson('systems.xlsx', '--sheet', 'Inventory');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(oneErrorLine('unknown-sheet'));
    expect(missing.stderr).toContain('Its sheets are "Systèmes", "Archive"');

    const run = await importJson('systems.xlsx', '--sheet', 'archive');
    expect(run).toMatchObject({ code: 0, json: { format: 'xlsx', sheet: 'Archive', added: 1 } });
    const first = await importJson('systems.xlsx');
    expect(first.json).toMatchObject({ sheet: 'Systèmes', added: 1 });
    expect((await inventoryJson()).map((s) => [s.name, s.stage, s.goLive])).toEqual([
      ['Old chatbot', 'retired', ''],
      ['Traduction automatique', 'pilot', '2025-04-01'],
    ]);
  });

  it('matches by name and court with --key name+organisation', async () => {
    await importJson('inventory-sample.csv');
    await writeFile(
      path.join(folder, 'moved.csv'),
      'System name,Court / Body\nHearing transcription,Ganja Court of Appeal\n',
    );
    const byName = await importJson('moved.csv', '--dry-run');
    expect(byName.json).toMatchObject({ added: 0, updated: 1 });
    const byNameAndCourt = await importJson('moved.csv', '--dry-run', '--key', 'name+organisation');
    expect(byNameAndCourt.json).toMatchObject({ added: 1, updated: 0 });
  });

  it('prints a summary for a person without --json', async () => {
    const run = await runCliCaptured(['import', 'review.charter', 'semicolon-fr.csv'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Imported semicolon-fr.csv into review.charter: 3 rows read — 3 added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected.\n',
    );
  });

  describe('an inventory that cannot be used: exit 2, one error line, the review untouched', () => {
    const cases: [string, string, Uint8Array | string | undefined][] = [
      ['a PDF named .csv', 'unreadable-inventory', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
      ['binary bytes', 'unreadable-inventory', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00])],
      ['an empty file', 'empty', ''],
      ['a header without systems', 'empty', 'System name,Status\n'],
      ['columns without a name', 'no-header', 'Label,Status\nChatbot,Pilot\n'],
      ['a missing file', 'not-found', undefined],
    ];
    for (const [what, code, content] of cases) {
      it(`${what} → error ${code}`, async () => {
        if (content !== undefined) await writeFile(path.join(folder, 'input.csv'), content);
        const file = path.join(folder, 'review.charter');
        const before = await fingerprint(file);
        const run = await runCliCaptured(['import', 'review.charter', 'input.csv', '--json'], folder);
        expect(run).toMatchObject({ code: 2, stdout: '' });
        expect(run.stderr).toMatch(oneErrorLine(code));
        expect(run.stderr).toMatch(/Nothing was (imported|changed)/);
        expect(await fingerprint(file)).toBe(before);
      });
    }

    it('an unusable review file gives the review-file code', async () => {
      const run = await runCliCaptured(['import', 'missing.charter', 'inventory-sample.csv'], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(oneErrorLine('not-found'));
    });

    it('a bad --key and --sheet on a CSV are usage errors', async () => {
      const key = await runCliCaptured(['import', 'review.charter', 'inventory-sample.csv', '--key', 'court'], folder);
      expect(key.stderr).toMatch(oneErrorLine('usage'));
      const sheet = await runCliCaptured(
        ['import', 'review.charter', 'inventory-sample.csv', '--sheet', 'Inventory'],
        folder,
      );
      expect(sheet.stderr).toMatch(oneErrorLine('usage'));
      expect(await inventoryJson()).toEqual([]);
    });
  });
});
