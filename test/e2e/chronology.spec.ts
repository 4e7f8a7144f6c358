// The investigator's chronology in Chromium against browser mode, on the sample case: from the
// keyboard a message, a range, a deletion finding, an outside event and a day are added; the panel
// shows them as a table (an overlap said as "order uncertain") and as lanes, saves the lanes as SVG
// and PNG, opens an entry's thread at its message, and exports CSV. Screenshots:
// test-results/screenshots/chronology-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './case-fixture';
import { audit } from './reviewer';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

test.use({ caseSetup: { allow: [SAMPLE], imports: [{ path: SAMPLE, timeZone: 'Europe/London', shows: 'Harbor Permit Review' }] } });

/** Searches from the box; the first hit opens with the keyboard in the thread, on that message. */
async function searchAndLand(page: Page, query: string, lands: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('message-highlighted')).toContainText(lands);
}

async function expectAdded(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByTestId('status-line')).toContainText(text);
}

test('a message, a range, a finding and an outside event added from the keyboard, shown as a table and as lanes, saved and exported', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByTestId('conversation-item').filter({ hasText: 'Harbor Permit Review' }).click();

  // a: the message read. The first decision asks who is reviewing.
  await searchAndLand(page, 'permit fee', 'The permit fee was paid on the 4th');
  await page.keyboard.press('a');
  await page.getByTestId('reviewer-name-input').fill('Dana Ito');
  await page.getByTestId('reviewer-save').click();
  await expectAdded(page, 'Added to the chronology Master: 2024-03-04 09:40 UTC — Tom Kessler: The permit fee');

  // Shift+↓ then a: a range of two messages, one entry.
  await page.keyboard.press('t');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('a');
  await expectAdded(page, /Added to the chronology Master: .* — 2 messages from Tom Kessler: The permit fee/);

  // f: the deletion finding drawn at the tombstone.
  await searchAndLand(page, 'kind:deleted', 'This message was deleted');
  await page.keyboard.press('f');
  await expectAdded(page, /Added to the chronology Master: 2024-03-07 11:14 .* — WA-1: A message by Marcus Oyelaran was deleted/);

  // e: an outside event dated to the day, which overlaps the deletion of that day.
  await page.keyboard.press('e');
  const dialog = page.getByTestId('chronology-event-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Phone seized');
  await dialog.getByTestId('chronology-event-at').fill('2024-03-07');
  await expect(dialog).toContainText('Date (to the day)');
  await page.screenshot({ path: join(SHOTS, 'chronology-1-outside-event.png') });
  await dialog.getByTestId('chronology-event-at').press('Enter');
  await expect(dialog).toBeHidden();
  await expectAdded(page, 'Added to the chronology Master: 2024-03-07 00:00 – 2024-03-08 00:00 UTC — Phone seized');

  // o: the panel, as a table in time order.
  await page.keyboard.press('o');
  const panel = page.getByTestId('chronology-panel');
  const rows = panel.getByTestId('chronology-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('The permit fee was paid');
  // The display zone's time, and the source's wall clock beside it.
  await expect(rows.nth(0)).toContainText('2024-03-04 09:40 UTC');
  await expect(rows.nth(0)).toContainText('2024-03-04 09:40 Europe/London');
  await expect(rows.nth(0)).toContainText('Tom Kessler');
  await expect(rows.nth(1)).toContainText('2 messages');
  await expect(rows.nth(2)).toHaveAttribute('data-kind', 'event');
  await expect(rows.nth(3)).toHaveAttribute('data-kind', 'finding');
  // Overlapping spans claim no order: the message within its range, the deletion within the day of the event.
  await expect(rows.nth(0).getByTestId('order-uncertain')).toHaveText('order uncertain (with #2)');
  await expect(rows.nth(1).getByTestId('order-uncertain')).toHaveText('order uncertain (with #1)');
  await expect(rows.nth(2).getByTestId('order-uncertain')).toHaveText('order uncertain (with #3)');
  await expect(rows.nth(3).getByTestId('order-uncertain')).toHaveText('order uncertain (with #4)');
  // Sorted by title, no order in time is claimed, so none is doubted.
  await panel.getByTestId('chronology-sort-title').click();
  await expect(rows.nth(0)).toContainText('2 messages');
  await expect(panel.getByTestId('order-uncertain')).toHaveCount(0);
  await panel.getByRole('button', { name: /^When/ }).click();
  await expect(rows.nth(0)).toContainText('The permit fee was paid');
  await page.screenshot({ path: join(SHOTS, 'chronology-2-table.png') });
  await audit(page, 'chronology table');

  // Filters: by kind, then by words.
  await panel.getByTestId('chronology-filter-kind').selectOption('finding');
  await expect(rows).toHaveCount(1);
  await panel.getByTestId('chronology-filter-kind').selectOption('');
  await panel.getByTestId('chronology-search').fill('seized');
  await expect(rows).toHaveCount(1);
  await panel.getByTestId('chronology-search').fill('');

  // An entry edited: a label, which the filter then offers.
  await rows.nth(2).click();
  await panel.getByTestId('chronology-edit-labels').fill('custody');
  await panel.getByTestId('chronology-save').click();
  await expect(panel.getByTestId('chronology-notice')).toContainText('saved');
  await panel.getByTestId('chronology-filter-label').selectOption('custody');
  await expect(rows).toHaveCount(1);
  await panel.getByTestId('chronology-filter-label').selectOption('');

  // The lanes, by person and by conversation, with the findings as bands.
  await panel.getByTestId('chronology-show-lanes').click();
  const lanes = panel.getByTestId('chronology-lane');
  await expect(panel.locator('[data-lane="Tom Kessler"]')).toHaveCount(1);
  await expect(panel.locator('[data-lane="No person named"]')).toHaveCount(1);
  await expect(panel.getByTestId('chronology-band').first()).toBeAttached();
  await page.screenshot({ path: join(SHOTS, 'chronology-3-lanes-by-person.png') });
  await panel.getByTestId('lanes-by-conversation').click();
  await expect(lanes).toHaveCount(2);
  await expect(lanes.nth(0)).toHaveAttribute('data-lane', 'Harbor Permit Review');
  await expect(lanes.nth(1)).toHaveAttribute('data-lane', 'Outside events');
  await page.screenshot({ path: join(SHOTS, 'chronology-4-lanes-by-conversation.png') });
  await audit(page, 'chronology lanes');

  const [svg] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('lanes-save-svg').click()]);
  expect(svg.suggestedFilename()).toBe('chronology-master.svg');
  const picture = readFileSync((await svg.path())!, 'utf8');
  expect(picture.startsWith('<?xml')).toBe(true);
  for (const title of ['The permit fee was paid', '2 messages from Tom Kessler', 'WA-1: A message by Marcus Oyelaran was deleted', 'Phone seized']) expect(picture).toContain(title);
  expect(picture).toContain('order uncertain');
  const [png] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('lanes-save-png').click()]);
  expect(png.suggestedFilename()).toBe('chronology-master.png');
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  await png.saveAs(join(SHOTS, 'chronology-5-saved-picture.png'));

  // The CSV export, into the server's folder.
  await panel.getByTestId('chronology-export-path').fill(join(server.dir, 'chronology.csv'));
  await panel.getByTestId('chronology-export-csv').click();
  await expect(panel.getByTestId('chronology-notice')).toContainText('Wrote 4 entries');
  const csv = readFileSync(join(server.dir, 'chronology.csv'), 'utf8');
  expect(csv).toContain('Phone seized');
  expect(csv).toMatch(/[0-9a-f]{64}/);

  // A click on an entry opens its thread at the message.
  await panel.getByTestId('chronology-mark').first().click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('message-highlighted')).toContainText('The permit fee was paid on the 4th');

  // D: a day of the Days list (a click there focuses the day's first message).
  await page.getByTestId('days-toggle').click();
  await page.locator('[data-testid="day-item"][data-day="2024-03-05"]').click();
  await expect(page.getByTestId('message-highlighted')).toContainText('Please keep the cost est');
  await page.keyboard.press('D');
  await expectAdded(page, 'Added to the chronology Master: 2024-03-05 00:00 – 2024-03-06 00:00 UTC — Harbor Permit Review on 2024-03-05');
  expect(problems).toEqual([]);
});
