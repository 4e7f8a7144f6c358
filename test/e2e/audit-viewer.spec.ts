// The audit log in the window, in Chromium against browser mode: a log longer than a page (one import
// entry per chat of a folder of 105), a reviewer named in the window and two decisions made from the
// command line beside it (a note on a conversation-day and a bulk tag over a time range). The dialog
// opens with Shift+L, shows the chain intact with the head `threadline audit` prints, pages on, says
// the bulk entry in short, filters by reviewer and by action; once an entry is rewritten in the file
// behind the app's back, it says where the chain breaks and shows that entry. Screenshots:
// test-results/screenshots/audit-*.png.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, importFile, SHOTS, test } from './case-fixture';
import { audit } from './reviewer';

const BIN = fileURLToPath(new URL('../../bin/threadline.cjs', import.meta.url));
const CHATS = 105;

function threadline(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Chat n: two messages on 13 March 2024 (UTC), the first at minute n % 60 past nine; its own words, so that no two chats are one file. */
function chat(n: number): string {
  return `13/03/2024, 09:${String(n % 60).padStart(2, '0')} - Ana Ruiz: barge ${n} is late\n13/03/2024, 10:00 - Ben Okafor: noted ${n}\n`;
}

test('the audit log: chain and head, pages, a bulk entry in short, filters, and where a rewritten log breaks', async ({ page, server, problems }) => {
  test.setTimeout(120_000);
  for (let n = 1; n <= CHATS; n++) server.write(join('chats', `WhatsApp Chat with Person ${n}.txt`), chat(n));
  await page.goto(server.url);
  await importFile(page, join(server.dir, 'chats'), { timeZone: 'UTC', shows: `WhatsApp Chat with Person ${CHATS}.txt` });
  await page.keyboard.press('Escape');
  await page.getByTestId('reviewer-button').click();
  await page.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.getByTestId('reviewer-save').click();

  // Two decisions from the command line while the window has the case open.
  const casePath = join(server.dir, 'case.threadline');
  threadline('note', '--case', casePath, '--conversation', '1', '--day', '2024-03-13', '--text', 'Ask Ana which barge', '--reviewer', 'Sam Ortiz');
  threadline('tag', 'Responsive', '--case', casePath, '--from', '2024-03-13T09:00', '--to', '2024-03-13T09:30', '--zone', 'UTC', '--reviewer', 'Sam Ortiz');
  const cliHead = (JSON.parse(threadline('audit', '--case', casePath, '--json')) as { head: string }).head;

  await page.screenshot({ path: join(SHOTS, 'audit-0-header.png') });
  await page.keyboard.press('Shift+L');
  const dialog = page.getByTestId('audit-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('audit-chain')).toContainText('Hash chain intact');
  await expect(dialog.getByTestId('audit-head')).toHaveText(cliHead);
  const rows = dialog.getByTestId('audit-entry');
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText('import');
  await expect(dialog.getByTestId('audit-range')).toHaveText('Entries 1 to 100, oldest first');

  await dialog.getByTestId('audit-later').click();
  await expect(dialog.getByTestId('audit-range')).toContainText('Entries 101 to');
  const bulk = rows.filter({ hasText: 'tag.apply' });
  await expect(bulk).toHaveCount(1);
  await expect(bulk).toContainText('Sam Ortiz');
  await expect(bulk).toContainText('Responsive applied to every message from 2024-03-13T09:00:00.000Z to 2024-03-13T09:30:00.000Z');
  // Chats 1 to 29 and 60 to 89 open before half past nine.
  await expect(bulk).toContainText('changed: 59');
  await bulk.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'audit-1-log.png') });
  await audit(page, 'audit log');

  await dialog.getByTestId('audit-filter-actor').selectOption('Sam Ortiz');
  // The range reads "oldest first" before the filtered page arrives too: wait for the rows themselves.
  await expect(dialog.getByTestId('audit-range')).toContainText('oldest first');
  await expect
    .poll(async () => {
      const actors = await rows.locator('td:nth-child(3)').allTextContents();
      return actors.length > 0 && actors.every((actor) => actor === 'Sam Ortiz');
    })
    .toBe(true);
  await expect(rows.filter({ hasText: 'note.add' })).toContainText('Ask Ana which barge');
  await dialog.getByTestId('audit-filter-action').selectOption('note.add');
  await expect(rows).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'audit-2-filtered.png') });

  // Entry 50 rewritten in the file behind the app's back: the chain breaks there.
  const db = new Database(casePath);
  db.pragma('busy_timeout = 10000');
  db.prepare("UPDATE audit SET actor = 'Someone Else' WHERE id = 50").run();
  db.close();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('audit-button').click();
  await expect(dialog.getByTestId('audit-chain')).toContainText('Hash chain broken at entry 50');
  await expect(dialog.getByTestId('audit-chain')).toContainText('Head as the file holds it now');
  await dialog.getByTestId('audit-show-broken').click();
  await expect(rows.first()).toHaveAttribute('data-id', '50');
  await expect(rows.first()).toHaveClass(/is-broken/);
  await expect(rows.first()).toContainText('Someone Else');
  await page.screenshot({ path: join(SHOTS, 'audit-3-broken.png') });
  expect(problems).toEqual([]);
});
