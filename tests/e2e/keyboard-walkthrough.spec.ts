// The main flow of a review, done by a French-speaking officer with the keyboard alone: no click anywhere.
// Every element is reached with Tab (or a documented shortcut), and the focus is always visible.
import { readFile } from 'node:fs/promises';
import { type Locator, type Page, expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { storedSettings } from './storedSettings';

const PORT = Number(process.env.E2E_PORT ?? 4173);

test.use({ storageState: storedSettings(PORT, { userName: 'Agent de test', language: 'fr' }) });

/** Presses Tab until `target` has the focus, checking on the way that the focus can be seen. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, 'the focused element shows a focus outline').not.toBe('none');
      return;
    }
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

test('a review from creation to its report, in French, with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // Create the review.
  await tabTo(page, page.getByRole('button', { name: 'Nouvelle évaluation', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titre', { exact: true })).toBeFocused();
  await page.keyboard.type('Cour d’appel — revue clavier');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Cour d’appel — revue clavier' })).toBeVisible();

  // Add a system.
  await tabTo(page, page.getByLabel('Ajouter un système'));
  await page.keyboard.type('Anonymiseur de décisions');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Anonymiseur de décisions', level: 2 })).toBeVisible();

  // Answer the first principle: Tab into the first item's choices, then 1 answers and moves on.
  const principle = page.locator('section.principle').first();
  const cards = principle.locator('article.item-card');
  const count = await cards.count();
  await tabTo(page, cards.first().getByRole('radio', { name: 'Conforme', exact: true }));
  for (let i = 0; i < count; i += 1) await page.keyboard.press('1');
  for (let i = 0; i < count; i += 1) {
    await expect(cards.nth(i)).toHaveAttribute('data-status', 'compliant');
  }
  // A non-compliant answer takes the focus to its justification.
  const next = page.locator('section.principle').nth(1).locator('article.item-card').first();
  await page.keyboard.press('3');
  await expect(next.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Aucun contrôle des écarts entre groupes.');
  await page.keyboard.press('Escape');
  await expect(next).toHaveAttribute('data-status', 'non_compliant');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Enregistré/);

  // The portfolio, through the screens' navigation.
  await tabTo(page, page.getByRole('button', { name: 'Portefeuille', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Portefeuille', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main')).toContainText('Anonymiseur de décisions');

  // The report, with its shortcut; made in French.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Créer un rapport' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Créer le rapport' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const text = await documentText((await (await download).path()) ?? '');
  expect(text).toContain('Anonymiseur de décisions');
  expect(text).toContain('Non conforme');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Settings with Ctrl+, : the language changes from the keyboard too.
  await page.keyboard.press('Control+,');
  const settings = page.getByTestId('settings-dialog');
  await expect(settings).toBeVisible();
  const language = settings.locator('select');
  await expect(language).toHaveAccessibleName('Langue');
  await tabTo(page, language);
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('az');
  await expect(language).toHaveAccessibleName('Dil');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(page.getByRole('button', { name: 'Portfel', exact: true })).toBeVisible();
});
