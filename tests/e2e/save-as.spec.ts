import { expect, test } from '@playwright/test';

test('Save as carries on in the new file, with undo still there, and leaves the old file as it was', async ({
  page,
}) => {
  // Without the File System Access picker the web build keeps the copy in its own library.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Save as check');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Chatbot');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chatbot', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Save as…' }).click();
  await expect(page.locator('.review-meta')).toContainText('Save as check (2).charter');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();

  const card = page.locator('article.item-card').first();
  await card.getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);

  await page.reload();
  await page.getByRole('button', { name: /Save as check \(2\)\.charter/ }).click();
  await expect(page.locator('article.item-card').first()).toHaveAttribute('data-status', 'compliant');
  await page.getByRole('button', { name: 'Close review', exact: true }).click();
  await page.getByRole('button', { name: /Save as check\.charter/ }).click();
  await expect(page.getByRole('heading', { name: 'Chatbot', level: 2 })).toBeVisible();
  await expect(page.locator('article.item-card').first()).toHaveAttribute('data-status', 'not_reviewed');
});
