// Coding a conversation from the keyboard, in Chromium against browser mode on a case made from a
// chat written here: the reviewer is asked for once, tag keys code the selection, the day becomes
// reviewed, undo and redo, a note, the next unreviewed day, a search by tag with its count, every hit
// of a search tagged as a job, and a gap finding dismissed with a reason. Axe audits the new screens.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importFile, SHOTS, test } from './case-fixture';
import { audit, messageRow } from './reviewer';
import type { BrowserMode } from './server';

// Three days: four messages, then three, then two with a deleted message (a gap finding).
const CHAT = [
  '10/04/2024, 09:00 - Ines Varga: The barge is late again',
  '10/04/2024, 09:05 - Joe Lind: How late?',
  '10/04/2024, 09:07 - Ines Varga: Two hours, the permit office held it',
  '10/04/2024, 09:30 - Joe Lind: Lunch at noon?',
  '11/04/2024, 08:00 - Ines Varga: The permit was signed',
  '11/04/2024, 08:10 - Joe Lind: Send me the permit scan',
  '11/04/2024, 08:12 - Ines Varga: Done',
  '12/04/2024, 10:00 - Joe Lind: This message was deleted',
  '12/04/2024, 10:01 - Ines Varga: Call me about the permit',
];

async function importChat(page: Page, server: BrowserMode): Promise<void> {
  await page.goto(server.url);
  await importFile(page, server.write('WhatsApp Chat with Ines Varga.txt', `${CHAT.join('\n')}\n`), { custodian: 'Joe', timeZone: 'Europe/London', shows: '9 messages' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('message')).toHaveCount(9);
}

const chipsOf = (page: Page, seq: number) => messageRow(page, seq).getByTestId('tag-chip');

test('a day coded with the keyboard alone, found again by tag, undone and redone', async ({ page, server, problems }) => {
  await importChat(page, server);

  // Into the thread, onto the first message, and the coding pane open: all keys.
  await page.keyboard.press('t');
  await page.keyboard.press('j');
  await expect(messageRow(page, 0)).toBeFocused();
  await page.keyboard.press('Shift+C');
  const pane = page.getByTestId('coding-pane');
  await expect(pane).toBeVisible();
  await expect(pane.getByTestId('palette-tag').filter({ hasText: 'Responsive' }).first()).toContainText('1');

  // The first tag key asks who is reviewing; the name typed, the tag lands.
  await messageRow(page, 0).focus();
  await page.keyboard.press('1');
  const dialog = page.getByTestId('reviewer-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('reviewer-name-input')).toBeFocused();
  await audit(page, 'reviewer dialog');
  await page.keyboard.type('Pat Lee');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('reviewer-button')).toHaveText('Reviewer: Pat Lee');
  await expect(chipsOf(page, 0)).toHaveText(['Responsive']);

  // The rest of the day: j and a key per message; Not responsive replaces Responsive (one group).
  await expect(messageRow(page, 0)).toBeFocused();
  for (const [seq, key] of [
    [1, '1'],
    [2, '2'],
    [3, '1'],
  ] as const) {
    await page.keyboard.press('j');
    await expect(messageRow(page, seq)).toBeFocused();
    await page.keyboard.press(key);
  }
  await expect(chipsOf(page, 2)).toHaveText(['Not responsive']);
  await page.keyboard.press('1');
  await expect(chipsOf(page, 3)).toHaveText(['Responsive']);
  await page.keyboard.press('k');
  await page.keyboard.press('1');
  await expect(chipsOf(page, 2)).toHaveText(['Responsive']);

  // Every message of the day carries a coding tag: the day is reviewed, in the pane and the header.
  await expect(pane.getByTestId('day-status-select')).toHaveValue('reviewed');
  await expect(page.getByTestId('case-progress')).toContainText('1 of 3 days reviewed');
  await expect(page.getByTestId('conversation-progress')).toContainText('1 of 3 days reviewed');

  // The day list shows each day's status.
  await page.getByTestId('days-toggle').click();
  await expect(page.locator('[data-testid="day-item"][data-day="2024-04-10"]').getByTestId('day-review')).toHaveAttribute('data-status', 'reviewed');
  await expect(page.locator('[data-testid="day-item"][data-day="2024-04-11"]').getByTestId('day-review')).toHaveAttribute('data-status', 'unreviewed');
  await messageRow(page, 2).focus();

  // Undo takes the last tag back (message 3 is Not responsive again), redo applies it again.
  await page.keyboard.press('z');
  await expect(chipsOf(page, 2)).toHaveText(['Not responsive']);
  await expect(page.getByTestId('status-line')).toContainText('Undone');
  await expect(pane.getByTestId('action-history').locator('li').first()).toHaveAttribute('data-state', 'undone');
  await page.keyboard.press('Shift+Z');
  await expect(chipsOf(page, 2)).toHaveText(['Responsive']);

  // A note from the keyboard: m, the text, Ctrl+Enter.
  await page.keyboard.press('m');
  await expect(page.locator('#coding-note-input')).toBeFocused();
  await page.keyboard.type('Permit office delay: ask for the log');
  await page.keyboard.press('Control+Enter');
  await expect(pane.getByTestId('note')).toContainText('Permit office delay: ask for the log');
  await expect(pane.getByTestId('note')).toContainText('Pat Lee');

  // The next unreviewed day is the 11th: its first message (seq 4) gets the focus.
  await messageRow(page, 2).focus();
  await page.keyboard.press('d');
  await expect(messageRow(page, 4)).toBeFocused();
  await expect(page.getByTestId('status-line')).toContainText('2024-04-11');
  // A day tag reaches its messages as inherited chips, shown apart.
  await page.getByTestId('coding-scope-day').check();
  await messageRow(page, 4).focus();
  await page.keyboard.press('h');
  await expect(messageRow(page, 5).getByTestId('tag-chip')).toHaveText(['inherited Hot']);
  await expect(messageRow(page, 5).getByTestId('tag-chip')).toHaveAttribute('data-inherited', 'true');
  await page.getByTestId('coding-scope-message').check();
  await messageRow(page, 4).focus();
  // Untagged means no tag at all, own or inherited: the 11th is all Hot now, so u goes on to the 12th.
  await page.keyboard.press('u');
  await expect(messageRow(page, 7)).toBeFocused();
  // r marks the focused message's day reviewed by hand.
  await page.keyboard.press('r');
  await expect(page.getByTestId('status-line')).toContainText('2024-04-12 marked reviewed.');
  await expect(page.getByTestId('case-progress')).toContainText('2 of 3 days reviewed');
  await expect(pane.getByTestId('day-status-by')).toContainText('set by Pat Lee');
  await page.screenshot({ path: join(SHOTS, 'review-coding-pane.png') });
  await messageRow(page, 2).click();
  await expect(pane.getByTestId('note')).toContainText('Permit office delay');
  await pane.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await pane.screenshot({ path: join(SHOTS, 'review-coding-pane-notes.png') });
  await messageRow(page, 7).focus();
  await audit(page, 'coding pane');

  // The key sheet lists the coding keys from the same table the keys obey.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toContainText('Tag the selection “Responsive”');
  await expect(page.getByRole('dialog')).toContainText('Go to the next unreviewed day');
  await audit(page, 'key sheet with the coding keys');
  await page.keyboard.press('Escape');

  // Search by tag: the count is the four messages of the 10th, all Responsive after the change of mind.
  await page.keyboard.press('/');
  await page.keyboard.type('tag:Responsive');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 4');
  await expect(page.getByTestId('search-summary')).toContainText('4');
  await page.screenshot({ path: join(SHOTS, 'review-search-by-tag.png') });
  expect(problems).toEqual([]);
});

test('every hit of a search tagged as one job, and a gap finding dismissed with a reason', async ({ page, server, problems }) => {
  await importChat(page, server);
  await page.getByTestId('reviewer-button').click();
  await page.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.getByTestId('reviewer-save').click();

  // Privileged's default key is v (p goes to a reply's parent); a clash is refused with a way out (unit test).
  await page.getByTestId('coding-toggle').click();
  await expect(page.getByTestId('palette-tag').filter({ hasText: 'Privileged' }).locator('kbd')).toHaveText('v');
  await messageRow(page, 8).click();
  await page.keyboard.press('v');
  await expect(chipsOf(page, 8)).toHaveText(['Privileged']);

  await page.getByTestId('search-input').fill('permit');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 4');
  const bulk = page.getByTestId('bulk-tag');
  await bulk.getByTestId('bulk-tag-select').selectOption({ label: 'Hot' });
  await bulk.getByTestId('bulk-tag-start').click();
  await expect(page.getByTestId('status-line')).toContainText('Hot applied to 4 messages');
  await expect(chipsOf(page, 2)).toHaveText(['Hot']);
  await expect(chipsOf(page, 1)).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'review-bulk-tagged.png') });
  // One bulk action undoes as one.
  await page.getByTestId('review-undo').click();
  await expect(chipsOf(page, 2)).toHaveCount(0);
  await expect(chipsOf(page, 4)).toHaveCount(0);

  await page.getByTestId('gaps-button').click();
  const gaps = page.getByTestId('gaps-dialog');
  const finding = gaps.getByTestId('finding').first();
  await finding.getByTestId('finding-dismissed').click();
  await finding.getByTestId('finding-note-input').fill('Deleted by the sender, not a gap');
  await finding.getByTestId('finding-decide').click();
  await expect(finding.getByTestId('finding-decision')).toContainText('Dismissed as not a gap by Pat Lee');
  await expect(finding.getByTestId('finding-decision')).toContainText('Deleted by the sender, not a gap');
  await page.screenshot({ path: join(SHOTS, 'review-finding-dismissed.png') });
  await audit(page, 'gaps with a reviewed finding');
  await page.keyboard.press('Escape');
  await page.getByTestId('gaps-button').click();
  await expect(page.getByTestId('gaps-dialog').getByTestId('finding-decision').first()).toContainText('Dismissed as not a gap by Pat Lee');
  expect(problems).toEqual([]);
});
