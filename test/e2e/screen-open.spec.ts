// Opening the window and scrolling a long thread, in Chromium against browser mode. The first thread
// page is asked before what the window only fills in around it (gap findings, review progress, the
// thread's authors), and the screen still ends up showing all of those. A thread longer than the
// virtualizer's window of rows scrolls through several slides of it with every row in order, and
// the keys still move one message at a time. Screenshot: test-results/screenshots/screen-open.png.
import { join } from 'node:path';
import { expect, SHOTS, test } from './case-fixture';
import { messageRow } from './reviewer';

const MESSAGES = 8_000;
const AUTHORS = ['Tom Kessler', 'Ana Ruiz', 'Priya Raman'];

/** A WhatsApp export of MESSAGES messages, a few of them long, with a silence of three months in the middle. */
function longExport(): string {
  const lines: string[] = [];
  const start = Date.UTC(2023, 0, 2, 8, 0);
  for (let i = 0; i < MESSAGES; i++) {
    const silence = i >= MESSAGES / 2 ? 90 * 24 * 3_600_000 : 0;
    const at = new Date(start + i * 17 * 60_000 + silence);
    const date = `${String(at.getUTCDate()).padStart(2, '0')}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    const text = i % 37 === 0 ? `Message ${i}, a long one: ${'the harbour permit needs another signature before the survey. '.repeat(4)}` : `Message ${i} about the permit`;
    lines.push(`${date}, ${time} - ${AUTHORS[i % AUTHORS.length]}: ${text}`);
  }
  return lines.join('\n') + '\n';
}

test.use({
  caseSetup: { imports: [{ path: ['WhatsApp Chat with Permit Desk.txt', longExport()], timeZone: 'UTC', shows: 'Permit Desk' }] },
});

test('the first thread page is asked first, and the window still shows findings, progress and authors', async ({ page, server, problems }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)/.exec(new URL(request.url()).pathname)?.[1];
    if (method !== undefined) asked.push(method);
  });
  await page.goto(server.url);
  await expect(messageRow(page, 0)).toBeVisible();
  // What is read after the first rows still arrives and is shown.
  await expect(page.getByTestId('case-progress')).toContainText('days reviewed');
  await expect(page.getByTestId('seen-from')).toBeVisible();
  const firstPage = asked.indexOf('threadPage');
  expect(firstPage).toBeGreaterThanOrEqual(0);
  for (const later of ['listFindings', 'reviewProgress', 'conversationAuthors']) {
    expect(asked.indexOf(later), `${later} is asked after the first thread page`).toBeGreaterThan(firstPage);
  }
  // The silence in the middle is a finding, drawn in the thread where it sits.
  await page.getByTestId('go-to-date-input').fill('2023-05-01');
  await page.getByTestId('go-to-date-submit').click();
  await expect(page.locator('[data-testid="thread"] [data-testid="finding-band"]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a thread longer than the window of rows scrolls through it in order, and the keys step one message', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(messageRow(page, 0)).toBeVisible();
  const thread = page.getByTestId('thread');
  const shownSeqs = () => thread.locator('[data-testid="message"]').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.seq)));
  // Down, a screen at a time, well past where the window must slide (every thousand rows or so).
  let lastTop = 0;
  for (let step = 0; step < 60; step++) {
    await thread.evaluate((el) => el.scrollBy(0, 6_000));
    await expect.poll(async () => (await shownSeqs())[0] ?? 0).toBeGreaterThan(lastTop);
    const seqs = await shownSeqs();
    // The rows drawn are consecutive messages: nothing skipped or repeated across a slide.
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    lastTop = seqs[0]!;
  }
  expect(lastTop).toBeGreaterThan(3_500);
  await page.screenshot({ path: join(SHOTS, 'screen-open.png') });

  // The keys still move one message at a time from where the scrolling stopped.
  const row = messageRow(page, lastTop + 5);
  await row.click();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="message"][aria-current="true"]')).toHaveAttribute('data-seq', String(lastTop + 6));
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid="message"][aria-current="true"]')).toHaveAttribute('data-seq', String(MESSAGES - 1));
  await page.keyboard.press('Home');
  await expect(page.locator('[data-testid="message"][aria-current="true"]')).toHaveAttribute('data-seq', '0');
  expect(problems).toEqual([]);
});
