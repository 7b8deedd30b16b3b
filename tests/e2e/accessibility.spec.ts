// Automated accessibility checks (axe, WCAG 2.x A and AA rules) on every screen, with a review that has content.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function seriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

test('every screen has no serious or critical axe violation', async ({ page }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
  found.push(...(await seriousViolations(page, 'welcome')));

  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Accessibility check');
  await page.getByRole('button', { name: 'Create review' }).click();
  for (const name of ['Transcription', 'Case-law search']) {
    await page.getByLabel('Add a system').fill(name);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  const card = page.locator('article.item-card').first();
  await card.getByRole('radio', { name: 'Non-compliant' }).click();
  await card.getByLabel(/Justification/).fill('No documentation.');
  await card.getByLabel(/Justification/).blur();
  found.push(...(await seriousViolations(page, 'checklists')));

  const screens = page.getByRole('navigation', { name: 'Review screens' });
  for (const label of await screens.getByRole('button').allInnerTexts()) {
    await screens.getByRole('button', { name: label, exact: true }).click();
    await expect(screens.getByRole('button', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    found.push(...(await seriousViolations(page, label)));
  }
  expect(found).toEqual([]);
});
