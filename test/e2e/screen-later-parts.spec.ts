// The window's parts that are not on screen when it opens (renderer/src/parts/laterPart.tsx), in
// Chromium against browser mode: none of their scripts is asked for before the first rows are drawn,
// all are fetched after, and a part opened at once, before that fetch, still opens and works.
// Screenshot: test-results/screenshots/screen-later-parts.png.
import { join } from 'node:path';
import { expect, SHOTS, test } from './case-fixture';
import { messageRow } from './reviewer';

const LINES = Array.from({ length: 300 }, (_, i) => `02/01/2023, ${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} - ${i % 2 ? 'Ana Ruiz' : 'Tom Kessler'}: Message ${i} about the harbour permit`);

test.use({
  caseSetup: { imports: [{ path: ['WhatsApp Chat with Harbour Desk.txt', LINES.join('\n') + '\n'], timeZone: 'UTC', shows: 'Harbour Desk' }] },
});

/** The names of the app's scripts the page asked for, in order (hash and extension left off). */
function watchScripts(page: import('@playwright/test').Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name !== undefined) scripts.push(name);
  });
  return scripts;
}

test('the later parts are asked for only after the first rows, and then all of them', async ({ page, server, problems }) => {
  const scripts = watchScripts(page);
  await page.goto(server.url);
  await expect(messageRow(page, 0)).toBeVisible();
  const atFirstRows = [...scripts];
  expect(atFirstRows).toContain('window');
  for (const part of ['GapsDialog', 'PeopleDialog', 'SearchResults', 'CodingPane', 'TimelineDialog']) expect(atFirstRows, `${part} is not asked for with the window`).not.toContain(part);
  await expect.poll(() => scripts.filter((s) => ['GapsDialog', 'PeopleDialog', 'SearchResults', 'CodingPane', 'TimelineDialog', 'AuditDialog', 'DetailPane', 'DayListPanel'].includes(s)).length).toBe(8);
  expect(problems).toEqual([]);
});

test('a part opened before the later parts were fetched opens, and the search results too', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(messageRow(page, 0)).toBeVisible();
  // At once, before the browser is idle: the part's script is asked for by the click itself.
  await page.getByTestId('gaps-button').click();
  await expect(page.getByRole('dialog', { name: /gap/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('search-input').fill('harbour');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.getByTestId('days-toggle').click();
  await expect(page.getByTestId('day-list')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'screen-later-parts.png') });
  expect(problems).toEqual([]);
});
