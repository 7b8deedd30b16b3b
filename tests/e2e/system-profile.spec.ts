import { expect, test, type Page } from '@playwright/test';

async function newReviewWithSystem(page: Page, systemName: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Profile checks');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill(systemName);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: systemName, level: 2 })).toBeVisible();
}

test('the Appendix II assistant suggests a category with its reason, and the choice is kept', async ({ page }) => {
  await newReviewWithSystem(page, 'Recidivism risk score');
  await page.getByText('About this system').click();
  await page.getByRole('button', { name: 'Classify with the assistant' }).click();
  const first = page.getByRole('group', { name: /assess or profile individuals in criminal matters/ });
  await first.getByLabel('Yes').check();
  await expect(page.getByRole('status').filter({ hasText: 'Suggested:' })).toContainText(
    'Uses to be considered with the most extreme reservations',
  );
  await page.getByRole('button', { name: 'Use this category' }).click();
  await expect(page.locator('.category-badge')).toHaveText('Uses to be considered with the most extreme reservations');
  await expect(page.getByText('(suggested by the assistant)')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
});

test('choosing a category by hand needs a justification', async ({ page }) => {
  await newReviewWithSystem(page, 'Case-law search');
  await page.getByText('About this system').click();
  await page.getByRole('button', { name: 'Choose by hand' }).click();
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Uses to be encouraged' });
  const save = page.getByRole('button', { name: 'Save category' });
  await expect(save).toBeDisabled();
  await page.getByLabel('Why this category (required)').fill('Semantic search over published judgments.');
  await save.click();
  await expect(page.locator('.category-badge')).toHaveText('Uses to be encouraged');
  await expect(page.getByText('(chosen by the reviewer)')).toBeVisible();
});

test('answering a scoping question changes which items apply', async ({ page }) => {
  await newReviewWithSystem(page, 'Statistics dashboard');
  const departItem = page.locator('article.item-card').filter({ hasText: 'p5.1' });
  await expect(departItem.locator('.rule-note')).toHaveCount(0);
  await page.getByText('About this system').click();
  await page.getByLabel(/It gives information only/).click();
  await expect(page.getByLabel(/It gives information only/)).toBeChecked();
  await expect(departItem.locator('.rule-note')).toContainText('Not applicable to this system');
  await page.getByLabel(/It proposes, drafts, ranks or scores/).click();
  await expect(departItem.locator('.rule-note')).toHaveCount(0);
});

test('a fully answered principle gets a suggested integration level that the assessor confirms', async ({ page }) => {
  await newReviewWithSystem(page, 'Anonymiser');
  const principle = page
    .locator('section.principle')
    .filter({ has: page.getByRole('heading', { name: /non-discrimination/i }) });
  await expect(principle.locator('.integration')).toContainText('suggested once every item is answered');
  const cards = principle.locator('article.item-card');
  const count = await cards.count();
  for (let i = 0; i < count; i += 1) await cards.nth(i).getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(principle.locator('.integration')).toContainText('suggested Fully integrated');
  await principle.getByRole('button', { name: 'Confirm' }).click();
  await principle.getByRole('button', { name: 'Confirm level' }).click();
  await expect(principle.locator('.integration')).toContainText('Integration: Fully integrated');
  await page.screenshot({ path: 'docs/screenshots/integration.png' });
});

test('a field of the court’s own can be added to a system, changed and removed', async ({ page }) => {
  await newReviewWithSystem(page, 'Hearing transcription');
  await page.getByText('About this system').click();
  await page.getByLabel('New field name').fill('Asset number');
  await page.getByLabel('New field value').fill('IT-2024-117');
  await page.getByRole('button', { name: 'Add field' }).click();
  const field = page.getByLabel('Asset number', { exact: true });
  await expect(field).toHaveValue('IT-2024-117');
  await page.getByRole('button', { name: 'Remove Asset number' }).click();
  await expect(page.getByLabel('Asset number', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(page.getByLabel('Asset number', { exact: true })).toHaveValue('IT-2024-117');
});

test('a second court’s system starts from the first one’s answers, and progress shows it', async ({ page }) => {
  await newReviewWithSystem(page, 'Chatbot, court A');
  const first = page.locator('article.item-card').first();
  await first.getByRole('radio', { name: 'Compliant', exact: true }).click();
  await expect(page.locator('.progress-line').first()).toContainText('Answered for this system: 1 of');
  await page.getByLabel('Add a system').fill('Chatbot, court B');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chatbot, court B', level: 2 })).toBeVisible();
  await expect(page.locator('.progress-line').first()).toContainText('Answered for this system: 0 of');
  await page.getByText('About this system').click();
  await page.getByLabel('Copy from').selectOption({ label: 'Chatbot, court A (1 answer)' });
  await page.getByRole('button', { name: 'Copy answers' }).click();
  await expect(
    page.locator('article.item-card').first().getByRole('radio', { name: 'Compliant', exact: true }),
  ).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('.progress-line').first()).toContainText('Answered for this system: 1 of');
});
