import { expect, test } from '@playwright/test';

test('evidence, a finding with an action, and a sign-off that notices a later change', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Title').fill('Findings');
  await page.getByRole('button', { name: 'Create review' }).click();
  await page.getByLabel('Add a system').fill('Recidivism risk score');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  const item = page.locator('article.item-card').first();
  await item.getByRole('radio', { name: 'Non-compliant' }).click();
  await item.getByLabel(/Justification/).fill('No impact assessment before the pilot.');
  await item.getByLabel(/Justification/).blur();

  // Evidence is stored inside the review with its size and hash.
  await item
    .getByText('Attach evidence')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'pilot-decision.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 pilot decision of the parole board'),
    });
  await expect(item.getByRole('list', { name: 'Evidence' })).toContainText('pilot-decision.pdf');
  await expect(item.getByRole('list', { name: 'Evidence' })).toContainText('SHA-256');

  await item.getByRole('button', { name: 'Add finding' }).click();
  await item.getByLabel('What was found').fill('The system was piloted without a fundamental-rights assessment.');
  await item.getByLabel('Recommendation').fill('Suspend the pilot until an assessment is done.');
  await item.getByRole('button', { name: 'Save finding' }).click();
  await expect(item.locator('.finding-card')).toContainText('without a fundamental-rights assessment');

  await item.getByRole('button', { name: 'Add action' }).click();
  await item.getByLabel('Action', { exact: true }).fill('Commission the assessment');
  await item.getByLabel('Owner').fill('Court IT');
  await item.getByLabel('Due date').fill('2020-01-31');
  await item.getByRole('button', { name: 'Save action' }).click();
  await expect(item.getByRole('list', { name: 'Actions' })).toContainText('Commission the assessment');
  await expect(item.getByRole('list', { name: 'Actions' })).toContainText('Overdue');

  const signoff = page.locator('section.signoff');
  await signoff.getByLabel('Name').fill('Leyla Aliyeva');
  await signoff.getByRole('button', { name: 'Sign off' }).click();
  await expect(signoff).toContainText('Answers unchanged');

  await item.getByRole('radio', { name: 'Partial' }).click();
  await expect(signoff).toContainText('Changed since sign-off');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/);
  await item.screenshot({ path: 'docs/screenshots/finding.png' });
});
