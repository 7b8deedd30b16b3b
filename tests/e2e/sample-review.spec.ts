import { expect, test } from '@playwright/test';

test('a newcomer opens the sample review from the Welcome screen and finds every screen filled', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore a sample review' }).click();
  // Building the sample (an import and three partly answered checklists) takes a few seconds on a busy machine.
  await expect(page.getByRole('heading', { name: 'Sample review', level: 1 })).toBeVisible({ timeout: 45_000 });
  const screens = page.getByRole('navigation', { name: 'Review screens' });
  await expect(screens.getByRole('button', { name: 'Portfolio' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main')).toContainText('Hearing transcription');
  await page.screenshot({ path: 'docs/screenshots/sample-portfolio.png', fullPage: true });
  await screens.getByRole('button', { name: 'Inventory', exact: true }).click();
  await expect(page.getByText('Hearing transcription').first()).toBeVisible();
  await screens.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(page.getByText('Draft and adopt the written procedure')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);

  // It is an ordinary review file: it is on the recent list and opens again as it was left.
  await page.reload();
  await page.getByRole('button', { name: /Sample review\.charter/ }).click();
  await expect(page.getByRole('heading', { name: 'Sample review', level: 1 })).toBeVisible();
});
