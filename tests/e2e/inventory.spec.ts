import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';

const SAMPLE = 'assets/samples/inventory-sample.csv';
const PILOTS = [
  'Hearing transcription',
  'Recidivism risk score',
  'Traduction automatique des pièces',
  'Online dispute resolution triage',
  'Sentencing statistics explorer',
];

async function newReviewOnInventory(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name: 'Inventory' }).click();
}

async function importSample(page: Page, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Import spreadsheet…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import an inventory' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(SAMPLE);

  // The mapping screen: each column with its guessed target, and the live counts.
  await expect(wizard.getByLabel('Status', { exact: true })).toHaveValue('stage');
  await expect(wizard.getByLabel('Supplier', { exact: true })).toHaveValue('provider');
  await expect(wizard.getByTestId('import-count-rowsRead')).toHaveText('12');
  if (screenshot) await page.screenshot({ path: screenshot });
  await wizard.getByRole('button', { name: 'Preview import' }).click();

  await expect(wizard.getByTestId('import-count-rowsRead')).toHaveText('12');
  await expect(wizard.getByTestId('import-count-added')).toHaveText('12');
  await expect(wizard.getByTestId('import-count-rejected')).toHaveText('0');
  await wizard.getByRole('button', { name: 'Import 12 systems' }).click();
  await expect(wizard.getByText(/12 systems added and 0 updated/)).toBeVisible();
  await wizard.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(wizard).toBeHidden();
}

test('an inventory is imported through the mapping screen, edited, filtered, exported and undone in one step', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await newReviewOnInventory(page, 'Baku courts 2026');
  await expect(page.getByText('No systems yet — import your spreadsheet or add one')).toBeVisible();

  await importSample(page, 'docs/screenshots/import-mapping.png');
  await expect(page.getByTestId('inventory-count')).toHaveText('12 of 12 systems');
  await expect(page.getByRole('grid', { name: 'AI systems' }).getByRole('row')).toHaveCount(13);

  // Inline edit of the organisation: double-click, type, Enter.
  const transcription = page.getByRole('row', { name: /Hearing transcription/ });
  const organisation = transcription.getByRole('gridcell').nth(2);
  await organisation.dblclick();
  const field = page.getByLabel('Organisation of Hearing transcription');
  await field.fill('Baku Court of Appeal, civil chamber');
  await field.press('Enter');
  await expect(organisation).toHaveText('Baku Court of Appeal, civil chamber');
  await expect(organisation).toBeFocused();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await page.screenshot({ path: 'docs/screenshots/inventory.png' });

  // Filter by stage: the five pilots.
  await page.getByLabel('Stage', { exact: true }).selectOption('pilot');
  await expect(page.getByTestId('inventory-count')).toHaveText('5 of 12 systems');

  // The export holds exactly the rows shown, as UTF-8 with a byte order mark.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Baku courts 2026 - inventory \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Name,Organisation,Country,Stage,Provider,/);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(PILOTS);
  expect(lines[1]).toContain('"Baku Court of Appeal, civil chamber"');

  // The Excel export is built in the worker and is a real workbook (a zip).
  const downloadingXlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Excel' }).click();
  const xlsx = await downloadingXlsx;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // Undo from the keyboard, outside any text field: first the edit, then the whole import at once.
  await page.getByRole('heading', { name: 'Inventory', level: 2 }).click();
  await page.keyboard.press('Control+Z');
  await expect(organisation).toHaveText('Baku Court of Appeal');
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('No systems yet — import your spreadsheet or add one')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  expect(consoleErrors).toEqual([]);
});

test('ticked rows change stage together in one undoable step; duplicate, remove with its Undo message, sort, open', async ({
  page,
}) => {
  await newReviewOnInventory(page, 'Bulk edit checks');
  await importSample(page);
  const grid = page.getByRole('grid', { name: 'AI systems' });

  // Sorting by a header click, with aria-sort saying so.
  const nameHeader = grid.getByRole('columnheader', { name: /Name/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('row').nth(1)).toContainText('Anonymiser for published judgments');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByRole('row').nth(1)).toContainText('Traduction automatique des pièces');
  await nameHeader.getByRole('button').click();

  // Tick the first row, Shift-tick the third: three rows, set to Retired as one step.
  await page.getByLabel('Tick Anonymiser for published judgments').click();
  await page.getByLabel('Tick Case-law search assistant').click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 systems ticked')).toBeVisible();
  await page.getByLabel('Set stage').selectOption('retired');
  await page.getByRole('button', { name: 'Apply to 3 systems', exact: true }).click();
  await page.getByLabel('Stage', { exact: true }).selectOption('retired');
  await expect(page.getByTestId('inventory-count')).toHaveText('3 of 12 systems');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('inventory-count')).toHaveText('0 of 12 systems');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();

  // Duplicate and remove the current row; the removal offers its own Undo.
  await grid
    .getByRole('row', { name: /Citizen information chatbot/ })
    .getByRole('gridcell')
    .nth(1)
    .click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(grid.getByRole('row', { name: /Citizen information chatbot \(copy\)/ })).toContainText('e-Court portal');
  await expect(page.getByTestId('inventory-count')).toHaveText('13 of 13 systems');
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('inventory-count')).toHaveText('12 of 12 systems');
  const message = page.getByRole('status').filter({ hasText: 'System removed' });
  await expect(message).toContainText('Citizen information chatbot (copy)');
  await message.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('inventory-count')).toHaveText('13 of 13 systems');

  // Arrow keys move through the grid; Enter opens the current system's checklist.
  const first = grid
    .getByRole('row', { name: /Hearing transcription/ })
    .getByRole('gridcell')
    .nth(1);
  await first.click();
  await page.keyboard.press('ArrowDown');
  await expect(
    grid
      .getByRole('row', { name: /Case-law search assistant/ })
      .getByRole('gridcell')
      .nth(1),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Case-law search assistant', level: 2 })).toBeVisible();
});

test('a file the importer cannot read is explained, and nothing is changed', async ({ page }) => {
  await newReviewOnInventory(page, 'Unreadable file');
  await page.getByRole('button', { name: 'Import spreadsheet…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import an inventory' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose a file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'inventory.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('System name,Stage\nChatbot,Pilot\n'),
  });
  await expect(wizard.getByRole('alert')).toContainText('not an Excel .xlsx workbook');
  await expect(wizard.getByRole('alert')).toContainText('Nothing was imported');
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  await expect(page.getByText('No systems yet — import your spreadsheet or add one')).toBeVisible();
});
