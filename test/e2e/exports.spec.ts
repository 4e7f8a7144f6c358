// Files a reviewer takes away from the window: the completeness report (HTML, CSV) and one
// conversation-day of messages, each saved as a download with its own name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { submitImport, watchProblems } from './reviewer';
import { startBrowserMode, type BrowserMode } from './server';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/whatsapp/', import.meta.url));
let server: BrowserMode;

test.beforeAll(async () => {
  server = await startBrowserMode([CORPUS]);
});
test.afterAll(async () => {
  await server.stop();
});

test('the completeness report and a conversation-day are saved as files', async ({ page }) => {
  const problems: string[] = [];
  watchProblems(page, problems);
  await page.goto(server.url);
  await submitImport(page, join(CORPUS, 'starkdmi__whats_json__english_android.txt'));
  await expect(page.getByTestId('import-summary')).toContainText('60', { timeout: 30_000 });

  await page.getByTestId('gaps-button').click();
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-save-html').click()]);
  expect(html.suggestedFilename()).toMatch(/^completeness-case-conversation-\d+\.html$/);
  expect(readFileSync((await html.path())!, 'utf8')).toContain('Completeness report — case.threadline');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-save-csv').click()]);
  expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^\uFEFFconversationId,/);
  await page.keyboard.press('Escape');

  await page.getByTestId('conversation-item').first().click();
  await page.getByTestId('days-toggle').click();
  const firstDay = page.getByTestId('day-item').first();
  const day = await firstDay.getAttribute('data-day');
  await firstDay.click();
  const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('day-export-jsonl').click()]);
  expect(jsonl.suggestedFilename()).toBe(`conversation-1-${day}.jsonl`);
  const lines = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { sentAtLocal: string });
  expect(lines.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
