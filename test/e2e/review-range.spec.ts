// Bulk coding from the window, in Chromium against browser mode: every message of a time range typed
// in the display zone (New York, while the chat was written in London), then every day of the
// conversation, each one job and one undo; the progress per custodian in the header; a note on a day
// found by note:, and a search by tag that counts what the range coded. Then a tag of the reviewer's
// own, created with a colour and a key, renamed with a reason and removed. Axe audits the new screens.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, importFile, test } from './case-fixture';
import { audit } from './reviewer';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

// London wall clock (BST, UTC+1): 09:00 on the 10th is 04:00 in New York.
const BARGE = [
  '10/04/2024, 09:00 - Ines Varga: The barge is late again',
  '10/04/2024, 09:05 - Joe Lind: How late?',
  '10/04/2024, 09:07 - Ines Varga: Two hours, the permit office held it',
  '10/04/2024, 09:30 - Joe Lind: Lunch at noon?',
  '10/04/2024, 09:45 - Ines Varga: Not today',
  '11/04/2024, 08:00 - Ines Varga: The permit was signed',
  '11/04/2024, 08:10 - Joe Lind: Send me the permit scan',
  '12/04/2024, 10:01 - Ines Varga: Call me about the permit',
];
const QUARRY = ['15/04/2024, 11:00 - Ana Ruiz: Quarry visit on Friday', '15/04/2024, 11:02 - Ben Okafor: Fine by me'];

const row = (page: Page, seq: number) => page.locator(`[data-testid="message"][data-seq="${seq}"]`);
const chipsOf = (page: Page, seq: number) => row(page, seq).getByTestId('tag-chip');

test('every message of a time range and every day of a conversation, coded from the window', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await importFile(page, server.write('WhatsApp Chat with Ines Varga.txt', `${BARGE.join('\n')}\n`), { custodian: 'Joe Lind', timeZone: 'Europe/London', shows: '8 messages' });
  await page.keyboard.press('Escape');
  await importFile(page, server.write('WhatsApp Chat with Ana Ruiz.txt', `${QUARRY.join('\n')}\n`), { custodian: 'Ben Okafor', timeZone: 'Europe/London', shows: '2 messages' });
  await page.keyboard.press('Escape');
  await page.getByTestId('display-zone-button').click();
  await page.getByTestId('display-zone-input').fill('America/New_York');
  await page.getByTestId('display-zone-apply').click();
  await expect(page.getByTestId('display-zone-button')).toHaveText('Days in America/New_York');
  await page.getByTestId('reviewer-button').click();
  await page.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.getByTestId('reviewer-save').click();

  await page.getByTestId('conversation-item').filter({ hasText: 'Ines Varga' }).click();
  await expect(page.getByTestId('message')).toHaveCount(8);
  await row(page, 1).click();
  await page.getByTestId('coding-toggle').click();
  const range = page.getByTestId('bulk-range');
  await range.getByTestId('bulk-range-open').click();
  // The range starts as the focused message's day, in the display zone.
  await expect(range).toContainText('In America/New_York');
  await expect(range.getByTestId('bulk-range-from')).toHaveValue('2024-04-10 00:00');
  await expect(range.getByTestId('bulk-range-until')).toHaveValue('2024-04-11 00:00');

  // A range that ends before it starts is said, not run.
  await range.getByTestId('bulk-range-from').fill('2024-04-10 05:00');
  await range.getByTestId('bulk-range-until').fill('2024-04-10 04:00');
  await range.getByTestId('bulk-range-start').click();
  await expect(page.getByTestId('status-line')).toContainText('The range must end after it starts');

  // 04:00 to 04:31 New York is 09:00 to 09:31 in London: the first four messages, not the fifth.
  await range.getByTestId('bulk-range-from').fill('2024-04-10 04:00');
  await range.getByTestId('bulk-range-until').fill('2024-04-10 04:31');
  await range.getByTestId('bulk-range-select').selectOption({ label: 'Responsive' });
  await range.getByTestId('bulk-range-start').click();
  await expect(page.getByTestId('status-line')).toContainText('Every message from 2024-04-10 04:00 until 2024-04-10 04:31 in this conversation: Responsive applied to 4 messages.');
  for (const seq of [0, 1, 2, 3]) await expect(chipsOf(page, seq)).toHaveText(['Responsive']);
  await expect(chipsOf(page, 4)).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'review-range-coded.png') });

  // Every day of the conversation, as day tags its messages inherit: one job, one undo.
  await range.getByTestId('bulk-days-select').selectOption({ label: 'Hot' });
  await range.getByTestId('bulk-days-start').click();
  await expect(page.getByTestId('status-line')).toContainText('Every day of this conversation: Hot applied to 3 days.');
  await expect(chipsOf(page, 6)).toHaveText(['inherited Hot']);
  await expect(chipsOf(page, 7)).toHaveText(['inherited Hot']);
  await range.scrollIntoViewIfNeeded();
  await page.getByTestId('coding-pane').screenshot({ path: join(SHOTS, 'review-range-pane.png') });
  await audit(page, 'coding pane with bulk coding');
  await page.getByTestId('review-undo').click();
  await expect(chipsOf(page, 6)).toHaveCount(0);
  await expect(chipsOf(page, 0)).toHaveText(['Responsive']);

  // Four of the 10th's five messages carry a coding tag: the day is in review; the header opens the progress per custodian.
  await expect(page.getByTestId('case-progress')).toContainText('0 of 4 days reviewed, 1 in review');
  await page.getByTestId('case-progress').click();
  const custodians = page.getByTestId('custodian-progress-row');
  await expect(custodians).toHaveCount(2);
  await expect(custodians.filter({ hasText: 'Joe Lind' })).toContainText('0 of 3 days reviewed, 1 in review');
  await expect(custodians.filter({ hasText: 'Ben Okafor' })).toContainText('0 of 1 day reviewed');
  await page.screenshot({ path: join(SHOTS, 'review-progress-by-custodian.png') });
  await audit(page, 'progress per custodian');
  await page.getByTestId('case-progress').click();

  // A note on the day reaches every message of it: note: finds the day's five messages.
  await row(page, 1).click();
  await page.locator('#coding-day-note-input').fill('Barge delay discussed all morning');
  await page.locator('#coding-day-note-input').press('Control+Enter');
  await expect(page.getByTestId('coding-pane').getByTestId('note').filter({ hasText: 'Barge delay' })).toContainText('Pat Lee');
  await page.getByTestId('search-input').fill('note:barge');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 5');

  // Found again by tag: the four messages of the range.
  await page.getByTestId('search-input').fill('tag:Responsive');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 4');
  expect(problems).toEqual([]);
});

