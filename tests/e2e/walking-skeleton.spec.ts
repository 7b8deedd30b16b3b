import { expect, test } from '@playwright/test';

test('a new review keeps its answer after the page is reloaded and the file reopened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/welcome.png' });

  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Baku courts 2026');
  await page.getByLabel('Court or organisation').fill('Supreme Court of Azerbaijan');
  await page.getByRole('button', { name: 'Create review' }).click();

  await expect(page.getByRole('heading', { name: 'Baku courts 2026' })).toBeVisible();
  await page.getByLabel('Add a system').fill('Hearing transcription');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hearing transcription', level: 2 })).toBeVisible();

  const firstItem = page.locator('article.item-card').first();
  await firstItem.getByRole('radio', { name: 'Partial' }).click();
  await firstItem.getByLabel(/Justification/).fill('Assessed for civil hearings only.');
  await firstItem.getByLabel(/Justification/).blur();
  await expect(firstItem.getByRole('radio', { name: 'Partial' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved \d/);
  await page.screenshot({ path: 'docs/screenshots/review.png' });

  await page.reload();
  await page.getByRole('button', { name: /Baku courts 2026\.charter/ }).click();
  await expect(page.getByRole('heading', { name: 'Hearing transcription', level: 2 })).toBeVisible();
  const reopened = page.locator('article.item-card').first();
  await expect(reopened.getByRole('radio', { name: 'Partial' })).toHaveAttribute('aria-checked', 'true');
  await expect(reopened.getByLabel(/Justification/)).toHaveValue('Assessed for civil hearings only.');
  await expect(page.getByRole('button', { name: /Hearing transcription/ })).toContainText('1/');

  const origin = new URL(page.url()).origin;
  expect(
    requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')),
  ).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
