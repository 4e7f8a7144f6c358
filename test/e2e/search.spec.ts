// A reviewer searching, in Chromium against browser mode on the invented sample case: a proximity
// query, its hits, a hit opened in its thread with every hit marked, stepping from hit to hit; a
// mistake pointed at as it is typed, the help panel; the breakdown narrowing a search; a search-term
// report downloaded as CSV; a saved search run again. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, SHOTS, test } from './case-fixture';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));

// Each test gets its own server and case, filled afresh, so tests stand alone and run in any order.
test.use({ caseSetup: { allow: [SAMPLE], imports: [{ path: SAMPLE }] } });

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-input').press('Enter');
}

test('a proximity search, a hit opened in its thread, and steps from hit to hit', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await search(page, 'permit w/1 fee');
  await expect(page.getByTestId('search-summary')).toContainText('14 messages');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(14);
  await expect(hits.first().locator('mark')).toHaveText(['permit', 'fee']);
  await page.screenshot({ path: join(SHOTS, 'search-1-hits.png') });

  await hits.first().click();
  const landed = page.getByTestId('message-highlighted');
  await expect(landed).toBeInViewport();
  await expect(landed.locator('mark.search-mark')).toHaveText(['permit', 'fee']);
  await expect(page.getByTestId('hit-count')).toContainText('8 hits in this conversation');
  const first = Number(await landed.getAttribute('data-seq'));
  await page.screenshot({ path: join(SHOTS, 'search-2-opened.png') });

  await page.getByTestId('hit-next').click();
  await expect(landed).not.toHaveAttribute('data-seq', String(first));
  const second = Number(await landed.getAttribute('data-seq'));
  expect(second).toBeGreaterThan(first);
  await expect(landed).toBeInViewport();
  await expect(landed).toContainText('The permit fee was paid');
  await expect(landed.locator('mark.search-mark')).toHaveText(['permit', 'fee']);
  await page.screenshot({ path: join(SHOTS, 'search-3-next-hit.png') });

  await page.getByTestId('hit-previous').click();
  await expect(landed).toHaveAttribute('data-seq', String(first));
  await page.getByTestId('hit-previous').click();
  await expect(page.getByTestId('hit-note')).toHaveText('No earlier hit in this conversation.');

  // Every hit on screen is marked, not only the one opened: the next message also names the permit.
  await search(page, 'permit');
  await page.getByTestId('search-hit').nth(1).click();
  await expect(landed).toContainText('The permit fee was paid');
  const marked = page.locator('[data-hit="true"]');
  await expect(marked.filter({ hasText: 'Legal wants every change to the permit logged' }).first()).toBeInViewport();
  await expect(marked.filter({ hasText: 'Has anyone heard back' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a mistake is pointed at as it is typed, and the help panel explains the language', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByTestId('search-input').fill('permit w/3');
  await expect(page.getByTestId('search-syntax-error')).toContainText('w/3 at position 8 needs a term after it.');
  await expect(page.getByTestId('search-syntax-span')).toHaveText('w/3');
  await page.getByTestId('search-input').fill('permit w/3 fee');
  await expect(page.getByTestId('search-syntax-error')).toHaveCount(0);
  await page.getByTestId('search-help-toggle').click();
  await expect(page.getByTestId('search-help')).toContainText('Both within 5 words of each other');
  await page.screenshot({ path: join(SHOTS, 'search-4-help.png') });
  expect(problems).toEqual([]);
});

test('the breakdown narrows a search; a term report downloads as CSV; a saved search runs again', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await search(page, 'permit');
  await expect(page.getByTestId('search-summary')).toContainText('31 messages');

  await page.getByTestId('search-tool-facets').click();
  const marcus = page.getByTestId('facet-bucket').filter({ hasText: 'Marcus Oyelaran' }).and(page.locator('[data-facet="author"]'));
  await marcus.click();
  await expect(page.getByTestId('search-input')).toHaveValue('permit from:"Marcus Oyelaran"');
  await expect(page.getByTestId('search-summary')).toContainText('9 messages');
  await page.screenshot({ path: join(SHOTS, 'search-5-breakdown.png') });

  await page.getByTestId('search-tool-report').click();
  await page.getByTestId('term-report-input').fill('permit\nfee\npermit w/1 fee');
  await page.getByTestId('term-report-run').click();
  const rows = page.getByTestId('term-report-row');
  await expect(rows).toHaveCount(3);
  // The row's cells, each a whole number: search, hits, messages, conversations.
  await expect(rows.nth(2).locator('td').nth(0)).toHaveText('permit w/1 fee');
  await expect(rows.nth(2).locator('td').nth(1)).toHaveText('28');
  await expect(rows.nth(2).locator('td').nth(2)).toHaveText('14');
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText('2');
  const download = page.waitForEvent('download');
  await page.getByTestId('term-report-csv').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFFSearch,Hits,Messages,Conversations')).toBe(true);
  expect(csv).toContain('permit w/1 fee,28,14,2,');
  await page.screenshot({ path: join(SHOTS, 'search-6-term-report.png') });

  await page.getByTestId('search-tool-saved').click();
  await page.getByTestId('saved-search-name').fill('Marcus on permits');
  await page.getByTestId('saved-search-save').click();
  await expect(page.getByTestId('saved-search')).toHaveCount(1);
  await search(page, 'fee');
  await expect(page.getByTestId('search-summary')).toContainText('14 messages');
  // The tools stay open from search to search.
  await page.getByTestId('saved-search').getByRole('button', { name: 'Marcus on permits', exact: true }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('permit from:"Marcus Oyelaran"');
  await expect(page.getByTestId('search-summary')).toContainText('9 messages');
  expect(problems).toEqual([]);
});
