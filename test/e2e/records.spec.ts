// The records lens as a reviewer uses it: mark one source as a personal account of an official and
// another as the official account, read what was copied within 20 days, and see the messages that
// were not flagged in their thread.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importFile, SHOTS, test } from './case-fixture';

async function markAccount(page: Page, file: string, kind: 'official' | 'personal', holder: string): Promise<void> {
  const dialog = page.getByTestId('sources-dialog');
  await dialog.getByTestId('source-item').filter({ hasText: file }).click();
  await dialog.getByTestId('account-kind').selectOption(kind);
  await dialog.getByTestId('account-holder').selectOption(holder);
  await dialog.getByTestId('account-apply').click();
  await expect(dialog.getByTestId('account-control')).toContainText(`${kind} account of ${holder}`);
}

test('a personal account’s messages without an official copy are counted and flagged in the thread', async ({ page, server, problems }) => {
  const personal = server.write(
    'WhatsApp Chat with Ed Marsh.txt',
    '08/01/2024, 09:30 - Dana Whitfield: the tender deadline moves to the end of March\n08/01/2024, 09:31 - Dana Whitfield: budget line 14 absorbs the overrun\n08/01/2024, 09:40 - Ed Marsh: noted\n',
  );
  const official = server.write('WhatsApp Chat with Records Desk.txt', '09/01/2024, 10:00 - Dana Whitfield: the tender deadline moves to the end of March\n20/03/2024, 10:00 - Records Desk: quarter closed\n');

  await page.goto(server.url);
  await importFile(page, personal, { timeZone: 'UTC' });
  await importFile(page, official, { timeZone: 'UTC' });
  await page.getByTestId('sources-button').click();
  await markAccount(page, 'Records Desk', 'official', 'Dana Whitfield');
  await markAccount(page, 'Ed Marsh', 'personal', 'Dana Whitfield');
  const summary = page.getByTestId('records-summary');
  await expect(summary).toContainText('2 of Dana Whitfield’s messages tested against 1 official source: 1 copied within 20 days, median 24.5 h after sending');
  await expect(summary).toContainText('1 not copied');
  await page.screenshot({ path: join(SHOTS, '11-records-lens.png') });
  await page.keyboard.press('Escape');

  await page.getByTestId('conversation-item').filter({ hasText: 'Ed Marsh' }).click();
  const band = page.getByTestId('thread').getByTestId('finding-band').filter({ hasText: 'RK-1' });
  await expect(band).toContainText('1 message Dana Whitfield sent from this personal account on 2024-01-08 (09:31) has no copy');
  await page.screenshot({ path: join(SHOTS, '12-records-band.png') });
  expect(problems).toEqual([]);
});
