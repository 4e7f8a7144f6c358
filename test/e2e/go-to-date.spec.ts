// Go to date in the thread header, in Chromium against browser mode: one engine call finds the first
// message on or after the day (in the source's own wall clock), and the thread shows it; a day after
// the last message says so. Screenshot: test-results/screenshots/go-to-date.png.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, SHOTS, test } from './case-fixture';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));

test.use({
  caseSetup: {
    allow: [SAMPLE],
    imports: [{ path: join(SAMPLE, 'WhatsApp Chat with Harbor Permit Review.txt'), timeZone: 'Europe/London', shows: 'Harbor Permit Review' }],
  },
});

test('goes to the first message of a day, and says when no message is that late', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(page.locator('.thread-title')).toHaveText(/Harbor Permit Review/);
  // 2024-03-09 and 2024-03-10 have no message (a weekend): the first message on or after the 9th is the 11th's.
  await page.getByTestId('go-to-date-input').fill('2024-03-09');
  await page.getByTestId('go-to-date-submit').click();
  const focused = page.locator('[data-testid="message"][aria-current="true"]');
  await expect(focused).toHaveAttribute('aria-label', /Tom Kessler, 2024-03-11 08:55/);
  await expect(focused).toContainText('On my way in now');
  await expect(focused).toBeInViewport();
  await page.screenshot({ path: join(SHOTS, 'go-to-date.png') });

  await page.getByTestId('go-to-date-input').fill('2099-01-01');
  await page.getByTestId('go-to-date-submit').click();
  await expect(page.locator('.go-to-date-notice')).toHaveText('No message on or after 2099-01-01.');
  expect(problems).toEqual([]);
});
