import { expect, test } from '@playwright/test';

test('the checklist library can be searched, read in French, and its crosswalk shows up in a review', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto('/');
  await page.getByRole('button', { name: 'Checklist library' }).click();
  await expect(page.getByRole('heading', { name: 'Checklist library', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'CEPEJ Ethical Charter (2018)', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Appendix II — uses of AI in judicial systems' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scoping questions' })).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /items/ });
  await expect(count).toHaveText('95 items');
  await page.screenshot({ path: 'docs/screenshots/library.png' });

  // "/" jumps to the search field; the count follows what is typed.
  await page.getByRole('heading', { name: 'Checklist library', level: 1 }).click();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search items' });
  await expect(search).toBeFocused();
  await page.keyboard.type('biometric');
  await expect(count).toHaveText(/^\d+ of 95 items match$/);
  const matching = page.locator('article.library-item');
  const shown = await matching.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(95);
  await expect(count).toHaveText(`${shown} of 95 items match`);
  const biometricItem = matching.filter({ has: page.locator('.item-id', { hasText: 'p1.10' }) });
  await expect(biometricItem).toContainText('CEPEJ Ethical Charter, Principle 1');
  await expect(biometricItem.locator('mark').first()).toHaveText(/biometric/i);
  await page.screenshot({ path: 'docs/screenshots/library-search.png' });

  // Enter goes to the first result; Tab walks on through the results.
  await page.keyboard.press('Enter');
  await expect(matching.first()).toBeFocused();

  // A crosswalk link jumps to the related item in another framework, even if the search hid it.
  await search.fill('p1.1 fundamental rights');
  const charterItem = page
    .locator('article.library-item')
    .filter({ has: page.locator('.item-id', { hasText: /^p1\.1$/ }) });
  await charterItem.getByRole('button', { name: /EU AI Act.*fria\.7/ }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('#library-item-eu-ai-act-deployer-fria-7')).toBeFocused();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Principe de respect des droits fondamentaux' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Utilisations à encourager' })).toBeVisible();
  await search.fill('securite');
  await expect(count).toHaveText(/^\d+ of 95 items match$/);
  await expect(page.locator('article.library-item mark').first()).toHaveText(/sécurité/i);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(count).toHaveText('95 items');
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Checklist library' })).toBeFocused();

  // A review with two frameworks: answering a Charter item shows on the linked AI Act item.
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Crosswalk 2026');
  await page.getByRole('checkbox', { name: /EU AI Act/ }).check();
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Case-law search');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Case-law search', level: 2 })).toBeVisible();

  const charterCard = page.locator('#item-card-cepej-charter-2018-p1-1');
  const aiActCard = page.locator('#item-card-eu-ai-act-deployer-fria-7');
  await expect(charterCard.getByText('Also asked in')).toBeVisible();
  // HUDERIA is linked in the content but is not part of this review.
  await expect(charterCard.locator('.related-link')).toHaveCount(1);
  await charterCard.getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(charterCard.getByRole('radio', { name: 'Compliant', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  const link = aiActCard.getByRole('button', { name: /CEPEJ Ethical Charter \(2018\) · p1\.1/ });
  await expect(link).toContainText('Compliant');
  await aiActCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/review-crosswalk.png' });
  await link.click();
  await expect(charterCard).toBeFocused();

  // The library inside the review shows the review's own frameworks only.
  await page
    .getByRole('navigation', { name: 'Review screens' })
    .getByRole('button', { name: 'Checklist library' })
    .click();
  await expect(page.getByRole('heading', { name: 'Checklist library', level: 2 })).toBeVisible();
  await expect(count).toHaveText('71 items');
  await expect(page.getByRole('heading', { name: /HUDERIA/ })).toHaveCount(0);
  await page.screenshot({ path: 'docs/screenshots/library-in-review.png' });

  expect(consoleErrors).toEqual([]);
});
