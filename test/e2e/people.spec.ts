// People in the browser (docs/people.md): the sample's two exports name the same colleagues, so the
// People dialog suggests them; the reviewer merges a suggestion, sees the person with both
// participants and why, unmerges it again, names a bare number from a contact list, and the thread
// shows that person's name on the author as written. Screenshots go to test-results/screenshots/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, importFile, SHOTS, test } from './case-fixture';

const SAMPLE = fileURLToPath(new URL('../../resources/sample/', import.meta.url));

test.use({ caseSetup: { allow: [SAMPLE] } });

test('merge a suggestion, see why, unmerge it, and name a bare number from a contact list', async ({ page, server, problems }) => {
  const chat = server.write('WhatsApp Chat with Tom.txt', ['06/03/2024, 09:00 - Dana Whitfield: Did you pay the permit fee?', '06/03/2024, 09:02 - +44 7700 900123: Paid this morning'].join('\n'));
  const contacts = server.write('contacts.vcf', ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Tom Kessler', 'TEL;TYPE=CELL:+44 7700 900123', 'END:VCARD', ''].join('\r\n'));

  await page.goto(server.url);
  await importFile(page, SAMPLE, { shows: 'Harbor Permit Review' });
  await importFile(page, chat, { shows: '2' });

  await page.getByTestId('people-button').click();
  const dialog = page.getByTestId('people-dialog');
  const suggestionOf = (name: string) => dialog.getByTestId('suggestion-item').filter({ has: page.getByTestId('suggestion-value').getByText(name, { exact: true }) });
  const marcus = suggestionOf('Marcus Oyelaran');
  const personsNamed = (name: string) => dialog.getByTestId('person-item').filter({ has: page.getByTestId('person-item-name').getByText(name, { exact: true }) });
  await expect(marcus).toHaveCount(1);
  await expect(suggestionOf('Dana Whitfield')).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'people-1-suggestions.png') });

  await marcus.getByTestId('suggestion-merge').click();
  const details = dialog.getByTestId('person-details');
  await expect(details.getByTestId('person-name')).toHaveText('Marcus Oyelaran');
  await expect(details.getByTestId('participant-row')).toHaveCount(2);
  await expect(details.getByTestId('participant-row').nth(1).getByTestId('participant-why')).toContainText('Merged by the reviewer');
  await expect(marcus).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'people-2-merged.png') });

  await details.getByTestId('unmerge-button').nth(1).click();
  await expect(details.getByTestId('participant-row')).toHaveCount(1);
  await expect(personsNamed('Marcus Oyelaran')).toHaveCount(2);
  // Separated by the reviewer: not offered together again.
  await expect(marcus).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'people-3-unmerged.png') });

  await dialog.getByTestId('contacts-choose').click();
  await dialog.getByTestId('contacts-path-input').fill(contacts);
  await dialog.getByTestId('contacts-import').click();
  await expect(dialog.getByTestId('contacts-result')).toContainText('contacts.vcf: 1 contact read (1 number, 0 e-mail addresses); 1 person named');
  await personsNamed('Tom Kessler').filter({ hasText: 'WhatsApp Chat with Tom.txt' }).getByRole('button').click();
  await expect(details.getByTestId('participant-row')).toContainText('+44 7700 900123');
  await expect(details).toContainText('name from contact list (contacts.vcf, line 1: +447700900123)');
  await page.screenshot({ path: join(SHOTS, 'people-4-contact-list.png') });

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('conversation-item').filter({ hasText: 'Tom' }).filter({ hasNotText: 'Kessler' }).click();
  const author = page.getByTestId('thread').getByTestId('message-author').filter({ hasText: '+44 7700 900123' });
  await expect(author).toHaveAttribute('title', 'Person: Tom Kessler');
  expect(problems).toEqual([]);
});
