// What every browser test does as the reviewer: watch the page for errors, and import through the
// Import panel.
import type { Page } from '@playwright/test';

/** Collects the page's console errors (a CSP violation is one) and uncaught exceptions into `problems`, which a test expects empty. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

/** Fills the Import panel (path, and custodian and zone when given) and starts the import; the test awaits the outcome it expects. */
export async function submitImport(page: Page, path: string, opts: { custodian?: string; timeZone?: string } = {}): Promise<void> {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-path-input').fill(path);
  if (opts.custodian !== undefined) await page.getByTestId('import-custodian-input').fill(opts.custodian);
  if (opts.timeZone !== undefined) await page.getByTestId('import-timezone-input').fill(opts.timeZone);
  await page.getByTestId('import-submit').click();
}
