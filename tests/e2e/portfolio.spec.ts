import { type Locator, type Page, expect, test } from '@playwright/test';

// Expected figures are worked out by hand with docs/scoring.md: compliant 1, partial 0.5, non-compliant 0,
// over the assessed items; coverage over the applicable items (every CEPEJ item applies to a system whose
// attributes are not stated: 12 in P1, 9 in each of P2–P5, 48 in all).
const CHARTER = 'cepej-charter-2018';

async function newReview(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create review' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name, exact: true });
}

async function addSystem(page: Page, name: string): Promise<void> {
  await tab(page, 'Checklists').click();
  await page.getByLabel('Add a system').fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Answers items of the system shown on the checklist screen; a justification is typed and committed. */
async function answer(page: Page, item: string, status: string, justification?: string): Promise<void> {
  const card = page.locator(`article.item-card[data-item-id="${CHARTER}/${item}"]`);
  const choice = card.getByRole('radio', { name: status, exact: true });
  await choice.click();
  await expect(choice).toHaveAttribute('aria-checked', 'true');
  if (justification !== undefined) {
    const field = card.getByLabel(/Justification/);
    await field.fill(justification);
    await field.blur();
    await expect(card.locator('.required')).toHaveCount(0);
  }
}

function heatRow(page: Page, system: string): Locator {
  return page.locator('table.heat-map tbody tr').filter({ has: page.getByRole('rowheader', { name: system }) });
}

function heatCell(row: Locator, principle: string): Locator {
  return row.locator(`[data-principle="${CHARTER}/${principle}"]`);
}

test('the portfolio shows the engine scores of each system per principle and opens a system’s checklist', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await newReview(page, 'Portfolio checks');

  await addSystem(page, 'Risk score');
  await answer(page, 'p1.1', 'Compliant');
  await answer(page, 'p1.3', 'Partial', 'Only the civil chamber was assessed.');
  await answer(page, 'p2.1', 'Non-compliant', 'Never tested for bias across groups.');
  await addSystem(page, 'Citizen chatbot');
  await answer(page, 'p1.1', 'Compliant');
  await answer(page, 'p3.1', 'Not applicable', 'The chatbot keeps no case data.');

  await tab(page, 'Portfolio').click();
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 2 })).toBeVisible();

  // Risk score: P1 = (1 + 0.5) / 2 = 75%, P2 = 0 / 1 = 0%, P3–P5 not assessed; overall (1 + 0.5 + 0) / 3 = 50%.
  const risk = heatRow(page, 'Risk score');
  await expect(heatCell(risk, 'p1')).toHaveText('75%');
  await expect(heatCell(risk, 'p2')).toHaveText('0%');
  await expect(heatCell(risk, 'p3')).toHaveText('—');
  await expect(risk.locator('.heat-overall')).toHaveText('50%');
  // Medium (not yet classified) + 1 for a high-severity non-compliance (p2.1) = high.
  await expect(risk.locator('.heat-risk')).toHaveText('High');
  // Coverage is in the tooltip and the accessible name: 2 of the 12 P1 items are answered.
  await expect(heatCell(risk, 'p1')).toHaveAttribute('title', /score 75%, coverage 16\.7% \(2 of 12 applicable/);
  await expect(heatCell(risk, 'p2')).toHaveClass(/band-low/);
  await expect(heatCell(risk, 'p1')).toHaveClass(/band-medium/);

  // Citizen chatbot: P1 = 1 / 1 = 100%; P3 answered "not applicable" only: no score, but covered (1 of 9).
  const chatbot = heatRow(page, 'Citizen chatbot');
  await expect(heatCell(chatbot, 'p1')).toHaveText('100%');
  await expect(heatCell(chatbot, 'p1')).toHaveClass(/band-high/);
  await expect(heatCell(chatbot, 'p3')).toHaveText('—');
  await expect(heatCell(chatbot, 'p3')).toHaveAccessibleName(/not assessed, coverage 11\.1% \(1 of 9 applicable/);
  await expect(chatbot.locator('.heat-overall')).toHaveText('100%');
  await expect(chatbot.locator('.heat-risk')).toHaveText('Medium');

  // Counts by status over 2 × 48 applicable items, and by risk level.
  await expect(page.getByTestId('count-compliant').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('count-partial').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('count-non_compliant').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('count-not_applicable').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('count-not_reviewed').locator('dd')).toHaveText('91');
  await expect(page.getByTestId('risk-high').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('risk-medium').locator('dd')).toHaveText('1');
  // Every answer pooled: (1 + 0.5 + 0 + 1) / 4 = 62.5%.
  await expect(page.getByLabel('Whole review')).toContainText('62.5%');

  // The riskiest system first, with its level, score and reasons.
  const riskiest = page.getByRole('region', { name: 'Riskiest systems' }).getByRole('listitem').first();
  await expect(riskiest).toContainText('Risk score');
  await expect(riskiest).toContainText('High');
  await expect(riskiest).toContainText('50%');
  await expect(riskiest).toContainText('1 high-severity item(s) non-compliant.');

  // A filter that leaves no system says so and offers to clear it.
  await page.getByLabel('Stage').selectOption('pilot');
  await expect(page.getByText('No system matches these filters.')).toBeVisible();
  await page.getByRole('group', { name: 'Filter systems' }).getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('2 systems')).toBeVisible();

  // A click on a row opens that system's checklist (the chatbot was the one selected before).
  await risk.getByRole('rowheader').getByRole('button').click();
  await expect(tab(page, 'Checklists')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Risk score', level: 2 })).toBeVisible();

  // The heat map is one Tab stop; arrows move between cells and Enter opens the system there.
  await tab(page, 'Portfolio').click();
  await heatRow(page, 'Risk score').getByRole('rowheader').getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(heatCell(heatRow(page, 'Citizen chatbot'), 'p1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Citizen chatbot', level: 2 })).toBeVisible();
  await expect(page.locator(`article.item-card[data-item-id="${CHARTER}/p1.1"]`)).toBeFocused();

  // History: the answer change as a sentence, with its values before → after.
  await tab(page, 'History').click();
  const set = page.getByRole('row').filter({ hasText: 'Set p2.1 of Risk score to non-compliant' });
  await expect(set).toHaveCount(1);
  await expect(set.getByRole('listitem')).toHaveText(/^Status\s*Not reviewed\s*→\s*changed to\s*Non-compliant$/);
  await expect(set).toContainText('Test Officer');
  const explained = page.getByRole('row').filter({ hasText: 'Changed the justification of p2.1 of Risk score' });
  await expect(explained.getByRole('listitem')).toContainText('Never tested for bias across groups.');
  await expect(page.getByRole('row').filter({ hasText: 'Added system Citizen chatbot' })).toHaveCount(1);

  // Filters: one system's changes only, then only the systems added.
  await page.getByLabel('System').selectOption({ label: 'Citizen chatbot' });
  await expect(page.getByText('Set p2.1 of Risk score')).toHaveCount(0);
  await expect(page.getByText('Set p1.1 of Citizen chatbot to compliant')).toBeVisible();
  await page.getByLabel('What').selectOption({ label: 'Systems added (2)' });
  await expect(page.locator('table.history-table tbody tr[data-seq]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages', exact: true })).toContainText('1–10 of 10 changes');

  expect(consoleErrors).toEqual([]);
});

