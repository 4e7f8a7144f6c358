// Who acted on whom in a group notice, in the browser (docs/formats.md#whatsapp-parties): the thread
// line of a notice says By and On, the details pane names the actor and the people acted on, and
// from: finds a notice by its actor. Screenshots go to test-results/screenshots/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, importFile, test } from './case-fixture';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const CHAT = [
  '02/05/2024, 07:00 - Ana Ruiz created group "Boat Club"',
  '02/05/2024, 07:01 - Ana Ruiz added Ben Ito, Carl Day and ~\u202FEli',
  '02/05/2024, 07:02 - Ana Ruiz: Welcome all',
  '02/05/2024, 07:03 - Ben Ito: thanks!',
  '02/05/2024, 07:04 - You removed Carl Day',
  '02/05/2024, 07:05 - Ben Ito left',
].join('\n');

test('a notice names its actor and targets in the thread and the details, and from: finds it', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await importFile(page, server.write('WhatsApp Chat with Boat Club.txt', `${CHAT}\n`), { shows: '6' });
  await page.getByTestId('conversation-item').filter({ hasText: 'Boat Club' }).click();
  const thread = page.getByTestId('thread');
  const parties = thread.getByTestId('notice-parties');
  await expect(parties).toHaveText(['By Ana Ruiz', 'By Ana Ruiz · On Ben Ito, Carl Day, ~\u202FEli', 'On Carl Day', 'By Ben Ito']);
  await page.screenshot({ path: join(SHOTS, 'notice-parties-1-thread.png') });

  await thread.getByTestId('message').nth(1).click();
  await page.keyboard.press('Enter');
  const pane = page.getByTestId('detail-pane');
  await expect(pane.getByTestId('detail-notice-actor')).toHaveText('Ana Ruiz');
  await expect(pane.getByTestId('detail-notice-targets')).toHaveText('Ben Ito, Carl Day, ~\u202FEli');
  await pane.getByTestId('detail-notice-targets').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'notice-parties-2-details.png') });

  await page.getByTestId('search-input').fill('from:"Ben Ito"');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-hit')).toHaveCount(2);
  await page.screenshot({ path: join(SHOTS, 'notice-parties-3-search.png') });
  expect(problems).toEqual([]);
});
