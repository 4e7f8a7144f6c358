// The display zone, conversation-days and the timeline, in Chromium against browser mode: the sample
// exports and two generated chats (London across the clocks change of 2024-03-31, and Tokyo) in one
// case. The reviewer sets the zone, opens a day from the day list, opens the timeline, zooms into a
// few days (counted again by the hour), clicks a bar and lands in the thread at the first message of
// that hour. Any console error or CSP violation fails the test. Screenshots: test-results/screenshots/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { londonChat, tokyoChat } from '../engine/timeline-chats';
import { expect, SHOTS, test } from './case-fixture';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));

// Each test gets its own server and case, filled afresh, so tests stand alone and run in any order.
test.use({
  caseSetup: {
    allow: [SAMPLE],
    imports: [
      { path: SAMPLE, timeZone: 'Europe/London', shows: 'Harbor Permit Review' },
      { path: ['WhatsApp Chat with Harbour Group.txt', londonChat()], timeZone: 'Europe/London', shows: 'Harbour Group' },
      { path: ['WhatsApp Chat with Kenji Sato.txt', tokyoChat()], timeZone: 'Asia/Tokyo', shows: 'Kenji Sato' },
    ],
  },
});

/** Sets the display zone in the header, as a reviewer does. */
async function setDisplayZone(page: Page, zone: string): Promise<void> {
  await page.getByTestId('display-zone-button').click();
  await page.getByTestId('display-zone-input').fill(zone);
  await page.getByTestId('display-zone-apply').click();
  await expect(page.getByTestId('display-zone-button')).toHaveText(`Days in ${zone}`);
}

test('the display zone is set in the header, and a day of the day list opens the thread at its first message', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('display-zone-button')).toHaveText('Days in UTC');
  await page.getByTestId('display-zone-button').click();
  await page.getByTestId('display-zone-input').fill('europe/london');
  await page.screenshot({ path: join(SHOTS, 'timeline-1-display-zone.png') });
  await page.getByTestId('display-zone-apply').click();
  await expect(page.getByTestId('display-zone-button')).toHaveText('Days in Europe/London');

  await page.getByTestId('conversation-item').filter({ hasText: 'Harbour Group' }).click();
  await page.getByTestId('days-toggle').click();
  const days = page.getByTestId('day-list');
  await expect(days).toContainText('22 days · Europe/London');
  const clocksChange = days.locator('[data-day="2024-03-31"]');
  await clocksChange.scrollIntoViewIfNeeded();
  await expect(clocksChange).toContainText('23 h');
  await days.locator('[data-day="2024-04-03"]').scrollIntoViewIfNeeded();
  await expect(days.locator('[data-day="2024-04-03"]')).toContainText('lead');
  await days.locator('[data-day="2024-04-03"]').click();
  const landed = page.getByTestId('message-highlighted');
  await expect(landed).toBeInViewport();
  // The day's first message is the 00:30 one; the separator above it names the day.
  await expect(landed.locator('.message-time')).toHaveText('00:30');
  await expect(page.getByTestId('thread')).toContainText('2024-04-03');
  await page.screenshot({ path: join(SHOTS, 'timeline-2-day-list.png') });
  expect(problems).toEqual([]);
});

test('the timeline opens on the case, zooms into hours, and a click lands in the thread at the first message of the hour', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await setDisplayZone(page, 'Europe/London');
  await page.getByTestId('timeline-button').click();
  const dialog = page.getByTestId('timeline-dialog');
  const summary = dialog.getByTestId('timeline-summary');
  // It opens on the conversation in view; the whole case is one choice away.
  await expect(summary).toContainText('of Harbor Permit Review');
  await dialog.getByTestId('timeline-scope').selectOption('');
  await dialog.getByTestId('timeline-split').selectOption('conversation');
  await expect(summary).toContainText(/of the whole case in 36 days, Europe\/London/);
  await expect(dialog.getByTestId('timeline-legend')).toContainText('Harbor Permit Review');
  await expect(dialog.getByTestId('timeline-legend')).toContainText('Harbour Group');
  await page.screenshot({ path: join(SHOTS, 'timeline-3-case.png') });

  // Drag across about five days of the 36: zoomed that far, the timeline counts by the hour.
  const plot = dialog.locator('.u-over');
  const box = (await plot.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.62, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.76, y, { steps: 8 });
  await page.mouse.up();
  await expect(summary).toContainText(/ in 1\d\d hours, Europe\/London/);
  await expect(dialog.getByTestId('timeline-zoom')).toContainText('zoomed to 2024-0');
  await expect(dialog.getByTestId('timeline-reset')).toBeEnabled();

  // Move along the bottom of the bars until one of the London group is under the pointer.
  const readout = dialog.getByTestId('timeline-readout');
  let found = false;
  for (let x = 0.02; x < 0.98 && !found; x += 0.01) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height - 3);
    found = ((await readout.textContent()) ?? '').includes('click to open the first message of Harbour Group');
  }
  expect(found).toBe(true);
  const hour = /(\d{4}-\d{2}-\d{2}) (\d{2}):00 [+-]\d{2}:\d{2}/.exec((await readout.textContent()) ?? '')!;
  await page.screenshot({ path: join(SHOTS, 'timeline-4-zoomed-hours.png') });
  await page.mouse.down();
  await page.mouse.up();

  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('conversation-item').filter({ hasText: 'Harbour Group' })).toHaveClass(/is-selected/);
  const landed = page.getByTestId('message-highlighted');
  await expect(landed).toBeInViewport();
  // The London group's clock is the display zone's: the message opened is in the hour clicked.
  await expect(landed.locator('.message-time')).toHaveText(new RegExp(`^${hour[2]}:`));
  await page.screenshot({ path: join(SHOTS, 'timeline-5-landed.png') });

  // The timeline reopens where it was left; Reset zoom goes back to the whole case by day.
  await page.getByTestId('timeline-button').click();
  await expect(dialog.getByTestId('timeline-zoom')).toBeVisible();
  await dialog.getByTestId('timeline-reset').click();
  await expect(summary).toContainText(/in 36 days/);
  await expect(dialog.getByTestId('timeline-zoom')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('one conversation by author, with the sample case on its own days', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByTestId('timeline-button').click();
  const dialog = page.getByTestId('timeline-dialog');
  const scope = dialog.getByTestId('timeline-scope');
  await scope.selectOption((await scope.locator('option', { hasText: 'Harbor Permit Review' }).getAttribute('value'))!);
  await expect(dialog.getByTestId('timeline-split')).toHaveValue('author');
  await expect(dialog.getByTestId('timeline-summary')).toContainText('of Harbor Permit Review in');
  await expect(dialog.getByTestId('timeline-legend')).toContainText('Dana Whitfield');
  await page.screenshot({ path: join(SHOTS, 'timeline-6-conversation-by-author.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});
