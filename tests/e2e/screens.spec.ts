// Screenshots of every main screen for the README's user guide, taken on the sample review so each screen has
// something to show. Taken by the tests, they always show the app as it is; the checks keep them honest.
import { type Page, expect, test } from '@playwright/test';

const SHOTS = 'docs/screenshots';

async function openSample(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore a sample review' }).click();
  await expect(page.getByRole('heading', { name: 'Sample review', level: 1 })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
}

async function show(page: Page, view: string, ready: string): Promise<void> {
  await page.locator(`nav.view-tabs button[data-view="${view}"]`).click();
  await expect(page.locator(`nav.view-tabs button[data-view="${view}"]`)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(ready).first()).toBeVisible();
}

test('every main screen of the sample review, for the user guide', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Explore a sample review' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/screen-welcome.png` });

  await openSample(page);
  await show(page, 'inventory', 'Hearing transcription');
  await page.screenshot({ path: `${SHOTS}/screen-inventory.png` });
  await show(page, 'checklists', 'Add a system');
  await page.screenshot({ path: `${SHOTS}/screen-checklists.png` });
  await show(page, 'portfolio', 'Hearing transcription');
  await page.screenshot({ path: `${SHOTS}/screen-portfolio.png` });
  await show(page, 'actions', 'Draft and adopt the written procedure');
  await page.screenshot({ path: `${SHOTS}/screen-actions.png` });
  await show(page, 'history', 'Placed Hearing transcription');
  await page.screenshot({ path: `${SHOTS}/screen-history.png` });
  await show(page, 'fieldwork', 'assessor');
  await page.screenshot({ path: `${SHOTS}/screen-fieldwork.png` });
  await show(page, 'library', 'Principle of respect for fundamental rights');
  await page.screenshot({ path: `${SHOTS}/screen-library.png` });
  await show(page, 'backups', 'Sample review');
  await page.screenshot({ path: `${SHOTS}/screen-backups.png` });

  await show(page, 'portfolio', 'Hearing transcription');
  await page.getByRole('button', { name: 'Report…' }).click();
  await expect(page.getByRole('dialog', { name: 'Create a report' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/screen-report.png` });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/screen-settings.png` });

  // The same review in French and in Azerbaijani.
  await settings.locator('select').selectOption('fr');
  await page.keyboard.press('Escape');
  await show(page, 'checklists', 'Ajouter un système');
  await page.screenshot({ path: `${SHOTS}/screen-checklists-fr.png` });
  await page.getByRole('button', { name: 'Paramètres', exact: true }).click();
  await page.getByTestId('settings-dialog').locator('select').selectOption('az');
  await page.keyboard.press('Escape');
  await show(page, 'portfolio', 'Hearing transcription');
  await page.screenshot({ path: `${SHOTS}/screen-portfolio-az.png` });
});
