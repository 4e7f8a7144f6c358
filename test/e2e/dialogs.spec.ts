// Every dialog of the window stands in one frame (renderer/src/dialog): a modal named by its own
// heading, the focus inside it while it is open, Tab kept inside, Escape closing it and the focus
// back where it was. Here each dialog is opened from the window on a case made from a chat written
// here, and a small form dialog submits from Enter only once its form is ready.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SHOTS, test } from './case-fixture';
import { messageRow } from './reviewer';

const CHAT = [
  '10/04/2024, 09:00 - Ines Varga: The barge is late again',
  '10/04/2024, 09:05 - Joe Lind: Call me about it',
  '11/04/2024, 08:00 - Ines Varga: The permit was signed',
];

test.use({ caseSetup: { imports: [{ path: ['WhatsApp Chat with Ines Varga.txt', `${CHAT.join('\n')}\n`], custodian: 'Joe', timeZone: 'Europe/London', shows: '3 messages' }] } });

async function openCase(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('conversation-item').filter({ hasText: 'Ines Varga' }).click();
  await expect(messageRow(page, 0)).toBeVisible();
}

/** The dialog is modal, named by its level-2 heading, and holds the focus, forwards and backwards. */
async function expectModalFrame(page: Page, name: string, testId: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name, exact: true });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toHaveAttribute('data-testid', testId);
  await expect(dialog.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  for (const key of ['Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab']) {
    await page.keyboard.press(key);
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
  return dialog;
}

test('every large dialog: named by its heading, modal, closed by Escape or Close with the focus back on its button', async ({ page, server, problems }) => {
  await openCase(page, server.url);
  for (const [button, testId, name] of [
    ['sources-button', 'sources-dialog', 'Sources'],
    ['gaps-button', 'gaps-dialog', 'Gaps and completeness'],
    ['people-button', 'people-dialog', 'People'],
    ['timeline-button', 'timeline-dialog', 'Timeline'],
    ['keys-button', 'keyboard-help', 'Keys'],
    ['produce-button', 'produce-dialog', 'Produce'],
    ['chronology-open', 'chronology-panel', 'Chronology'],
  ] as const) {
    await page.getByTestId(button).click();
    const dialog = await expectModalFrame(page, name, testId);
    await page.screenshot({ path: join(SHOTS, `dialogs-frame-${testId}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(button)).toBeFocused();

    await page.getByTestId(button).click();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(button)).toBeFocused();
  }
  expect(problems).toEqual([]);
});

test('the small form dialogs: Enter submits only a ready form, Cancel and Escape close without saving, the focus goes back', async ({ page, server, problems }) => {
  await openCase(page, server.url);

  // Who is reviewing: an empty name is not saved, nor one the reviewer walked away from.
  const reviewerButton = page.getByTestId('reviewer-button');
  await reviewerButton.click();
  const reviewer = await expectModalFrame(page, 'Who is reviewing?', 'reviewer-dialog');
  await reviewer.getByTestId('reviewer-name-input').press('Enter');
  await expect(reviewer).toBeVisible();
  await reviewer.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.keyboard.press('Escape');
  await expect(reviewer).toBeHidden();
  await expect(reviewerButton).toBeFocused();
  await expect(reviewerButton).toHaveText('Reviewer: not named');
  await reviewerButton.click();
  await reviewer.getByTestId('reviewer-name-input').fill('Pat Lee');
  await reviewer.getByTestId('reviewer-name-input').press('Enter');
  await expect(reviewer).toBeHidden();
  await expect(reviewerButton).toHaveText('Reviewer: Pat Lee');

  // An outside event: Enter waits for a title and a date; Cancel adds nothing.
  await messageRow(page, 1).click();
  await page.keyboard.press('e');
  const event = await expectModalFrame(page, 'Outside event for Master', 'chronology-event-dialog');
  await event.getByTestId('chronology-event-name').fill('Phone seized');
  await event.getByTestId('chronology-event-name').press('Enter');
  await expect(event).toBeVisible();
  await expect(event.getByTestId('chronology-event-add')).toBeDisabled();
  await event.getByTestId('chronology-event-at').fill('2024-04-10');
  await page.screenshot({ path: join(SHOTS, 'dialogs-1-outside-event.png') });
  await event.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(event).toBeHidden();
  await expect(messageRow(page, 1)).toBeFocused();
  await page.getByTestId('chronology-open').click();
  await expect(page.getByTestId('chronology-panel')).toContainText('0 entries');
  await page.keyboard.press('Escape');

  // A redaction: the whole message is ready at once; Escape closes it with nothing redacted.
  await page.getByTestId('coding-toggle').click();
  await messageRow(page, 1).click();
  const redactButton = page.getByTestId('redact-button');
  await redactButton.click();
  const redact = await expectModalFrame(page, 'Redact in message 2', 'redact-dialog');
  await expect(redact.getByTestId('redact-submit')).toBeEnabled();
  await page.screenshot({ path: join(SHOTS, 'dialogs-2-redact.png') });
  await page.keyboard.press('Escape');
  await expect(redact).toBeHidden();
  await expect(redactButton).toBeFocused();
  await redactButton.click();
  await expect(redact.getByTestId('redact-submit')).toBeEnabled();
  await expect(redact.getByTestId('redaction-list')).toHaveCount(0);
  await redact.getByTestId('redact-submit').click();
  await expect(redact).toBeHidden();
  await expect(page.getByTestId('status-line')).toContainText('Redaction added');
  expect(problems).toEqual([]);
});
