import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';
import JSZip from 'jszip';

const charter = JSON.parse(readFileSync('shared/frameworks/content/cepej-charter-2018.json', 'utf8')) as {
  items: { question: { en: string; fr: string } }[];
};

/** The visible text of the Word document inside a downloaded DOCX. */
async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function chooseLanguage(page: Page, settingsButton: string, code: 'en' | 'fr' | 'az'): Promise<void> {
  await page.getByRole('button', { name: settingsButton, exact: true }).click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.locator('select').selectOption(code);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const firstQuestion = charter.items[0]?.question ?? { en: '', fr: '' };

test('the interface, the checklist content and the report follow the language chosen in Settings, without a restart', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Language check');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Anonymiser');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: firstQuestion.en })).toBeVisible();

  // French: every screen's words change at once, and the checklist is shown in its French wording.
  await chooseLanguage(page, 'Settings', 'fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const nav = page.getByRole('navigation', { name: 'Écrans de l’évaluation' });
  await expect(nav.getByRole('button', { name: 'Inventaire', exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Listes de contrôle', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: firstQuestion.fr })).toBeVisible();
  const card = page.locator('article.item-card').first();
  await card.getByRole('radio', { name: 'Conforme', exact: true }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Enregistré/);

  // The report starts in French and is written in French.
  await page.getByRole('button', { name: 'Rapport…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Créer un rapport' });
  await expect(dialog.getByLabel('Langue du rapport')).toHaveValue('fr');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Créer le rapport' }).click();
  const text = await documentText((await (await download).path()) ?? '');
  expect(text).toContain('Résultats par principe');
  expect(text).toContain('Conforme');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Azerbaijani: the interface changes; the content stays in English with a note saying why, and so do reports.
  await chooseLanguage(page, 'Paramètres', 'az');
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await expect(
    page.getByRole('navigation', { name: 'Qiymətləndirmənin ekranları' }).getByRole('button', { name: 'İnventar' }),
  ).toBeVisible();
  await expect(
    page.getByText('Yoxlama siyahılarının məzmunu hələ Azərbaycan dilinə tərcümə olunmayıb').first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: firstQuestion.en })).toBeVisible();
  await expect(card.getByRole('radio', { name: 'Uyğundur', exact: true })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Hesabat…' }).click();
  const azDialog = page.getByRole('dialog', { name: 'Yeni hesabat' });
  await expect(azDialog).toContainText('Hesabatları hələ Azərbaycan dilində hazırlamaq mümkün deyil');
  await page.keyboard.press('Escape');

  // The choice is kept on this computer.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await expect(page.getByRole('button', { name: 'Yeni qiymətləndirmə' })).toBeVisible();
});
