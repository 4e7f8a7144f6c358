import { defineConfig } from '@playwright/test';

// Browser end-to-end tests: Debian's Chromium against browser mode on a real case, built into dist/
// (checked fresh before any test runs). Never `npx playwright install`: there is no network for
// browser downloads.
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/fresh-build.ts',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
