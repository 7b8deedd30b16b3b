// Backups and locks in the web build: opening a review keeps a backup that the Restore screen lists and can open as
// a new copy; a second tab opening the same review gets read-only mode.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function createReview(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create review' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('the backup taken when a review is opened is listed on the Restore screen and opens as a copy', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await createReview(page, 'Backup drill 2026');
  await page.getByLabel('Add a system').fill('Hearing transcription');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hearing transcription', level: 2 })).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved \d/);
  await page.getByRole('button', { name: 'Close review' }).click();

  await page.getByRole('button', { name: /Backup drill 2026\.charter/ }).click();
  await expect(page.getByRole('heading', { name: 'Backup drill 2026' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name: 'Backups' }).click();

  const backups = page.getByRole('region', { name: 'Backups of Backup drill 2026' });
  const row = backups.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('When the review was opened');
  await expect(row).toContainText('Backup drill 2026.charter');
  // Systems: the one added before the review was closed.
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');

  await row.getByRole('button', { name: /Open the backup of .* as a copy/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This is a restored copy' })).toBeVisible();
  await expect(page.locator('.review-meta')).toContainText(
    /Backup drill 2026 \(backup \d{4}-\d\d-\d\d \d{4}\)\.charter/,
  );
  await expect(page.getByRole('heading', { name: 'Hearing transcription', level: 2 })).toBeVisible();

  // The Welcome screen reaches the same list.
  await page.getByRole('button', { name: 'Close review' }).click();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await expect(page.getByTestId('backup-row').first()).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a second tab opening the same review gets read-only mode and refuses changes', async ({ page, context }) => {
  await createReview(page, 'Shared review 2026');
  await page.getByLabel('Add a system').fill('Case triage');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved \d/);

  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('button', { name: /Shared review 2026\.charter/ }).click();
  await expect(second.getByTestId('read-only-banner')).toContainText('Test Officer on another tab of this browser');
  await expect(second.getByTestId('save-indicator')).toHaveText('Read-only');

  await second.getByLabel('Add a system').fill('Should not be added');
  await second.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'This review is open read-only' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Should not be added', level: 2 })).toHaveCount(0);

  // Once the first tab closes the review, opening it again in the second tab allows writing.
  await page.getByRole('button', { name: 'Close review' }).click();
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();
  await second.reload();
  await second.getByRole('button', { name: /Shared review 2026\.charter/ }).click();
  await expect(second.getByRole('heading', { name: 'Shared review 2026' })).toBeVisible();
  await expect(second.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(second.getByTestId('save-indicator')).toHaveText(/^Saved \d/);
});

/** Writes bytes into the browser's own review library, as another tool or a damaged disk would. */
async function putInLibrary(page: Page, name: string, bytes: number[]): Promise<void> {
  await page.evaluate(
    async ({ name, bytes }) => {
      const root = await navigator.storage.getDirectory();
      const library = await root.getDirectoryHandle('reviews', { create: true });
      const writable = await (await library.getFileHandle(name, { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    },
    { name, bytes },
  );
}

test('an older file is kept as it was before its first save in the new format, and the person is told', async ({
  page,
}) => {
  const fixture = await readFile(new URL('../fixtures/review-files/schema-1.charter', import.meta.url));
  await page.goto('/');
  await putInLibrary(page, 'Old court review.charter', [...fixture]);
  await page.reload();

  await page.getByRole('button', { name: /Old court review\.charter/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'updated to the current file format' })).toContainText(
    /before upgrade to schema \d/,
  );
  await page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name: 'Backups' }).click();
  const row = page.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/Before upgrade to schema \d/);
  await expect(row).toContainText(`${Math.round(fixture.byteLength / 1024)} kB`);
});

test('a damaged file is not written to, and its latest backup is offered as a copy', async ({ page }) => {
  await createReview(page, 'Fragile review');
  await page.getByLabel('Add a system').fill('Case triage');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved \d/);
  await page.getByRole('button', { name: 'Close review' }).click();
  // Opened once more, so that a backup exists, then closed.
  await page.getByRole('button', { name: /Fragile review\.charter/ }).click();
  await expect(page.getByRole('heading', { name: 'Fragile review' })).toBeVisible();
  await page.getByRole('button', { name: 'Close review' }).click();
  await expect(page.getByRole('heading', { name: 'Charter Review', level: 1 })).toBeVisible();

  const damaged = [...new TextEncoder().encode('SQLite format 3\0'), ...new Array<number>(4000).fill(7)];
  await putInLibrary(page, 'Fragile review.charter', damaged);
  await page.getByRole('button', { name: /Fragile review\.charter/ }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'The review could not be opened' })).toContainText('damaged');
  const offer = page.getByTestId('damaged-file-offer');
  await expect(offer).toContainText('A backup of "Fragile review.charter" is kept');
  await offer.getByRole('button', { name: 'Open the latest backup as a copy…' }).click();

  await expect(page.locator('.review-meta')).toContainText(/Fragile review \(backup [^)]*\)\.charter/);
  await expect(page.getByRole('heading', { name: 'Case triage', level: 2 })).toBeVisible();
  // The damaged file is as it was.
  const stillDamaged = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const library = await root.getDirectoryHandle('reviews');
    const file = await (await library.getFileHandle('Fragile review.charter')).getFile();
    return [...new Uint8Array(await file.arrayBuffer())];
  });
  expect(stillDamaged).toEqual(damaged);
});
