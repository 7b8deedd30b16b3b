import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import JSZip from 'jszip';

async function newReviewWithSystem(page: Page, title: string, system: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create review' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Review screens' })
    .getByRole('button', { name: 'Checklists', exact: true })
    .click();
  await page.getByLabel('Add a system').fill(system);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: system, level: 2 })).toBeVisible();
}

/** The visible text of the Word document inside a downloaded DOCX. */
async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

test('a system report is made in the worker and saved as a Word document with the review’s answers', async ({
  page,
}) => {
  await newReviewWithSystem(page, 'Reports court', 'Hearing transcription');
  const card = page.locator('article.item-card').first();
  await card.getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);

  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a report' });
  await expect(dialog).toBeVisible();
  // From the checklist screen the dialog starts on the system shown there.
  await expect(dialog.getByRole('radio', { name: 'One system' })).toBeChecked();
  await expect(dialog.getByLabel('System', { exact: true })).not.toHaveValue('');
  await dialog.getByLabel('Language of the report').selectOption('fr');

  await dialog.screenshot({ path: 'docs/report-dialog.png' });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Reports court - Hearing transcription - rapport \d{4}-\d{2}-\d{2}\.docx$/);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const text = await documentText((await file.path()) ?? '');
  expect(text).toContain('Hearing transcription');
  expect(text).toContain('Résultats par principe');
  expect(text).toContain('Conforme');

  // Esc closes the dialog and gives the focus back to the page.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a portfolio report, anonymised and with an appendix, names every system and no staff', async ({ page }) => {
  await newReviewWithSystem(page, 'Portfolio court', 'Case-law search');
  await page.getByLabel('Add a system').fill('Recidivism risk score');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Review screens' })
    .getByRole('button', { name: 'Portfolio', exact: true })
    .click();

  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a report' });
  await expect(dialog.getByRole('radio', { name: /The whole portfolio \(2 systems\)/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /Anonymise/ }).check();
  await dialog.getByRole('checkbox', { name: /appendix/ }).check();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create report' }).click();
  const file = await download;
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const text = await documentText((await file.path()) ?? '');
  expect(text).toContain('Heat map of scores by principle');
  expect(text).toContain('Case-law search');
  expect(text).toContain('Recidivism risk score');
  expect(text).toContain('Appendix: system details');
  // The person who made every change ("Test Officer", see playwright.config.ts) is not named.
  expect(text).not.toContain('Test Officer');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
