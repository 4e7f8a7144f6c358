// A reviewer imports a seized phone's Cellebrite report (.ufdr): its chats appear with their apps, a
// deleted message reads as deleted with the report's own state as the finding, Confide's empty items
// read as unrecoverable by design, and the Sources dialog shows what the report says of the extraction.
import { join } from 'node:path';
import { OWNER, PEER, reportXml, ufdrZip } from '../fixtures/ufdr';
import { expect, importFile, SHOTS, test } from './case-fixture';

const KIM = { identifier: 'confide:kim', name: 'Kim Lowe', owner: false };

test('a .ufdr imports with its chats, deletions as facts, Confide as unrecoverable, and the extraction in Sources', async ({ page, server, problems }) => {
  const xml = reportXml({
    caseNumber: 'IG-2024-17',
    examiner: 'R. Examiner',
    chats: [
      {
        id: 'chat-wa',
        app: 'WhatsApp',
        chatId: PEER.identifier,
        type: 'OneOnOne',
        participants: [OWNER, PEER],
        messages: [
          { id: 'm-1', from: PEER, body: 'Did the permit for pier 4 arrive?', time: '2024-03-04T09:00:00+00:00' },
          { id: 'm-2', from: OWNER, body: 'Shred the second page before Friday', time: '2024-03-04T09:01:00+00:00', state: 'Deleted' },
          { id: 'm-3', from: PEER, body: 'Understood', time: '2024-03-04T09:02:00+00:00' },
        ],
      },
      {
        id: 'chat-cf',
        app: 'Confide',
        participants: [OWNER, KIM],
        messages: [
          { id: 'c-1', from: KIM, time: '2024-03-05T10:00:00+00:00' },
          { id: 'c-2', from: OWNER, time: '2024-03-05T10:01:00+00:00' },
        ],
      },
    ],
  });
  const path = server.write('seized-phone.ufdr', ufdrZip(xml));

  await page.goto(server.url);
  await importFile(page, path, { custodian: 'Dana Owner', timeZone: 'UTC', shows: '5 messages in 2 conversations imported' });
  await page.keyboard.press('Escape');

  await page.getByTestId('conversation-item').filter({ hasText: 'Eli Peer' }).click();
  const thread = page.getByTestId('thread');
  await expect(thread.getByTestId('message').filter({ hasText: 'Did the permit for pier 4 arrive?' })).toBeVisible();
  await expect(thread.locator('.message.is-deleted')).toContainText('Shred the second page before Friday');
  // The report names the phone's owner: the thread is seen from Dana Owner's phone, and the reason said.
  await expect(page.getByTestId('seen-from')).toHaveValue('Dana Owner');
  await expect(page.getByTestId('seen-from-reason')).toContainText('IsPhoneOwner');
  await expect(thread.locator('.message.is-mine')).toContainText('Shred the second page before Friday');
  await page.screenshot({ path: join(SHOTS, 'ufdr-thread.png') });
  await page.getByTestId('gaps-button').click();
  await expect(page.getByTestId('findings-facts')).toContainText('deleted_state for this message by Dana Owner is "Deleted"');
  await page.keyboard.press('Escape');

  const confide = page.getByTestId('conversation-item').filter({ hasText: 'Kim Lowe' });
  await expect(confide.getByTestId('conversation-by-design')).toContainText('Confide: content unrecoverable by design');

  await page.getByTestId('sources-button').click();
  const dialog = page.getByTestId('sources-dialog');
  await dialog.getByTestId('source-item').filter({ hasText: 'seized-phone.ufdr' }).click();
  await expect(dialog.getByTestId('source-caveats')).toContainText('Case number: IG-2024-17');
  await expect(dialog.getByTestId('source-caveats')).toContainText('Examiner: R. Examiner');
  await page.screenshot({ path: join(SHOTS, 'ufdr-sources.png') });
  expect(problems).toEqual([]);
});
