import { expect, test } from '@playwright/test';

test('an answer and a removed system come back with undo, and go again with redo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Undo checks');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Citizen chatbot');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  const first = page.locator('article.item-card').first();
  const compliant = first.getByRole('radio', { name: 'Compliant', exact: true });
  await compliant.click();
  await expect(compliant).toHaveAttribute('aria-checked', 'true');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(compliant).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Control+Shift+Z');
  await expect(compliant).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Control+Z');
  await expect(compliant).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);

  // Undo reaches back past the answer to the system itself.
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('No systems yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Citizen chatbot', level: 2 })).toBeVisible();
});
