// A French-speaking officer never meets English: every screen of a review made in French is scanned for common
// English words. (Checklist content is French too; names typed by the officer are French.)
import { expect, test } from '@playwright/test';
import { storedSettings } from './storedSettings';

const PORT = Number(process.env.E2E_PORT ?? 4173);

test.use({ storageState: storedSettings(PORT, { userName: 'Agente de greffe', language: 'fr' }) });

/** Words that are English and not French (nor names of things such as CSV or Charter Review). */
const ENGLISH =
  /(?<!\p{L})(the|and|with|this|that|which|review|system|answer|answers|not|of|to|from|was|were|has|have|will|no|yes|item|items|show|open|save|saved|changes?)(?!\p{L})/iu;

/**
 * The visible text of the page, leaving out what is marked as English on purpose (source citations, whose titles the
 * content files give in English), code and item ids.
 */
function visibleText(): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('script, style, code')) continue;
    if (element.closest('[lang]')?.getAttribute('lang') === 'en') continue;
    if (!element.checkVisibility()) continue;
    out.push(node.textContent ?? '');
  }
  return out.join('\n');
}

function englishLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.includes('Charter Review') && !/^[\w-]+\/[\w.]+/.test(line))
    .filter((line) => ENGLISH.test(line));
}

test('every screen of a French review is in French', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const found: Record<string, string[]> = {};
  const scan = async (screen: string) => {
    const lines = englishLines(await page.evaluate(visibleText));
    if (lines.length > 0) found[screen] = lines;
  };
  await scan('accueil');

  await page.getByRole('button', { name: 'Nouvelle évaluation' }).click();
  await page.getByLabel('Titre', { exact: true }).fill('Cour d’appel de Lyon 2026');
  await page.getByRole('button', { name: 'Créer l’évaluation' }).click();
  await page.getByLabel('Ajouter un système').fill('Anonymiseur de décisions');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Anonymiseur de décisions', level: 2 })).toBeVisible();
  const card = page.locator('article.item-card').first();
  await card.getByRole('radio', { name: 'Non conforme', exact: true }).click();
  await card.getByRole('textbox').fill('Aucune analyse d’impact réalisée.');
  await page.locator('h2').first().click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Enregistré/);
  await scan('listes de contrôle');

  for (const view of ['inventory', 'portfolio', 'actions', 'history', 'fieldwork', 'library', 'backups']) {
    await page.locator(`nav.view-tabs button[data-view="${view}"]`).click();
    await expect(page.locator(`nav.view-tabs button[data-view="${view}"]`)).toHaveAttribute('aria-current', 'page');
    await page.waitForTimeout(300);
    await scan(view);
  }
  await page.getByRole('button', { name: 'Rapport…' }).click();
  await scan('rapport');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await scan('aide');
  await page.keyboard.press('Escape');

  expect(found).toEqual({});
});