test('actions across systems: overdue ones stand out, their state changes inline, and history records it', async ({
  page,
}) => {
  await newReview(page, 'Remediation');
  await tab(page, 'Actions').click();
  await expect(
    page.getByText('No actions yet: a non-compliant answer can lead to a finding and actions.'),
  ).toBeVisible();

  await addSystem(page, 'Recidivism risk score');
  await answer(page, 'p2.1', 'Non-compliant', 'No bias testing before the pilot.');
  const card = page.locator(`article.item-card[data-item-id="${CHARTER}/p2.1"]`);
  await card.getByRole('button', { name: 'Add finding' }).click();
  await card.getByLabel('What was found').fill('Outcomes were never compared across groups.');
  await card.getByRole('button', { name: 'Save finding' }).click();
  for (const [description, owner, due] of [
    ['Commission a bias audit', 'Court IT', '2020-01-31'],
    ['Publish the audit summary', 'Press office', '2099-06-30'],
  ] as const) {
    await card.getByRole('button', { name: 'Add action' }).click();
    await card.getByLabel('Action', { exact: true }).fill(description);
    await card.getByLabel('Owner').fill(owner);
    await card.getByLabel('Due date').fill(due);
    await card.getByRole('button', { name: 'Save action' }).click();
    await expect(card.getByRole('list', { name: 'Actions' })).toContainText(description);
  }

  await tab(page, 'Actions').click();
  const rows = page.locator('table.actions-table tbody tr');
  await expect(rows).toHaveCount(2);
  // Soonest due first; the past one is marked in words, not only in colour.
  await expect(rows.nth(0)).toContainText('Commission a bias audit');
  await expect(rows.nth(0)).toContainText('Overdue');
  await expect(rows.nth(0)).toHaveClass(/is-overdue/);
  await expect(rows.nth(1)).not.toContainText('Overdue');
  await expect(rows.nth(0)).toContainText('p2.1');
  await expect(page.getByText('2 actions · 1 overdue')).toBeVisible();

  await page.getByLabel('Overdue only').check();
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Owner').selectOption({ label: 'Press office' });
  await expect(page.getByText('No action matches these filters.')).toBeVisible();
  await page.getByRole('group', { name: 'Filter actions' }).getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(2);

  const state = page.getByRole('combobox', { name: 'State of “Commission a bias audit”' });
  await state.selectOption('done');
  await expect(state).toHaveValue('done');
  await expect(rows.nth(0)).not.toContainText('Overdue');
  await expect(page.getByText('2 actions', { exact: true })).toBeVisible();
  await page.getByLabel('State', { exact: true }).selectOption('active');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Publish the audit summary');

  await tab(page, 'History').click();
  const marked = page
    .getByRole('row')
    .filter({ hasText: 'Marked the action “Commission a bias audit” of Recidivism risk score as done' });
  await expect(marked.getByRole('listitem')).toHaveText(/^State\s*Open\s*→\s*changed to\s*Done$/);
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
});

