// Field work end to end: the officer exports an assessor package, the assessor answers in it, the officer
// changes one of the same answers, merges the returned file, resolves the conflict with the keyboard, and
// can undo the whole merge in one step.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const REVIEW = 'Field work 2026';

/** The browser build reads chosen files through a file input when the File System Access picker is absent. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined, configurable: true });
  });
});

async function openReviewFrom(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open review…' }).click();
  await (await chooser).setFiles(file);
}

async function closeReview(page: Page) {
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved /);
  await page.getByRole('button', { name: 'Close review' }).click();
  await expect(page.getByRole('button', { name: 'New review' })).toBeVisible();
}

const firstItem = (page: Page) => page.locator('article.item-card').nth(0);
const secondItem = (page: Page) => page.locator('article.item-card').nth(1);

async function answer(page: Page, item: ReturnType<typeof firstItem>, status: string, justification?: string) {
  await item.getByRole('radio', { name: status, exact: true }).click();
  if (justification !== undefined) {
    await item.getByLabel(/Justification/).fill(justification);
    await item.getByLabel(/Justification/).blur();
  }
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved /);
}

test('export a package, answer in it, merge it back and resolve a conflict', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill(REVIEW);
  await page.getByRole('button', { name: 'Create review' }).click();
  for (const name of ['Risk score', 'Chatbot']) {
    await page.getByLabel('Add a system').fill(name);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  const systems = page.getByRole('navigation', { name: 'AI systems' });
  await systems.getByText('Risk score').click();
  await answer(page, firstItem(page), 'Compliant');

  // The officer exports a package with the risk score only.
  const tabs = page.getByRole('navigation', { name: 'Review screens' });
  await tabs.getByRole('button', { name: 'Field work' }).click();
  await page.getByRole('checkbox', { name: 'Risk score' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export package' }).click();
  const packagePath = testInfo.outputPath('assessor.charter');
  await (await downloading).saveAs(packagePath);
  await expect(page.getByRole('status').filter({ hasText: 'with 1 system' })).toBeVisible();
  await closeReview(page);

  // The assessor opens the package and answers in it.
  await openReviewFrom(page, packagePath);
  await tabs.getByRole('button', { name: 'Checklists' }).click();
  await expect(page.getByRole('heading', { name: 'Risk score', level: 2 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'AI systems' }).getByText('Chatbot')).toHaveCount(0);
  await answer(page, firstItem(page), 'Non-compliant', 'Criminal cases are not covered.');
  await answer(page, secondItem(page), 'Compliant');
  await closeReview(page);
  // What the assessor sends back: the package as the browser kept it.
  const returned = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('reviews');
    const file = await (await folder.getFileHandle('assessor.charter')).getFile();
    return [...new Uint8Array(await file.arrayBuffer())];
  });
  const returnedPath = testInfo.outputPath('returned-by-assessor.charter');
  await writeFile(returnedPath, Uint8Array.from(returned));

  // Meanwhile the officer changed the same answer.
  await page.getByRole('button', { name: new RegExp(`^${REVIEW}\\.charter`) }).click();
  await tabs.getByRole('button', { name: 'Checklists' }).click();
  await systems.getByText('Risk score').click();
  await answer(page, firstItem(page), 'Partial', 'Civil cases only, seen at the office.');

  // Merge the returned file: one change taken, one conflict to decide.
  await tabs.getByRole('button', { name: 'Field work' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a returned file…' }).click();
  await (await chooser).setFiles(returnedPath);
  const sources = page.getByRole('table', { name: 'What each file brings' });
  await expect(sources.getByRole('row', { name: /returned-by-assessor\.charter/ })).toContainText('Assessor package');
  await expect(sources).toContainText('1 answer');
  const conflict = page.getByRole('group', { name: /p1\.1 of Risk score/ });
  await expect(conflict).toContainText('Partial');
  await expect(conflict).toContainText('Civil cases only, seen at the office.');
  await expect(conflict).toContainText('Non-compliant');
  await expect(conflict).toContainText('Criminal cases are not covered.');
  await expect(conflict).toContainText('Test Officer');
  const merge = page.getByRole('button', { name: 'Merge into this review' });
  await expect(merge).toBeDisabled();
  await page.screenshot({ path: 'docs/screenshots/merge-conflict.png', fullPage: true });

  // Chosen with the keyboard alone.
  await conflict.getByRole('radio', { name: /Keep this review’s/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(conflict.getByRole('radio', { name: /Take the returned file’s/ })).toBeChecked();
  await merge.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Merged 2 changes/ })).toBeVisible();

  await tabs.getByRole('button', { name: 'Checklists' }).click();
  await systems.getByText('Risk score').click();
  await expect(firstItem(page)).toHaveAttribute('data-status', 'non_compliant');
  await expect(secondItem(page)).toHaveAttribute('data-status', 'compliant');

  // The whole merge is one step to undo.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(firstItem(page)).toHaveAttribute('data-status', 'partial');
  await expect(secondItem(page)).toHaveAttribute('data-status', 'not_reviewed');
});

test('compare with another round shows improvements in words, not only colour', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Round 2025');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Risk score');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await answer(page, firstItem(page), 'Non-compliant', 'No review of the model.');
  await closeReview(page);
  const last = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('reviews');
    const file = await (await folder.getFileHandle('Round 2025.charter')).getFile();
    return [...new Uint8Array(await file.arrayBuffer())];
  });
  const lastPath = testInfo.outputPath('round-2025.charter');
  await writeFile(lastPath, Uint8Array.from(last));

  // This year's round starts from a copy of last year's file.
  await openReviewFrom(page, lastPath);
  await answer(page, firstItem(page), 'Compliant');
  await page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name: 'Field work' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose the earlier round…' }).click();
  await (await chooser).setFiles(lastPath);
  const table = page.getByRole('table', { name: /Principles per system/ });
  await expect(table.getByRole('row', { name: /Risk score/ })).toContainText('▲ Improved');
  await expect(table.getByRole('row', { name: /Risk score/ })).toContainText('0 → 100');
});