test('a tag of the reviewer’s own: created with a colour and a key, renamed with a reason, removed', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await importFile(page, server.write('WhatsApp Chat with Ines Varga.txt', `${BARGE.join('\n')}\n`), { custodian: 'Joe Lind', timeZone: 'Europe/London', shows: '8 messages' });
  await page.keyboard.press('Escape');
  await page.getByTestId('reviewer-button').click();
  await page.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.getByTestId('reviewer-save').click();
  await row(page, 0).click();
  await page.getByTestId('coding-toggle').click();
  const pane = page.getByTestId('coding-pane');

  const editor = pane.getByTestId('tag-editor');
  await editor.getByTestId('tag-editor-open').click();
  await editor.getByTestId('tag-name').fill('Call back');
  await editor.getByTestId('tag-color').fill('#1565c0');
  await editor.getByTestId('tag-key').fill('4');
  await editor.getByTestId('tag-description').fill('Someone must phone about it');
  await editor.getByTestId('tag-save').click();
  await expect(page.getByTestId('status-line')).toContainText('Tag Call back created.');
  const palette = pane.getByTestId('palette-tag').filter({ hasText: 'Call back' });
  await expect(palette.locator('kbd')).toHaveText('4');
  await row(page, 0).focus();
  await page.keyboard.press('4');
  await expect(chipsOf(page, 0)).toHaveText(['Call back']);
  await editor.scrollIntoViewIfNeeded();
  await pane.screenshot({ path: join(SHOTS, 'review-tag-editor.png') });
  await audit(page, 'coding pane with the tag editor');

  const item = editor.getByTestId('tag-editor-item').filter({ hasText: 'Call back' });
  await item.getByTestId('tag-edit').click();
  await editor.getByTestId('tag-name').fill('Phone back');
  await editor.getByTestId('tag-reason').fill('Clearer for the second reviewer');
  await editor.getByTestId('tag-save').click();
  await expect(page.getByTestId('status-line')).toContainText('Tag Phone back saved.');
  await expect(chipsOf(page, 0)).toHaveText(['Phone back']);

  // Removing asks for a second click; the tag then counts nowhere, and its history stays in the log.
  const renamed = editor.getByTestId('tag-editor-item').filter({ hasText: 'Phone back' });
  await renamed.getByTestId('tag-remove').click();
  await expect(renamed.getByTestId('tag-remove')).toHaveText('Confirm removal');
  await renamed.getByTestId('tag-remove').click();
  await expect(page.getByTestId('status-line')).toContainText('Tag Phone back removed');
  await expect(chipsOf(page, 0)).toHaveCount(0);
  await expect(pane.getByTestId('palette-tag').filter({ hasText: 'Phone back' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
