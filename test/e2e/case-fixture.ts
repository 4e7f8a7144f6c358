// The fixture every browser test stands on: `threadline serve` on a fresh case per test (stopped
// after it), optionally filled by imports before the test begins, and the page watched for errors.
// A spec sets `test.use({ caseSetup: { allow, imports } })` and asks for `server` and `problems`.
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Page } from '@playwright/test';
import { submitImport, watchProblems } from './reviewer';
import { startBrowserMode, type BrowserMode } from './server';

export { expect };

/** Where browser tests put their screenshots, to be looked at. */
export const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export interface ImportSettings {
  custodian?: string;
  timeZone?: string;
  /** Text the import summary shows once the import is done; without it the summary only has to appear. */
  shows?: string;
}

export interface CaseImport extends ImportSettings {
  /** A path the server may read, or a file (name and content) written into the server's folder first. */
  path: string | [name: string, content: string | Uint8Array];
}

/** One object rather than two array options: Playwright reads `[value, object]` given to test.use() as a fixture's value and its settings. */
export interface CaseSetup {
  /** Folders besides the case's own that the server may read. */
  allow?: string[];
  /** Imports made on a page of their own before the test, in order. */
  imports?: CaseImport[];
}

interface CaseFixtures {
  caseSetup: CaseSetup;
  server: BrowserMode;
  /** The test's page's console errors and uncaught exceptions, which a test expects empty. */
  problems: string[];
}

/** Imports `path` through the Import panel and waits for its summary. */
export async function importFile(page: Page, path: string, { shows, ...settings }: ImportSettings = {}): Promise<void> {
  await submitImport(page, path, settings);
  const summary = page.getByTestId('import-summary');
  if (shows === undefined) await expect(summary).toBeVisible({ timeout: 30_000 });
  else await expect(summary).toContainText(shows, { timeout: 30_000 });
}

export const test = base.extend<CaseFixtures>({
  caseSetup: [{}, { option: true }],
  server: async ({ caseSetup: { allow = [], imports = [] }, browser }, use) => {
    const server = await startBrowserMode(allow);
    try {
      if (imports.length > 0) {
        const page = await browser.newPage();
        await page.goto(server.url);
        for (const { path, ...settings } of imports) await importFile(page, typeof path === 'string' ? path : server.write(...path), settings);
        await page.close();
      }
      await use(server);
    } finally {
      await server.stop();
    }
  },
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    watchProblems(page, problems);
    await use(problems);
  },
});
