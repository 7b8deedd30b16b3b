// In-app help: the first-run tour, the `?` list of shortcuts, and the help dialog opened by F1 or the Help button,
// each walked with the keyboard and checked with axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Settings of someone who has given their name, with the tour seen or not. */
function settings(tourSeen: boolean) {
  return {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${PORT}`,
        localStorage: [
          {
            name: 'charter-review.settings',
            value: JSON.stringify({
              state: { userName: 'Test Officer', language: 'en', textSize: 'normal', tourSeen },
              version: 2,
            }),
          },
        ],
      },
    ],
  };
}

async function seriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('on the first run', () => {
  test.use({ storageState: settings(false) });

  test('the tour appears, is walked with the keyboard alone, and does not come back', async ({ page }) => {
    await page.goto('/');
    const tour = page.getByRole('dialog', { name: /Getting started/ });
    await expect(tour).toBeVisible();
    const heading = tour.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Welcome to Charter Review');
    await expect(heading).toBeFocused();
    await expect(tour).toContainText('Step 1 of 4');
    expect(await seriousViolations(page, 'tour')).toEqual([]);

    // Step 1 has no Back: Tab reaches Next at once.
    await page.keyboard.press('Tab');
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Your name and your settings');
    await expect(heading).toBeFocused();
    await expect(tour).toContainText('Step 2 of 4');

    // Forward to step 3, back to step 2, and on again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Start a review');
    await page.keyboard.press('Tab');
    await expect(tour.getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Your name and your settings');
    await expect(heading).toBeFocused();
    for (const title of ['Start a review', 'Find your way around']) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(heading).toHaveText(title);
      await expect(heading).toBeFocused();
    }
    await expect(tour).toContainText('Step 4 of 4');
    await expect(tour).toContainText('F1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(tour.getByRole('button', { name: 'Finish' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tour).toBeHidden();
    expect(await page.evaluate(() => localStorage.getItem('charter-review.settings'))).toContain('"tourSeen":true');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Esc skips the tour for good', async ({ page }) => {
    await page.goto('/');
    const tour = page.getByRole('dialog', { name: /Getting started/ });
    await expect(tour).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tour).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test.describe('once the tour is seen', () => {
  test.use({ storageState: settings(true) });

  test('`?` lists the shortcuts, Esc closes the list and gives the focus back; in a field `?` is typed', async ({
    page,
  }) => {
    await page.goto('/');
    const library = page.getByRole('button', { name: 'Checklist library' });
    await library.focus();
    await page.keyboard.press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(list).toBeVisible();
    await expect(list).toContainText('Open help');
    await expect(list).toContainText('Answer the focused item: Non-compliant');
    // The test browser runs on Linux, in a browser: Ctrl, and no New review (the browser keeps Ctrl+N).
    await expect(list).toContainText('Keys in a web browser on Linux.');
    await expect(list.locator('kbd.help-combo').filter({ hasText: /^Ctrl\+Z$/ })).toHaveCount(1);
    await expect(list).not.toContainText('New review');
    expect(await seriousViolations(page, 'shortcuts')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(library).toBeFocused();

    await page.getByRole('button', { name: 'New review' }).click();
    const title = page.getByLabel('Title');
    await title.fill('Why?');
    await title.press('?');
    await expect(title).toHaveValue('Why??');
    await expect(list).toHaveCount(0);
  });

  test('F1 and the Help button open help; topics follow the arrow keys; the tour can be taken again', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    const charterTab = help.getByRole('tab', { name: 'The CEPEJ Charter' });
    await expect(charterTab).toBeFocused();
    await expect(charterTab).toHaveAttribute('aria-selected', 'true');
    await expect(help.getByRole('tabpanel')).toContainText('3–4 December 2018');
    await expect(help.getByRole('tabpanel')).toContainText('CEPEJ(2023)16');
    expect(await seriousViolations(page, 'help: charter')).toEqual([]);

    await page.keyboard.press('ArrowDown');
    await expect(help.getByRole('tab', { name: 'The five principles' })).toBeFocused();
    await expect(help.getByRole('tabpanel')).toContainText('Non-discrimination');

    await page.keyboard.press('ArrowDown');
    const scoring = help.getByRole('tabpanel');
    await expect(scoring).toContainText('Score = 100 × (1 + 0.5 + 0) ÷ 3 = 50');
    await expect(scoring).toContainText('Coverage = 100 × 4 ÷ 6 = 66.7');
    await expect(scoring).toContainText('= high');
    await expect(scoring).toContainText('Green: 80 and above');
    expect(await seriousViolations(page, 'help: scoring')).toEqual([]);

    await page.keyboard.press('End');
    await expect(help.getByRole('tab', { name: 'Files and backups' })).toBeFocused();
    await expect(help.getByRole('tabpanel')).toContainText('%APPDATA%\\Charter Review\\backups');
    await expect(help.getByRole('tabpanel')).toContainText('The newest 10 backups of each review are kept');
    expect(await seriousViolations(page, 'help: files')).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    const helpButton = page.getByRole('button', { name: 'Help', exact: true });
    await helpButton.click();
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: 'Take the tour' }).click();
    const tour = page.getByRole('dialog', { name: /Getting started/ });
    await expect(tour).toBeVisible();
    await expect(help).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(tour).toBeHidden();
    await expect(helpButton).toBeFocused();
  });

  test('help opens from an open review too, with F1 and from the title bar', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Title').fill('Help check');
    await page.getByRole('button', { name: 'Create review' }).click();
    await expect(page.getByRole('heading', { name: 'Help check', level: 1 })).toBeVisible();
    const help = page.getByRole('dialog', { name: 'Help' });
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
    await page.locator('header.titlebar').getByRole('button', { name: 'Help', exact: true }).click();
    await expect(help).toBeVisible();
  });
});
