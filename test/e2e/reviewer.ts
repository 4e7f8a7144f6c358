// What every browser test does as the reviewer: watch the page for errors, find a message's row,
// import through the Import panel, and audit a screen's accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects the page's console errors (a CSP violation is one) and uncaught exceptions into `problems`, which a test expects empty. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

/** The thread's row of the message at `seq`, counted from 0 (the thread shows it plus one). */
export function messageRow(page: Page, seq: number): Locator {
  return page.locator(`[data-testid="message"][data-seq="${seq}"]`);
}

/** Fills the Import panel (path, and custodian and zone when given) and starts the import; the test awaits the outcome it expects. */
export async function submitImport(page: Page, path: string, opts: { custodian?: string; timeZone?: string } = {}): Promise<void> {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-path-input').fill(path);
  if (opts.custodian !== undefined) await page.getByTestId('import-custodian-input').fill(opts.custodian);
  if (opts.timeZone !== undefined) await page.getByTestId('import-timezone-input').fill(opts.timeZone);
  await page.getByTestId('import-submit').click();
}

/** Fails on any serious or critical WCAG 2.2 AA violation axe finds on the screen as it is now. */
export async function audit(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}
