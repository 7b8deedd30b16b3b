import { expect, test } from '@playwright/test';

test.use({ storageState: { cookies: [], origins: [] } });

test('the name recorded with changes is asked once, then appears in the history of each change', async ({ page }) => {
  await page.goto('/');
  // A first run: the short tour comes first; skipping it leaves the Welcome screen.
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByRole('button', { name: 'New review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill('Rashad Mammadov');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();

  // The action that was asked for carries on, and the name is not asked again.
  await page.getByLabel('Title').fill('Named review');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Chatbot');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('article.item-card').first().getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(page.locator('article.item-card').first()).toContainText('Last changed by Rashad Mammadov');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Close review' }).click();
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('charter-review.settings'))).toContain('Rashad Mammadov');
});
