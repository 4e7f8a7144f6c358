// The reviewer's screen measured in Chromium (docs/design.md#budgets: open a conversation and jump
// to any date in under 200 ms, no frame over 50 ms while scrolling): browser mode serves the bench's
// case, and the page itself times each click to the frame after its rows are on screen (the next
// requestAnimationFrame runs once that frame is painted). Called by scripts/bench.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { seededRandom } from './seeded-random';

// BENCH_THREADLINE: another build's command to serve the case with (to compare builds).
const BIN = process.env.BENCH_THREADLINE ?? fileURLToPath(new URL('../bin/threadline.cjs', import.meta.url));
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 7;
const SCROLLED_ROWS = 10_000;

/** The page is left this long after its conversation list appears, for the rest of what it loads. */
const SETTLE_MS = 1500;

/** Each probe waits at most this long for its rows; the figure then says it timed out. */
const PATIENCE_MS = 30_000;

type Row = (what: string, value: string, budget?: string) => void;

export interface ScreenTargets {
  /** Days (YYYY-MM-DD) to jump to, with the seq of the first message each should show. */
  dates: { day: string; seq: number }[];
  /** A search whose hits are clicked one after another. */
  query: string;
}

/** Starts `threadline serve` on the case and resolves with its URL. */
async function serve(casePath: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--case', casePath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (found) resolve(found[0]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`threadline serve exited (${code}): ${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

// The page's own code is sent as text: functions the bench's TypeScript compiler wrapped (tsx names
// them with a helper) would not run in the page.

/** Sets window.__rowsPainted to a promise of the time since navigation when `selector` first shows on a painted frame. */
const ROWS_PAINTED = `(selector) => {
  window.__rowsPainted = new Promise((resolve) => {
    const check = () => {
      if (document.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}`;

/** Resolves with the milliseconds from running `act` to the first frame painted after `selector` matches. */
const CLICK_TO_PAINTED = `async ({ act, selector, patience }) => {
  const started = performance.now();
  new Function(act)();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (performance.now() - started > patience) reject(new Error(selector + ' did not appear within ' + patience + ' ms'));
      else if (document.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now() - started));
      else requestAnimationFrame(check);
    };
    check();
  });
}`;

/**
 * Scrolls the thread down by `rows` rows, about 40 a frame (a fast fling, far past what one thread
 * page holds), then lets the last rows arrive; the longest gap between frames, the frames, the rows passed.
 */
const SCROLL = `async (rows) => {
  const scroller = document.querySelector('[data-testid="thread"]');
  const topSeq = () => Number(document.querySelector('[data-testid="thread"] [data-testid="message"]')?.dataset.seq ?? 0);
  const rowHeight = document.querySelector('[data-testid="thread"] [data-index]').getBoundingClientRect().height;
  const startSeq = topSeq();
  let longest = 0, frames = 0, last = performance.now();
  await new Promise((resolve) => {
    const frame = (now) => {
      longest = Math.max(longest, now - last);
      last = now;
      frames++;
      if (topSeq() - startSeq >= rows || frames > rows) return resolve();
      scroller.scrollTop += 40 * rowHeight;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const settle = performance.now();
  await new Promise((resolve) => {
    const frame = (now) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (now - settle > 500) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return { longest, frames, passed: topSeq() - startSeq };
}`;

/**
 * When the opening's steps ended, in ms since navigation: the app's scripts, the first thread page
 * asked and answered. Scripts asked after the rows were painted (the window's later parts) are not
 * the opening's.
 */
const OPENING_STEPS = `(painted) => {
  const entries = performance.getEntriesByType('resource');
  const scripts = entries.filter((e) => (e.initiatorType === 'script' || e.name.endsWith('.js')) && e.startTime < painted);
  const scriptsLoaded = Math.max(...scripts.map((e) => e.responseEnd));
  const page = entries.find((e) => e.name.includes('/api/threadPage'));
  return { scriptsLoaded, pageAsked: page?.startTime ?? NaN, pageAnswered: page?.responseEnd ?? NaN };
}`;

interface OpeningSteps {
  scriptsLoaded: number;
  pageAsked: number;
  pageAnswered: number;
}

async function clickToPainted(page: Page, act: string, selector: string): Promise<number> {
  return page.evaluate(`(${CLICK_TO_PAINTED})(${JSON.stringify({ act, selector, patience: PATIENCE_MS })})`) as Promise<number>;
}

async function longestFrameWhileScrolling(page: Page, rows: number): Promise<{ longest: number; frames: number; passed: number }> {
  return page.evaluate(`(${SCROLL})(${rows})`) as Promise<{ longest: number; frames: number; passed: number }>;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Opens the case in Chromium through browser mode and prints the screen's figures as rows. */
export async function benchScreen(casePath: string, conversationTitle: string, targets: ScreenTargets, row: Row, fmt: (ms: number) => string): Promise<void> {
  const server = await serve(casePath);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const rows = '[data-testid="thread"] [data-testid="message"]';
    // The app opens the first conversation of the list as it loads: opening it is timed from the
    // start of navigation (a new browser profile each time, nothing cached) to its rows painted.
    let current: Page | null = null;
    const steps: OpeningSteps[] = [];
    const load = async (): Promise<{ page: Page; openedMs: number }> => {
      await current?.context().close();
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      current = page;
      await page.addInitScript(`(${ROWS_PAINTED})(${JSON.stringify(rows)})`);
      await page.goto(server.url);
      const openedMs = (await page.evaluate('window.__rowsPainted')) as number;
      steps.push((await page.evaluate(`(${OPENING_STEPS})(${openedMs})`)) as OpeningSteps);
      await page.waitForTimeout(SETTLE_MS);
      return { page, openedMs };
    };
    const opens: number[] = [];
    for (let i = 0; i < RUNS; i++) opens.push((await load()).openedMs);
    row(`screen: open the case at its ${conversationTitle} conversation, navigation to painted rows (Chromium, browser mode)`, `${fmt(median(opens))} median of ${RUNS} (slowest ${fmt(Math.max(...opens))})`, '< 200 ms');
    const stepMedian = (step: keyof OpeningSteps) => fmt(median(steps.map((s) => s[step])));
    row(
      'screen: the opening step by step, median ms since navigation',
      `app scripts loaded ${stepMedian('scriptsLoaded')}, first thread page asked ${stepMedian('pageAsked')} and answered ${stepMedian('pageAnswered')}, rows painted ${fmt(median(opens))}`,
    );

    const { page } = await load();
    const jumps: number[] = [];
    for (const { day, seq } of targets.dates) {
      await page.fill('[data-testid="go-to-date-input"]', day);
      jumps.push(await clickToPainted(page, `document.querySelector('[data-testid="go-to-date-submit"]').click()`, `[data-testid="message"][data-seq="${seq}"]`));
    }
    row(`screen: go to a date (${targets.dates.length} dates across the conversation), click to painted rows`, `${fmt(median(jumps))} median (slowest ${fmt(Math.max(...jumps))})`, '< 200 ms');

    await page.fill('[data-testid="search-input"]', targets.query);
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.waitForSelector('[data-testid="search-hit"]');
    const hitCount = await page.locator('[data-testid="search-hit"]').count();
    const random = seededRandom(11);
    const hitJumps: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const index = 1 + Math.floor(random() * (hitCount - 1));
      const id = await page.locator('[data-testid="search-hit"]').nth(index).getAttribute('data-message-id');
      hitJumps.push(
        await clickToPainted(page, `document.querySelectorAll('[data-testid="search-hit"]')[${index}].click()`, `[data-testid="message-highlighted"][data-message-id="${id}"]`),
      );
    }
    row(`screen: jump to a search hit (${targets.query}; ${RUNS} hits of the list), click to painted rows`, `${fmt(median(hitJumps))} median (slowest ${fmt(Math.max(...hitJumps))})`, '< 200 ms');

    const { page: scrolled } = await load();
    const scroll = await longestFrameWhileScrolling(scrolled, SCROLLED_ROWS);
    row(`screen: longest frame while scrolling ${scroll.passed.toLocaleString('en')} rows (${scroll.frames} frames)`, fmt(scroll.longest), 'no frame over 50 ms');
  } finally {
    await browser.close();
    server.stop();
  }
}