/** Statuses by item for some systems of the sample inventory: every band, risk level and kind of answer. */
const SAMPLE_ANSWERS: Record<string, Record<string, string>> = {
  'Anonymiser for published judgments': {
    'p1.1': 'Compliant',
    'p1.3': 'Compliant',
    'p1.4': 'Compliant',
    'p2.1': 'Compliant',
    'p2.4': 'Partial',
    'p3.1': 'Compliant',
    'p3.2': 'Compliant',
    'p3.6': 'Compliant',
    'p4.1': 'Compliant',
    'p4.2': 'Partial',
    'p5.2': 'Compliant',
    'p5.6': 'Compliant',
  },
  'Hearing transcription': {
    'p1.1': 'Compliant',
    'p1.3': 'Partial',
    'p2.1': 'Partial',
    'p2.4': 'Compliant',
    'p3.1': 'Partial',
    'p3.6': 'Compliant',
    'p4.1': 'Compliant',
    'p4.4': 'Compliant',
    'p5.2': 'Partial',
  },
  'Citizen information chatbot': {
    'p1.1': 'Compliant',
    'p1.3': 'Compliant',
    'p2.1': 'Compliant',
    'p3.1': 'Compliant',
    'p3.2': 'Partial',
    'p4.1': 'Compliant',
    'p4.2': 'Compliant',
    'p4.4': 'Compliant',
    'p5.2': 'Compliant',
    'p5.6': 'Not applicable',
  },
  'Online dispute resolution triage': {
    'p1.1': 'Partial',
    'p1.4': 'Non-compliant',
    'p2.1': 'Partial',
    'p2.6': 'Compliant',
    'p3.1': 'Compliant',
    'p4.1': 'Non-compliant',
    'p5.2': 'Partial',
  },
  'Case-law search assistant': { 'p1.1': 'Compliant', 'p3.1': 'Compliant', 'p3.2': 'Compliant', 'p4.1': 'Partial' },
  'Recidivism risk score': {
    'p1.1': 'Non-compliant',
    'p1.4': 'Non-compliant',
    'p1.6': 'Partial',
    'p2.4': 'Partial',
    'p3.6': 'Non-compliant',
    'p4.1': 'Partial',
    'p5.2': 'Non-compliant',
  },
};

