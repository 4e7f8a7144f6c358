// Two `threadline serve` sessions open in one browser. Chromium keeps cookies per host, not per
// port, so each server's session cookie must have a name of its own or the second link opened
// logs the first tab out.
import type { Page } from '@playwright/test';
import { expect, test } from './case-fixture';
import { startBrowserMode, type BrowserMode } from './server';

let second: BrowserMode;

test.beforeEach(async () => {
  second = await startBrowserMode([]);
});
test.afterEach(async () => {
  await second.stop();
});

function callsSucceed(page: Page): Promise<boolean> {
  return page.evaluate(async () => (await (window as unknown as { api: { caseInfo(a: object): Promise<{ ok: boolean }> } }).api.caseInfo({})).ok);
}

test('both sessions survive a reload after the second link is opened in the same browser', async ({ page, context, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  const other = await context.newPage();
  await other.goto(second.url);
  await expect(other.getByTestId('conversation-list')).toBeVisible();

  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name).sort()).toEqual([`threadline_token_${new URL(server.url).port}`, `threadline_token_${new URL(second.url).port}`].sort());
  expect(cookies.every((c) => c.httpOnly && c.sameSite === 'Strict')).toBe(true);

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.getByTestId('conversation-list')).toBeVisible();
    expect(await callsSucceed(tab)).toBe(true);
  }
  expect(problems).toEqual([]);
});
