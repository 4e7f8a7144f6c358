// Two custodians' copies of one chat, imported one after the other: they are recognised as one
// conversation, read as one merged thread where the messages one phone lacks say so, and the
// reviewer can undo the link and make it again by hand.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { androidCopy, dialogue, iosCopy } from '../../scripts/two-copies';
import { expect, importFile, SHOTS, test } from './case-fixture';

async function importCopy(page: Page, path: string, custodian: string): Promise<void> {
  await importFile(page, path, { custodian, timeZone: 'Europe/Madrid' });
  await page.keyboard.press('Escape');
}

test('two copies become one merged thread; unlinked and linked again by the reviewer', async ({ page, server, problems }) => {
  // Seven hours apart, the messages run past the 12th of the month, so each file's date order is decided.
  const lines = dialogue(80, 7 * 3_600_000);
  const anasCopy = server.write('ana/WhatsApp Chat with Ben Okafor.txt', androidCopy(lines));
  const bensCopy = server.write('ben/_chat.txt', iosCopy(lines.filter((_, i) => i < 40 || i >= 45)));

  await page.goto(server.url);
  await importCopy(page, anasCopy, 'Ana Ruiz');
  await importCopy(page, bensCopy, 'Ben Okafor');

  const linkItem = page.getByTestId('link-item');
  await expect(linkItem).toHaveCount(1);
  await expect(linkItem).toContainText('5 only in Ana Ruiz');
  await linkItem.click();
  await expect(page.getByTestId('link-header')).toContainText('linked by the messages they share');

  const thread = page.getByTestId('thread');
  await page.getByTestId('seen-from').selectOption('Ana Ruiz');
  await thread.evaluate((el) => (el.scrollTop = el.scrollHeight / 2 - 200));
  const partial = thread.locator('[data-testid="presence"].is-partial');
  await expect(partial.first()).toBeVisible();
  await expect(partial.first()).toHaveText(/only in\s*A/);
  await expect(thread.locator('.message.is-mine').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, '9-merged-thread.png') });

  // Ben's own thread shows where the five went missing, as a finding in place.
  await page.getByTestId('conversation-item').filter({ hasText: 'Ben Okafor' }).last().click();
  await thread.evaluate((el) => (el.scrollTop = el.scrollHeight / 2 - 200));
  await expect(thread.getByTestId('finding-band').filter({ hasText: 'R6' }).first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, '10-absence-in-thread.png') });

  await linkItem.click();
  await page.getByTestId('unlink').click();
  await expect(linkItem).toHaveCount(0);

  await page.getByTestId('conversation-item').first().click();
  await page.getByTestId('link-with').selectOption({ index: 1 });
  await page.getByTestId('link-button').click();
  await expect(linkItem).toHaveCount(1);
  await linkItem.click();
  await expect(page.getByTestId('link-header')).toContainText('linked by the reviewer');
  expect(problems).toEqual([]);
});
