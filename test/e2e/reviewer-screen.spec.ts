// The reviewer's screen driven from the keyboard alone, in Chromium against browser mode: open a
// conversation, move through its messages, search, walk hits across conversations in result order,
// open the detail pane, copy a citation, go back after a jump, read the key sheet. Then the
// accessibility audit (axe-core: no serious or critical violation on any screen) and the layout at
// 1024 px and at 200 % zoom. The two sample chats are imported in two zones, so the results mix them.
// Screenshots: test-results/screenshots/reviewer-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, SHOTS, test } from './case-fixture';
import { audit, submitImport, watchProblems } from './reviewer';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
const HARBOR = join(SAMPLE, 'WhatsApp Chat with Harbor Permit Review.txt');
const MARCUS = join(SAMPLE, 'WhatsApp Chat with Marcus Oyelaran.txt');

test.use({
  caseSetup: {
    allow: [SAMPLE],
    imports: [
      { path: HARBOR, custodian: 'Dana', timeZone: 'Europe/London' },
      { path: MARCUS, custodian: 'Marcus', timeZone: 'America/New_York', shows: 'Marcus' },
    ],
  },
});

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. Returns the count. */
async function tabTo(page: Page, selector: string, max: number): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached in ${max} Tab presses`);
}

const focusedSeq = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.seq ?? null);

test('read, search, walk hits across conversations, cite and go back, from the keyboard alone', async ({ page, context, server, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(server.url);
  await expect(page.getByTestId('conversation-item')).toHaveCount(2);

  // Open the Marcus conversation from the list.
  await page.locator('body').focus();
  await tabTo(page, '[data-testid="conversation-item"]', 25);
  while (!((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes('Marcus'))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.thread-title')).toHaveText(/Marcus/);

  // Into the thread: the first key selects the first message on screen, arrows move, Home/End jump.
  await page.keyboard.press('t');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedSeq(page)).toBe('0');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedSeq(page)).toBe('1');
  await page.keyboard.press('j');
  await expect.poll(() => focusedSeq(page)).toBe('2');
  await expect(page.locator('[data-testid="message"][aria-current="true"]')).toHaveAttribute('data-seq', '2');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('[data-testid="message"][data-selected="true"]')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="message"][data-selected="true"]')).toHaveCount(1);
  await page.keyboard.press('End');
  const last = Number(await page.locator('.thread-title').evaluate(() => document.querySelector('[data-testid="thread-position"]')!.textContent!.match(/of (\d+)/)![1])) - 1;
  await expect.poll(() => focusedSeq(page)).toBe(String(last));
  await page.keyboard.press('Home');
  await expect.poll(() => focusedSeq(page)).toBe('0');
  // Day by day: ] to the first message of the next day, [ back to the first of the day before.
  const dayOf = () => page.evaluate(() => /\d{4}-\d\d-\d\d/.exec(document.activeElement?.getAttribute('aria-label') ?? '')?.[0] ?? null);
  const firstDay = await dayOf();
  await page.keyboard.press(']');
  await expect.poll(() => focusedSeq(page)).not.toBe('0');
  const secondDay = await dayOf();
  expect(secondDay! > firstDay!).toBe(true);
  await page.keyboard.press('[');
  await expect.poll(() => focusedSeq(page)).toBe('0');

  // Search from the keyboard: the first hit opens at once, and the keys stay with the thread.
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('meeting');
  await page.keyboard.press('Enter');
  const hits = page.getByTestId('search-hit');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 21');
  const firstHit = hits.first();
  await expect(page.getByTestId('message-highlighted')).toHaveAttribute('data-message-id', (await firstHit.getAttribute('data-message-id'))!);
  await expect.poll(() => focusedSeq(page)).toBe(await firstHit.getAttribute('data-seq'));
  await expect(page.getByTestId('mixed-zones')).toContainText('different zones');

  // n walks the hits in result order, across conversations; the list follows.
  const firstConversation = await firstHit.getAttribute('data-conversation-id');
  let crossedAt = 0;
  for (let step = 2; step <= 6 && crossedAt === 0; step++) {
    await page.keyboard.press('n');
    await expect(page.getByTestId('result-position')).toHaveText(`Hit ${step} of 21`);
    const active = page.locator('[data-testid="search-hit"][aria-current="true"]');
    await expect(page.getByTestId('message-highlighted')).toHaveAttribute('data-message-id', (await active.getAttribute('data-message-id'))!);
    if ((await active.getAttribute('data-conversation-id')) !== firstConversation) crossedAt = step;
  }
  expect(crossedAt).toBeGreaterThan(0);
  await expect(page.locator('.conversation-item.is-selected')).not.toHaveAttribute('data-conversation-id', firstConversation!);
  await page.keyboard.press('Shift+N');
  await expect(page.getByTestId('result-position')).toHaveText(`Hit ${crossedAt - 1} of 21`);

  // The detail pane: the citation in plain sight, copied whole.
  const citedSeq = await page.getByTestId('message-highlighted').getAttribute('data-seq');
  await expect.poll(() => focusedSeq(page)).toBe(citedSeq);
  await page.keyboard.press('Enter');
  const pane = page.getByTestId('detail-pane');
  await expect(pane).toBeVisible();
  const citation = pane.getByTestId('citation-text');
  await expect(citation).toHaveText(/^WhatsApp Chat with .+\.txt, line \d+ \(source SHA-256 [0-9a-f]{64}; custodian (Dana|Marcus); \d{4}-\d\d-\d\d \d\d:\d\d (Europe\/London|America\/New_York) = \d{4}-\d\d-\d\dT\d\d:\d\dZ\)$/);
  await page.screenshot({ path: join(SHOTS, 'reviewer-1-details.png') });
  await page.keyboard.press('c');
  const cited = await citation.textContent();
  await expect(page.getByTestId('status-line')).toHaveText(`Citation copied: ${cited}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited);

  // Back after a jump: to the hit left by the last step.
  await page.keyboard.press('t');
  await page.keyboard.press('End');
  await expect.poll(() => focusedSeq(page)).not.toBe(citedSeq);
  await page.keyboard.press('b');
  await expect.poll(() => focusedSeq(page)).toBe(citedSeq);

  // A range is cited one line per message, in thread order.
  await page.keyboard.press('Shift+ArrowDown');
  const rangeEnd = String(Number(citedSeq) + 1);
  await expect.poll(() => focusedSeq(page)).toBe(rangeEnd);
  await page.keyboard.press('c');
  await expect(page.getByTestId('status-line')).toHaveText('2 citations copied, one per line.');
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe(cited);
  expect(lines[1]).toMatch(/, line \d+ \(source SHA-256 [0-9a-f]{64};/);

  // The key sheet: opened by ?, focus inside, closed by Escape, focus back where it was.
  await page.keyboard.press('?');
  const help = page.getByTestId('keyboard-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Copy the citation of the selected message');
  expect(await page.evaluate(() => document.querySelector('[data-testid="keyboard-help"]')!.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('[data-testid="keyboard-help"]')!.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect.poll(() => focusedSeq(page)).toBe(rangeEnd);
  expect(problems).toEqual([]);
});

test('Next hit in a conversation without hits says so instead of failing', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByTestId('search-input').fill('harbor');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 1');
  // The conversation without hits is the one the first hit is not in.
  const withHits = await page.getByTestId('search-hit').first().getAttribute('data-conversation-id');
  await page.locator(`[data-testid="conversation-item"]:not([data-conversation-id="${withHits}"])`).click();
  const navigator = page.getByTestId('hit-navigator');
  await expect(navigator).toContainText('0 hits in this conversation');
  await expect(page.getByTestId('hit-next')).toBeDisabled();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the timeline opens on the conversation in view and saves its chart as a PNG', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.locator('[data-testid="conversation-item"]', { hasText: 'Marcus' }).click();
  await page.getByTestId('timeline-button').click();
  const dialog = page.getByTestId('timeline-dialog');
  await expect(dialog.getByTestId('timeline-summary')).toContainText('of Marcus Oyelaran');
  await expect(dialog.locator('canvas').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('timeline-save-png').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^timeline-conversation-\d+\.png$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(2000);
  expect(problems).toEqual([]);
});

test('an import opens what it brought in and keeps every warning, skipped files included', async ({ page, server, problems }) => {
  const lines = ['12/03/2024, 09:00 - Ines Varga: Morning, the barge is late', '12/03/2024, 09:05 - Joe Lind: How late?', '12/03/2024, 09:07 - Ines Varga: Two hours'];
  const drop = join(server.dir, 'drop');
  server.write('drop/WhatsApp Chat with Ines Varga.txt', `${lines.join('\n')}\n`);
  server.write('drop/expected.json', '{"messages": 3}');
  await page.goto(server.url);
  await submitImport(page, drop);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('expected.json', { timeout: 30_000 });
  await expect(summary).not.toContainText('--tz');
  await expect(page.locator('.thread-title')).toHaveText('Ines Varga');

  // Every warning of the import, filterable.
  await summary.getByTestId('import-warnings-all').click();
  await summary.getByTestId('import-warnings-code').selectOption('skipped_file');
  await expect(summary.getByTestId('import-warnings').locator('li')).toHaveCount(1);
  await expect(summary.getByTestId('import-warnings')).toContainText('expected.json');

  // And again later, in Sources.
  await page.getByTestId('sources-button').click();
  const sources = page.getByTestId('sources-dialog');
  await sources.getByTestId('source-item').filter({ hasText: 'Ines Varga' }).click();
  await expect(sources.getByTestId('source-warnings')).toContainText('expected.json');
  await expect(sources.getByTestId('source-warnings')).not.toContainText('--tz');
  expect(problems).toEqual([]);
});

test('no serious or critical accessibility violation on any screen', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('message').first()).toBeVisible();
  await audit(page, 'main');

  await page.getByTestId('search-input').fill('meeting');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 21');
  await page.getByTestId('details-toggle').click();
  await expect(page.getByTestId('citation-text')).toBeVisible();
  await page.getByTestId('days-toggle').click();
  await expect(page.locator('.day-list')).toBeVisible();
  await audit(page, 'search results, days and detail pane');

  for (const [button, dialog] of [
    ['sources-button', 'sources-dialog'],
    ['gaps-button', 'gaps-dialog'],
    ['people-button', 'people-dialog'],
    ['timeline-button', 'timeline-dialog'],
    ['keys-button', 'keyboard-help'],
  ] as const) {
    await page.getByTestId(button).click();
    await expect(page.getByTestId(dialog)).toBeVisible();
    // Dialogs fill in after they open; audit what the reviewer reads, not a loading note.
    await page.waitForLoadState('networkidle');
    await audit(page, dialog);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(dialog)).toBeHidden();
    await expect(page.getByTestId(button)).toBeFocused();
  }
  expect(problems).toEqual([]);
});

