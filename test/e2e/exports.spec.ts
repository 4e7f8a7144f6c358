// Files a reviewer takes away from the window: the completeness report (HTML, CSV) and one
// conversation-day of messages, each saved as a download with its own name.
import { readFileSync } from 'node:fs';
import { DELETIONS_CHAT, deletionsChat } from '../fixtures/whatsapp';
import { expect, importFile, test } from './case-fixture';

test('the completeness report and a conversation-day are saved as files', async ({ page, server, problems }) => {
  const chat = server.write(DELETIONS_CHAT.name, deletionsChat());
  await page.goto(server.url);
  await importFile(page, chat, { timeZone: 'Europe/Madrid', shows: `${DELETIONS_CHAT.messages} messages in 1 conversation imported` });

  await page.getByTestId('gaps-button').click();
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-save-html').click()]);
  expect(html.suggestedFilename()).toMatch(/^completeness-case-conversation-\d+\.html$/);
  const report = readFileSync((await html.path())!, 'utf8');
  expect(report).toContain('Completeness report — case.threadline');
  expect(report).toContain(`Recorded by the source (${DELETIONS_CHAT.deleted})`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-save-csv').click()]);
  // trimEnd: trim() would take the byte-order mark too.
  const rows = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^\uFEFFconversationId,/);
  expect(rows.filter((r) => r.includes(',WA-1,deleted,fact,'))).toHaveLength(DELETIONS_CHAT.deleted);
  await page.keyboard.press('Escape');

  await page.getByTestId('conversation-item').first().click();
  await page.getByTestId('days-toggle').click();
  const firstDay = page.getByTestId('day-item').first();
  const day = await firstDay.getAttribute('data-day');
  expect(day).toBe('2022-03-26');
  await firstDay.click();
  const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('day-export-jsonl').click()]);
  expect(jsonl.suggestedFilename()).toBe(`conversation-1-${day}.jsonl`);
  const lines = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { sentAtLocal: string });
  // The first day holds the notice and messages 1 to 17 of the chat.
  expect(lines).toHaveLength(18);
  expect(lines.every((l) => l.sentAtLocal.startsWith(day!))).toBe(true);
  expect(problems).toEqual([]);
});
