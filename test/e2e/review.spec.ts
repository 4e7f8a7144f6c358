// A reviewer's first session, in Chromium against browser mode on a real case: import an export, open
// the conversation, search, open a hit and land on the message; a bad file gets a readable error.
// Any console error or CSP violation fails the test. Screenshots go to test-results/screenshots/.
// Every test starts its own server on a new case, so each stands alone and runs in any order.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DELETIONS_CHAT, deletionsChat, GROUP_CHAT, ambiguousGroupChat, MEDIA_ZIP, mediaZip } from '../fixtures/whatsapp';
import { expect, importFile, SHOTS, test } from './case-fixture';
import { submitImport } from './reviewer';
import type { BrowserMode } from './server';

async function importDeletionsChat(page: Page, server: BrowserMode): Promise<void> {
  await importFile(page, server.write(DELETIONS_CHAT.name, deletionsChat()), { shows: `${DELETIONS_CHAT.messages} messages in 1 conversation imported` });
}

test('import, open a conversation, search, and jump to a hit', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  await expect(page.getByTestId('conversation-item')).toHaveCount(0);

  await importDeletionsChat(page, server);
  await page.screenshot({ path: join(SHOTS, '1-imported.png') });

  const conversation = page.getByTestId('conversation-item');
  await expect(conversation).toHaveCount(1);
  await conversation.click();
  const thread = page.getByTestId('thread');
  await expect(thread.getByTestId('message').first()).toBeVisible();
  // Virtualized: a 60-message thread in an 800-pixel window never renders every row.
  expect(await thread.getByTestId('message').count()).toBeLessThan(DELETIONS_CHAT.messages);
  await expect(thread).toContainText('Messages and calls are end-to-end encrypted');
  await page.screenshot({ path: join(SHOTS, '2-thread.png') });

  await page.getByTestId('search-input').fill('deleted');
  await page.getByTestId('search-input').press('Enter');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(DELETIONS_CHAT.deleted);
  await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText(/deleted/i);
  await page.screenshot({ path: join(SHOTS, '3-search.png') });

  // The hits are in time order; the last tombstone of the chat is the exporting phone's own.
  const last = hits.last();
  await expect(last).toContainText('You deleted this message');
  await last.click();
  const landed = page.getByTestId('message-highlighted');
  await expect(landed).toBeVisible();
  await expect(landed).toContainText('You deleted this message');
  await expect(landed).toBeInViewport();
  await page.screenshot({ path: join(SHOTS, '4-landed-on-hit.png') });

  expect(problems).toEqual([]);
});

test('a file that is not a chat export gets one readable sentence and changes nothing', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await importDeletionsChat(page, server);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('conversation-item')).toHaveCount(1);
  const notAChat = server.write('minutes.txt', 'Minutes of the meeting\nPresent: everyone\n');
  await submitImport(page, notAChat);
  await expect(page.getByTestId('import-error')).toContainText('minutes.txt is not a chat export', { timeout: 30_000 });
  await page.screenshot({ path: join(SHOTS, '5-bad-input.png') });
  await expect(page.getByTestId('conversation-item')).toHaveCount(1);

  await submitImport(page, '/etc/passwd');
  await expect(page.getByTestId('import-error').or(page.getByTestId('error-banner'))).toContainText('outside the folders');
  expect(problems).toEqual([]);
});

test('an ambiguous date order is shown, locked by the reviewer, and every time follows', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await submitImport(page, server.write(GROUP_CHAT.name, ambiguousGroupChat()));
  await expect(page.getByTestId('import-date-order').last()).toContainText('ambiguous');
  await page.getByTestId('review-source').click();

  const dialog = page.getByTestId('sources-dialog');
  await expect(dialog.getByTestId('date-order-control')).toContainText('Day/month order: DMY');
  await expect(dialog.getByTestId('date-order-control')).toContainText('nothing in the file decides');
  await page.screenshot({ path: join(SHOTS, '6-source-ambiguous.png') });
  await dialog.getByTestId('date-order-select').selectOption('MDY');
  await dialog.getByTestId('date-order-lock').click();
  await expect(dialog.getByTestId('date-order-control')).toContainText('Day/month order: MDY');
  await expect(dialog.getByTestId('date-order-control')).toContainText('locked by the reviewer as MDY');

  await dialog.getByTestId('time-zone-input').fill('Europe/Moscow');
  await dialog.getByTestId('time-zone-apply').click();
  await expect(dialog.getByTestId('time-zone-control')).toContainText('Time zone: Europe/Moscow');
  await expect(dialog.getByTestId('time-zone-control')).not.toContainText('assumed');
  await page.screenshot({ path: join(SHOTS, '7-source-locked.png') });
  await page.keyboard.press('Escape');

  await page.getByTestId('conversation-item').filter({ hasText: GROUP_CHAT.title }).click();
  await expect(page.getByTestId('day-separator').first()).toContainText(GROUP_CHAT.firstDayMdy);
  expect(problems).toEqual([]);
});

test('a with-media export shows its photo, video and audio inside the thread', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await importFile(page, server.write(MEDIA_ZIP.name, mediaZip()), { shows: `${MEDIA_ZIP.messages} messages in 1 conversation imported` });
  await page.keyboard.press('Escape');
  await page.getByTestId('conversation-item').filter({ hasText: MEDIA_ZIP.title }).click();
  const image = page.getByTestId('inline-image').first();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.getByTestId('thread').evaluate((el) => (el.scrollTop += 400));
  await expect(page.getByTestId('inline-video').first()).toBeVisible();
  const audio = page.getByTestId('inline-audio').first();
  await audio.scrollIntoViewIfNeeded();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThan(0);
  await page.screenshot({ path: join(SHOTS, '8-media.png') });
  expect(problems).toEqual([]);
});
