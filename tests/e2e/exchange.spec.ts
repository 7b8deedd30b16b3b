// Open exchange in the app: a JSON export opened as a new review, each screen exporting exactly the rows its
// filters leave, and the whole review exported again from the File menu byte for byte as it came in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Download, type Page, expect, test } from '@playwright/test';

const SYSTEMS = [
  { name: 'Hearing transcription', stage: 'pilot' },
  { name: 'Recidivism risk score', stage: 'production' },
  { name: 'Traduction automatique', stage: 'pilot' },
  { name: 'Dispute triage', stage: 'production' },
  { name: 'Case-law search', stage: 'pilot' },
] as const;

const ACTIONS: [number, string, string][] = [
  [0, 'Publish a notice for parties', 'Registry IT'],
  [1, 'Test the score for bias', 'Vendor'],
  [1, 'Explain the score to judges', 'Registry IT'],
  [3, 'Log every triage decision', 'Vendor'],
];

type Row = Record<string, unknown>;

/**
 * A review as another office would send it: made with the command line (built by `npm run build`), exported
 * as JSON, and given findings and actions the way any tool can write the open format: as rows of the document.
 */
function reviewExport(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'charter-e2e-exchange-'));
  const cli = (...args: string[]) => execFileSync(process.execPath, ['dist/cli/charter-review.cjs', ...args]);
  const review = path.join(folder, 'baku.charter');
  const inventory = path.join(folder, 'systems.csv');
  writeFileSync(inventory, ['Name,Stage,Court', ...SYSTEMS.map((s) => `${s.name},${s.stage},Baku`)].join('\n'));
  cli('create', review, '--title', 'Baku exchange 2026', '--organisation', 'Baku Court of Appeal');
  cli('import', review, inventory);
  cli('export', review, '--out', path.join(folder, 'baku.json'));
  const document = JSON.parse(readFileSync(path.join(folder, 'baku.json'), 'utf8')) as {
    systems: Row[];
    findings: Row[];
    actions: Row[];
  };
  const at = '2026-03-02T10:00:00.000Z';
  ACTIONS.forEach(([system, description, owner], index) => {
    const systemId = document.systems[system]?.id;
    const findingId = `00000000-0000-4000-8000-00000000000${index}`;
    document.findings.push({
      id: findingId,
      systemId,
      itemId: null,
      severity: 'medium',
      description: `Gap: ${description}`,
      recommendation: '',
      createdAt: at,
      createdBy: 'Registry',
      mergedRevisions: '',
    });
    document.actions.push({
      id: `00000000-0000-4000-9000-00000000000${index}`,
      findingId,
      systemId,
      description,
      owner,
      dueDate: '2030-06-30',
      state: 'open',
      createdAt: at,
      updatedAt: at,
      mergedRevisions: '',
    });
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name, exact: true });
}

async function download(page: Page, group: string, button: 'Export CSV' | 'Export Excel'): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: group }).getByRole('button', { name: button }).click();
  return downloading;
}

/** The CSV's rows after the header, as cells (no quoted commas in these fixtures). */
async function csvRows(file: Download): Promise<string[][]> {
  const text = readFileSync(await file.path()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
}

async function xlsxColumn(file: Download, header: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('The workbook has no sheet');
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) column = index;
  });
  const values: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) values.push(String(row.getCell(column).value ?? ''));
  });
  return values;
}

test('a JSON export opens as a new review; inventory and actions export only their filtered rows', async ({ page }) => {
  const json = reviewExport();
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a review from JSON…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'baku.json', mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
  await expect(page.getByRole('heading', { name: 'Baku exchange 2026', level: 1 })).toBeVisible();

  // Inventory, filtered to the pilots: the CSV and the workbook hold those three systems and no other.
  await tab(page, 'Inventory').click();
  await page.getByLabel('Stage', { exact: true }).selectOption('pilot');
  await expect(page.getByTestId('inventory-count')).toHaveText('3 of 5 systems');
  const pilots = SYSTEMS.filter((s) => s.stage === 'pilot').map((s) => s.name);
  const inventoryCsv = await download(page, 'Export the inventory shown', 'Export CSV');
  expect(inventoryCsv.suggestedFilename()).toMatch(/^Baku exchange 2026 - inventory \d{4}-\d{2}-\d{2}\.csv$/);
  expect((await csvRows(inventoryCsv)).map((cells) => cells[0])).toEqual(pilots);
  const inventoryXlsx = await download(page, 'Export the inventory shown', 'Export Excel');
  expect(await xlsxColumn(inventoryXlsx, 'Name')).toEqual(pilots);

  // Actions, filtered by owner: only the two owned by the registry's IT team.
  await tab(page, 'Actions').click();
  await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Registry IT' });
  await expect(page.getByText('2 of 4 actions')).toBeVisible();
  const actionsCsv = await download(page, 'Export the actions shown', 'Export CSV');
  expect(actionsCsv.suggestedFilename()).toMatch(/ - actions \d{4}-\d{2}-\d{2}\.csv$/);
  const rows = await csvRows(actionsCsv);
  expect(rows.map((cells) => cells[2]).sort()).toEqual(['Explain the score to judges', 'Publish a notice for parties']);
  expect(rows.every((cells) => cells[4] === 'Registry IT')).toBe(true);
  const actionsXlsx = await download(page, 'Export the actions shown', 'Export Excel');
  expect((await xlsxColumn(actionsXlsx, 'Owner')).sort()).toEqual(['Registry IT', 'Registry IT']);

  // History, filtered to one kind of change: every matching entry, not just the page on screen.
  await tab(page, 'History').click();
  await page.getByLabel('What', { exact: true }).selectOption('importInventory');
  const historyCsv = await download(page, 'Export the history shown', 'Export CSV');
  expect((await csvRows(historyCsv)).map((cells) => cells[3])).toEqual(['importInventory']);

  // File → Export review as JSON gives back exactly the document that was opened.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export review as JSON…' }).click();
  const exported = await downloading;
  expect(exported.suggestedFilename()).toMatch(/\.json$/);
  expect(readFileSync(await exported.path()).toString('utf8')).toBe(json);

  // The workbook out, one answer changed in its Answers sheet, and back in: exactly that one row applies.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const downloadingXlsx = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export review as Excel workbook (XLSX)…' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloadingXlsx).path()).buffer as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Inventory', 'Answers', 'Findings', 'Actions', 'Scores']);
  const firstAnswer = workbook.getWorksheet('Answers')?.getRow(2);
  if (!firstAnswer) throw new Error('The workbook has no answer rows');
  firstAnswer.getCell(7).value = 'non_compliant';
  firstAnswer.getCell(8).value = 'No notice is given to the parties.';
  const edited = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await page.getByRole('button', { name: 'File', exact: true }).press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Import answers from spreadsheet…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import answers from a spreadsheet' });
  const answersChooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await answersChooser).setFiles({ name: 'edited.xlsx', mimeType: 'application/octet-stream', buffer: edited });
  await expect(dialog.getByText(/1 would change/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(dialog.getByText(/1 answer was changed from edited\.xlsx/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await tab(page, 'History').click();
  await page.getByLabel('What', { exact: true }).selectOption('setAnswers');
  await expect(page.locator('tr[data-command="setAnswers"]')).toHaveCount(1);
});

test('a JSON export that fails its checks is refused with the place of the problem, and nothing opens', async ({
  page,
}) => {
  const document = JSON.parse(reviewExport()) as { systems: Record<string, unknown>[] };
  delete document.systems[2]?.name;
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a review from JSON…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await expect(page.getByText(/systems\[2\]\.name is missing/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
});
