// The completeness report in the window counts its days in the display zone and says which: a chat
// kept in Tokyo time, read in London, has its early-morning messages on the London day before.
import { join } from 'node:path';
import { expect, SHOTS, test } from './case-fixture';

// Tokyo wall-clock times (UTC+9); London is on GMT in mid-March 2024.
const TOKYO_CHAT = [
  '14/03/2024, 08:30 - Ben Okafor: the ferry leaves at nine', // 13 March in London
  '14/03/2024, 09:10 - Ana Ruiz: on my way', // 14 March
  '15/03/2024, 07:00 - Ben Okafor: This message was deleted', // 14 March
  '15/03/2024, 10:00 - Ana Ruiz: good morning', // 15 March
].join('\n');

test.use({ caseSetup: { imports: [{ path: ['WhatsApp Chat with Ana Ruiz.txt', `${TOKYO_CHAT}\n`], timeZone: 'Asia/Tokyo', shows: '4 messages' }] } });

test('the report’s days are the display zone’s, and its heading names the zone', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByTestId('display-zone-button').click();
  await page.getByTestId('display-zone-input').fill('Europe/London');
  await page.getByTestId('display-zone-input').press('Enter');
  await expect(page.getByTestId('display-zone-button')).toHaveText('Days in Europe/London');

  await page.getByTestId('gaps-button').click();
  const dialog = page.getByTestId('gaps-dialog');
  const heading = dialog.getByTestId('gaps-days-zone');
  await expect(heading).toHaveText('By conversation-day, in Europe/London');
  const days = dialog.locator('.day-table tbody tr');
  await expect(days).toHaveCount(3);
  await expect(days.locator('td:first-child')).toHaveText(['2024-03-13', '2024-03-14', '2024-03-15']);
  await expect(days.nth(1).locator('td').nth(1)).toHaveText('2');
  await expect(days.nth(1).locator('td').nth(5)).toContainText('deleted (fact)');
  await heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'completeness-days-in-display-zone.png') });
  expect(problems).toEqual([]);
});
