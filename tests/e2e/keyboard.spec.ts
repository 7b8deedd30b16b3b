import { expect, test } from '@playwright/test';

test('a whole principle can be answered with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.keyboard.type('Keyboard review');
  await page.keyboard.press('Enter');
  await page.getByLabel('Add a system').focus();
  await page.keyboard.type('Judgment anonymiser');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Judgment anonymiser', level: 2 })).toBeVisible();

  const principle = page.locator('section.principle').first();
  const cards = principle.locator('article.item-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(5);

  await cards.first().focus();
  for (let i = 0; i < count; i += 1) {
    await expect(cards.nth(i)).toBeFocused();
    await page.keyboard.press('1');
  }
  for (let i = 0; i < count; i += 1) {
    await expect(cards.nth(i).getByRole('radio', { name: 'Compliant', exact: true })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  }

  // The next unanswered item, in the next principle, now has the focus.
  const next = page.locator('section.principle').nth(1).locator('article.item-card').first();
  await expect(next).toBeFocused();
  // A non-compliant answer needs a reason: the focus goes to the justification.
  await page.keyboard.press('3');
  await expect(next.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('No test for differences between groups.');
  await page.keyboard.press('Escape');
  await expect(next).toBeFocused();
  await expect(next.getByRole('radio', { name: 'Non-compliant' })).toHaveAttribute('aria-checked', 'true');
  await expect(next.getByRole('textbox')).toHaveValue('No test for differences between groups.');
  await page.keyboard.press('j');
  await expect(page.locator('section.principle').nth(1).locator('article.item-card').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(next).toBeFocused();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
});