test('the layout holds at 1024 px and at 200 % zoom', async ({ page, server, problems }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(server.url);
  await page.getByTestId('search-input').fill('meeting');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('result-position')).toHaveText('Hit 1 of 21');
  await page.getByTestId('details-toggle').click();
  await page.getByTestId('days-toggle').click();
  await expect(page.getByTestId('citation-text')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'reviewer-2-1024.png') });
  const thread = await page.getByTestId('thread').boundingBox();
  expect(thread!.width).toBeGreaterThan(300);
  await expectNothingOffScreen(page);

  // 200 % zoom of a 1280 × 800 window: half the CSS pixels, each drawn twice.
  const zoomed = await page.context().browser()!.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  watchProblems(zoomed, problems);
  await zoomed.goto(server.url);
  await expect(zoomed.getByTestId('message').first()).toBeVisible();
  await zoomed.screenshot({ path: join(SHOTS, 'reviewer-3-zoom200.png') });
  await expectNothingOffScreen(zoomed);
  await zoomed.getByTestId('search-input').fill('meeting');
  await zoomed.getByTestId('search-input').press('Enter');
  await expect(zoomed.getByTestId('result-position')).toHaveText('Hit 1 of 21');
  await zoomed.screenshot({ path: join(SHOTS, 'reviewer-4-zoom200-search.png') });
  await expectNothingOffScreen(zoomed);
  await zoomed.getByTestId('sources-button').click();
  await expect(zoomed.getByTestId('sources-dialog')).toBeVisible();
  await zoomed.screenshot({ path: join(SHOTS, 'reviewer-5-zoom200-sources.png') });
  await zoomed.keyboard.press('Escape');
  await zoomed.keyboard.press('?');
  await expect(zoomed.getByTestId('keyboard-help')).toBeVisible();
  await zoomed.screenshot({ path: join(SHOTS, 'reviewer-6-zoom200-keys.png') });
  await zoomed.close();
  expect(problems).toEqual([]);
});

/** No button of the header or the thread's tools lies outside the window or on top of another. */
async function expectNothingOffScreen(page: Page): Promise<void> {
  const problemsFound = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const boxes = [...document.querySelectorAll<HTMLElement>('.case-header button, .thread-tools button, .thread-tools input')]
      .filter((b) => b.offsetParent !== null)
      .map((b) => ({ name: b.textContent?.trim() || b.getAttribute('aria-label') || b.tagName, r: b.getBoundingClientRect() }));
    const out = boxes.filter((b) => b.r.right > width + 1 || b.r.left < -1).map((b) => `${b.name} off screen`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${boxes[i]!.name} overlaps ${boxes[j]!.name}`);
      }
    return out;
  });
  expect(problemsFound).toEqual([]);
}
