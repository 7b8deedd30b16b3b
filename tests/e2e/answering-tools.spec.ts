import { expect, test, type Page } from '@playwright/test';

async function newReviewWithSystems(page: Page, names: string[]) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Answering tools');
  await page.getByRole('button', { name: 'Create review' }).click();
  for (const name of names) {
    await page.getByLabel('Add a system').fill(name);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
}

test('an item the rule leaves out can be counted with a reason, and returned to the rule', async ({ page }) => {
  await newReviewWithSystems(page, ['Statistics dashboard']);
  await page.getByText('About this system').click();
  await page.getByLabel(/It gives information only/).click();
  const item = page.locator('article.item-card').filter({ hasText: 'p5.1' });
  await expect(item).toHaveAttribute('data-applicable', 'false');
  const progress = page.locator('.progress-line').first();
  const before = await progress.textContent();

  await item.getByRole('button', { name: 'It applies here…' }).click();
  const count = item.getByRole('button', { name: 'Count this item' });
  await expect(count).toBeDisabled();
  await item.getByLabel('Why does this item apply to this system?').fill('Judges read the figures before hearings.');
  await count.click();
  await expect(item).toHaveAttribute('data-applicable', 'true');
  await expect(item.locator('.rule-note')).toContainText('Applies to this system');
  await expect(item.locator('.rule-note')).toContainText('Judges read the figures before hearings.');
  await expect(progress).not.toHaveText(before ?? '');
  await item.screenshot({ path: 'docs/screenshots/applicability-override.png' });

  await item.getByRole('button', { name: 'Return to the rule' }).click();
  await expect(item).toHaveAttribute('data-applicable', 'false');
  await expect(progress).toHaveText(before ?? '');
});

test('one answer is given to several systems in one undoable step', async ({ page }) => {
  await newReviewWithSystems(page, ['Transcription — Baku', 'Transcription — Ganja', 'Transcription — Sumqayit']);
  const item = page.locator('article.item-card').first();
  await item.getByRole('radio', { name: 'Partial' }).click();
  await item.getByLabel(/Justification/).fill('Vendor documentation covers only the Azerbaijani model.');
  await item.getByLabel(/Justification/).blur();
  await item.getByRole('button', { name: 'Give this answer to other systems…' }).click();
  await item.getByLabel('Find systems').fill('Transcription');
  await item.getByRole('button', { name: 'Choose all shown' }).click();
  await item.getByRole('button', { name: 'Apply to 2 systems' }).click();

  const list = page.getByRole('navigation', { name: 'AI systems' });
  await list.getByText('Transcription — Baku').click();
  const same = page.locator('article.item-card').first();
  await expect(same).toHaveAttribute('data-status', 'partial');
  await expect(same.getByLabel(/Justification/)).toHaveValue('Vendor documentation covers only the Azerbaijani model.');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('article.item-card').first()).toHaveAttribute('data-status', 'not_reviewed');
});

test('evidence opens in a preview without leaving the app', async ({ page }) => {
  await newReviewWithSystems(page, ['Anonymiser']);
  const item = page.locator('article.item-card').first();
  await item
    .getByText('Attach evidence')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'test-log.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Run 14: 1,200 judgments, 3 names missed.'),
    });
  await item.getByRole('button', { name: 'Open test-log.txt' }).click();
  const dialog = page.getByRole('dialog', { name: 'test-log.txt' });
  await expect(dialog).toContainText('Run 14: 1,200 judgments, 3 names missed.');
  await expect(dialog).toContainText('SHA-256');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await item
    .getByText('Attach evidence')
    .locator('input[type=file]')
    .setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 contract') });
  await item.getByRole('button', { name: 'Open contract.pdf' }).click();
  await expect(page.getByRole('dialog', { name: 'contract.pdf' })).toContainText('cannot be shown here');
});