/** A due date relative to today, so that what is overdue does not depend on when the test runs. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function importSampleInventory(page: Page): Promise<void> {
  await tab(page, 'Inventory').click();
  await page.getByRole('button', { name: 'Import spreadsheet…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import an inventory' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles('assets/samples/inventory-sample.csv');
  await wizard.getByRole('button', { name: 'Preview import' }).click();
  await wizard.getByRole('button', { name: 'Import 12 systems' }).click();
  await wizard.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(wizard).toBeHidden();
}

async function openSystem(page: Page, name: string): Promise<void> {
  await tab(page, 'Checklists').click();
  await page
    .getByRole('navigation', { name: 'AI systems' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function addAction(page: Page, item: Locator, description: string, owner: string, due: string): Promise<void> {
  await item.getByRole('button', { name: 'Add action' }).click();
  await item.getByLabel('Action', { exact: true }).fill(description);
  await item.getByLabel('Owner').fill(owner);
  await item.getByLabel('Due date').fill(due);
  await item.getByRole('button', { name: 'Save action' }).click();
  await expect(item.getByRole('list', { name: 'Actions' })).toContainText(description);
}

test('a portfolio of twelve imported systems, filtered by court, and its actions and history (screenshots)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await newReview(page, 'Baku courts 2026');
  await importSampleInventory(page);

  for (const [system, answers] of Object.entries(SAMPLE_ANSWERS)) {
    await openSystem(page, system);
    for (const [item, status] of Object.entries(answers)) await answer(page, item, status);
  }
  await openSystem(page, 'Recidivism risk score');
  await answer(page, 'p2.1', 'Non-compliant', 'Outcomes were never compared across groups of defendants.');
  const bias = page.locator(`article.item-card[data-item-id="${CHARTER}/p2.1"]`);
  await bias.getByRole('button', { name: 'Add finding' }).click();
  await bias.getByLabel('What was found').fill('The vendor has not tested the score for bias across groups.');
  await bias.getByRole('button', { name: 'Save finding' }).click();
  await addAction(page, bias, 'Obtain the vendor’s bias test results', 'Court IT', daysFromToday(-40));
  await addAction(page, bias, 'Commission an independent bias audit', 'Penitentiary Service', daysFromToday(120));
  await openSystem(page, 'Hearing transcription');
  await answer(page, 'p3.2', 'Non-compliant', 'Word error rate on Azerbaijani hearings is not measured.');
  const accuracy = page.locator(`article.item-card[data-item-id="${CHARTER}/p3.2"]`);
  await accuracy.getByRole('button', { name: 'Add finding' }).click();
  await accuracy.getByLabel('What was found').fill('Transcription accuracy is not measured per language.');
  await accuracy.getByRole('button', { name: 'Save finding' }).click();
  await addAction(page, accuracy, 'Measure the word error rate on 50 hearings', 'Registry', daysFromToday(45));

  await tab(page, 'Actions').click();
  await page
    .getByRole('combobox', { name: 'State of “Measure the word error rate on 50 hearings”' })
    .selectOption('in_progress');
  await expect(page.getByText('3 actions · 1 overdue')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await page.screenshot({ path: 'docs/screenshots/actions.png' });

  // An answer given by mistake and undone: the history says what the undo reverted.
  await openSystem(page, 'Case-law search assistant');
  await answer(page, 'p4.7', 'Compliant');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(
    page
      .locator(`article.item-card[data-item-id="${CHARTER}/p4.7"]`)
      .getByRole('radio', { name: 'Compliant', exact: true }),
  ).toHaveAttribute('aria-checked', 'false');

  await tab(page, 'Portfolio').click();
  await expect(page.locator('table.heat-map tbody tr')).toHaveCount(12);
  // Hearing transcription, P3: partial, non-compliant, compliant = (0.5 + 0 + 1) / 3 = 50%.
  await expect(heatCell(heatRow(page, 'Hearing transcription'), 'p3')).toHaveText('50%');
  await expect(heatRow(page, 'Recidivism risk score').locator('.heat-risk')).toHaveText('Critical');
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await page.screenshot({ path: 'docs/screenshots/portfolio.png', fullPage: true });

  // Filtered, the counts are those of the systems shown: Hearing transcription alone.
  await page.getByLabel('Court or organisation').selectOption({ label: 'Baku Court of Appeal' });
  await expect(page.getByText('1 of 12 systems')).toBeVisible();
  await expect(page.getByTestId('count-compliant').locator('dd')).toHaveText('5');
  await expect(page.getByTestId('count-partial').locator('dd')).toHaveText('4');
  await expect(page.getByTestId('count-non_compliant').locator('dd')).toHaveText('1');
  // Not classified (medium), and its one non-compliance (p3.2) is of medium severity: medium.
  await expect(page.getByTestId('risk-medium').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('risk-high').locator('dd')).toHaveText('0');
  await page.getByRole('group', { name: 'Filter systems' }).getByRole('button', { name: 'Clear filters' }).click();

  await tab(page, 'History').click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Undid: Set p4.7 of Case-law search assistant to compliant' }),
  ).toHaveCount(1);
  await expect(
    page.getByRole('row').filter({ hasText: 'Imported the inventory inventory-sample.csv: 12 systems added' }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Oldest' }).first().click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Imported the inventory inventory-sample.csv: 12 systems added' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Newest' }).first().click();
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await page.screenshot({ path: 'docs/screenshots/history.png' });
});
