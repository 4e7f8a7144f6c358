// The Produce dialog's preview counts the redactions that would be applied, on its cover sheet and in
// its counts line, before anything is produced. The case is coded and redacted through the page's own
// API (the coding and redacting screens have their own specs); the dialog is driven as a reviewer would.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './case-fixture';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const CHAT = [
  '10/04/2024, 09:00 - Ines Varga: The barge is late again',
  '10/04/2024, 09:05 - Joe Lind: Call me on 07700 900123 about it',
  '11/04/2024, 08:00 - Ines Varga: The permit was signed',
].join('\n');

test.use({ caseSetup: { imports: [{ path: ['WhatsApp Chat with Ines Varga.txt', `${CHAT}\n`], custodian: 'Joe', timeZone: 'Europe/London', shows: '3 messages' }] } });

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Calls the engine as the page does (browser mode's window.api) and answers the value or throws its error. */
async function call<T>(page: Page, method: string, arg: object): Promise<T> {
  const answer = await page.evaluate(
    ([m, a]) => (window as unknown as { api: Record<string, (x: unknown) => Promise<unknown>> }).api[m as string]!(a),
    [method, arg] as const,
  );
  const result = answer as Answer<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const appliedOnCover = (page: Page) => page.getByTestId('production-preview').locator('tr', { hasText: 'Redactions applied' }).locator('td');

test('the preview counts a redaction on the cover sheet and in its counts', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await call(page, 'setReviewer', { name: 'Pat Lee' });
  const { hits } = await call<{ hits: { messageId: number; conversationId: number }[] }>(page, 'search', { q: 'barge OR 07700 OR permit' });
  expect(hits).toHaveLength(3);
  await call(page, 'applyTag', { tag: 'Responsive', target: { scope: 'message', messageIds: hits.map((h) => h.messageId) } });

  const dialog = page.getByTestId('produce-dialog');
  const openPreview = async () => {
    await page.getByTestId('produce-button').click();
    await dialog.getByTestId('produce-preview').click();
    await expect(dialog.getByTestId('preview-counts')).toContainText('2 documents · 3 messages');
  };
  await openPreview();
  await expect(appliedOnCover(page)).toHaveText('0');
  await expect(dialog.getByTestId('preview-counts')).not.toContainText('redactions');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Hits come in time order: the second is Joe's message with the phone number.
  const phone = hits[1]!;
  await call(page, 'addRedaction', { messageId: phone.messageId, kind: 'text', start: 'Call me on '.length, end: 'Call me on 07700 900123'.length, reason: 'Personal data' });
  await openPreview();
  await expect(appliedOnCover(page)).toHaveText('1');
  await expect(dialog.getByTestId('preview-counts')).toHaveText(/· 1 redaction$/);
  await expect(dialog.getByTestId('production-preview')).not.toContainText('900123');
  await page.screenshot({ path: join(SHOTS, 'produce-preview-redactions.png') });
  expect(problems).toEqual([]);
});
