// Producing from the window, in Chromium against browser mode on a case made from a chat written
// here: two days coded Responsive, one message redacted, the Produce dialog's preview of the first
// document, progress, and the folder it wrote (listed, with the files a production holds); the first
// document's PDF opened in Chromium's own viewer and its first page saved as an image to look at.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, importFile, SHOTS, test } from './case-fixture';
import { audit, messageRow } from './reviewer';

const CHAT = [
  '10/04/2024, 09:00 - Ines Varga: The barge is late again',
  '10/04/2024, 09:05 - Joe Lind: Call me on 07700 900123 about it',
  '11/04/2024, 08:00 - Ines Varga: The permit was signed',
  '11/04/2024, 08:10 - Joe Lind: Send me the permit scan',
  '12/04/2024, 10:00 - Ines Varga: Lunch on Friday?',
];


test('two coded days produced, with a redaction, a preview and the folder written', async ({ page, server, problems }) => {
  const chat = server.write('WhatsApp Chat with Ines Varga.txt', `${CHAT.join('\n')}\n`);
  await page.goto(server.url);
  await importFile(page, chat, { custodian: 'Joe', timeZone: 'Europe/London', shows: '5 messages' });
  await page.keyboard.press('Escape');

  // Code the 10th and the 11th as days: Responsive reaches their four messages.
  await page.getByTestId('coding-toggle').click();
  await page.getByTestId('coding-scope-day').check();
  for (const seq of [0, 2]) {
    await messageRow(page, seq).click();
    await page.getByTestId('palette-tag').filter({ hasText: /^Responsive/ }).click();
    if (seq === 0) {
      await page.getByTestId('reviewer-name-input').fill('Pat Lee');
      await page.getByTestId('reviewer-save').click();
    }
    await expect(messageRow(page, seq + 1).getByTestId('tag-chip')).toHaveText(['inherited Responsive']);
  }
  await expect(messageRow(page, 4).getByTestId('tag-chip')).toHaveCount(0);

  // Redact the phone number of message 2: the words selected in the dialog.
  await messageRow(page, 1).click();
  await page.getByTestId('redact-button').click();
  const redact = page.getByTestId('redact-dialog');
  await redact.getByTestId('redact-body').evaluate((body) => {
    const text = body.firstChild!;
    const start = text.textContent!.indexOf('07700');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + '07700 900123'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(redact.getByTestId('redact-span')).toContainText('“07700 900123”');
  await redact.getByTestId('redact-reason').selectOption('Personal data');
  await audit(page, 'redact dialog');
  await redact.getByTestId('redact-submit').click();
  await expect(page.getByTestId('status-line')).toContainText('Redaction added');

  // The Produce dialog: the default search selects the two days; the preview shows the first.
  await page.getByTestId('produce-button').click();
  const dialog = page.getByTestId('produce-dialog');
  await expect(dialog.getByTestId('produce-query')).toHaveValue('tag:Responsive -tag:Privileged');
  await dialog.getByTestId('produce-prefix').fill('INES-');
  await dialog.getByTestId('produce-preview').click();
  await expect(dialog.getByTestId('preview-counts')).toContainText('2 documents · 4 messages · INES-0000001');
  const preview = dialog.getByTestId('production-preview');
  await expect(preview).toContainText('The barge is late again');
  await expect(preview).toContainText('Redacted');
  await expect(preview).not.toContainText('900123');
  const outDir = join(server.dir, 'production-1');
  // Browser mode has no folder dialog: Choose… says where a typed folder may go.
  await dialog.getByTestId('produce-choose-folder').click();
  await expect(dialog.getByTestId('produce-folder-hint')).toHaveText(`No folder dialog here: type a new or empty folder under ${server.dir}.`);
  await dialog.getByTestId('produce-outdir').fill(outDir);
  // The folder is not part of what the preview shows: it stays.
  await expect(preview).toContainText('The barge is late again');
  await page.screenshot({ path: join(SHOTS, 'produce-dialog.png') });
  await audit(page, 'produce dialog');
  await dialog.getByTestId('produce-submit').click();
  await expect(dialog.getByTestId('produced-folder')).toHaveText(outDir, { timeout: 60_000 });
  await expect(dialog.getByTestId('produced')).toContainText('2 documents (4 messages), INES-0000001');
  await page.screenshot({ path: join(SHOTS, 'produce-done.png') });
  expect(existsSync(outDir)).toBe(true);
  expect(readdirSync(outDir).sort()).toEqual(expect.arrayContaining(['DATA', 'NATIVES', 'PDF']));
  expect(readdirSync(join(outDir, 'PDF')).sort()).toEqual(['INES-0000001.pdf', 'INES-0000003.pdf']);

  // The first document as a reviewer on the other side opens it, in Chromium's own PDF viewer; its
  // first page is saved as an image to be looked at (the viewer paints in a closed shadow root, so
  // there is nothing to wait for but time; the text itself is checked in production-pdf.test.ts).
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 900, height: 1250 });
  await viewer.goto(pathToFileURL(join(outDir, 'PDF', 'INES-0000001.pdf')).href);
  await viewer.waitForTimeout(3000);
  await viewer.screenshot({ path: join(SHOTS, 'produce-pdf-first-page.png') });
  await viewer.close();
  expect(problems).toEqual([]);
});
