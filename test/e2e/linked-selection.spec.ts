// Selecting in a merged thread of two custodians' copies: click, Shift+click, Ctrl+click and the
// selection keys pick merged rows, including rows only one copy holds; a tag key codes every
// selected message, `a` adds them to the chronology and `c` cites the focused one, each from the
// copy it is shown from.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { androidCopy, dialogue, iosCopy } from '../../scripts/two-copies';
import { expect, importFile, SHOTS, test } from './case-fixture';
import { messageRow } from './reviewer';

async function importCopy(page: Page, path: string, custodian: string): Promise<void> {
  await importFile(page, path, { custodian, timeZone: 'Europe/Madrid' });
  await page.keyboard.press('Escape');
}

interface CaseFacts {
  tagged: { conversationId: number; seq: number }[];
  entries: { citations: { conversationId: number }[] }[];
  copies: number[];
}

/** What the case holds now, read through the page's own API. */
function caseFacts(page: Page): Promise<CaseFacts> {
  return page.evaluate(async () => {
    type Call = (arg: object) => Promise<{ ok: boolean; value: unknown }>;
    const api = (window as unknown as { api: Record<string, Call> }).api;
    const value = async <T,>(method: string, arg: object) => (await api[method]!(arg)).value as T;
    const hits = await value<{ hits: { conversationId: number; seq: number }[] }>('search', { q: 'tag:Responsive' });
    const chronology = await value<{ entries: { citations: { conversationId: number }[] }[] }>('chronology', {});
    const links = await value<{ members: { conversationId: number }[] }[]>('listLinks', {});
    return { tagged: hits.hits.map((h) => ({ conversationId: h.conversationId, seq: h.seq })), entries: chronology.entries, copies: links[0]!.members.map((m) => m.conversationId) };
  });
}

test('rows of a merged thread are selected by mouse and keys, then tagged and added to the chronology', async ({ page, context, server, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lines = dialogue(60, 7 * 3_600_000);
  // Ana's phone lacks rows 10–12 (only in Ben's copy, B); Ben's lacks 40–44 (only in Ana's, A).
  await page.goto(server.url);
  await importCopy(page, server.write('ana/WhatsApp Chat with Ben Okafor.txt', androidCopy(lines.filter((_, i) => i < 10 || i > 12))), 'Ana Ruiz');
  await importCopy(page, server.write('ben/_chat.txt', iosCopy(lines.filter((_, i) => i < 40 || i > 44))), 'Ben Okafor');
  await page.getByTestId('link-item').click();
  await expect(page.getByTestId('link-header')).toBeVisible();
  const thread = page.getByTestId('thread');
  const selected = thread.locator('[data-testid="message"][data-selected="true"]');

  // Click, Shift+click across the rows only Ben's copy holds, Ctrl+click a row further down.
  await messageRow(page, 8).click();
  await expect(selected).toHaveCount(1);
  await messageRow(page, 13).click({ modifiers: ['Shift'] });
  await expect(selected).toHaveCount(6);
  await expect(messageRow(page, 11).getByTestId('presence')).toHaveText(/only in\s*B/);
  await messageRow(page, 20).click({ modifiers: ['Control'] });
  await expect(selected).toHaveCount(7);
  await expect(messageRow(page, 20)).toBeFocused();

  // The keys: J extends from the picked row, x takes one out again.
  await page.keyboard.press('J');
  await expect(selected).toHaveCount(8);
  await expect(messageRow(page, 21)).toBeFocused();
  await page.keyboard.press('k');
  await expect(selected).toHaveCount(1);
  await messageRow(page, 8).click();
  await messageRow(page, 13).click({ modifiers: ['Shift'] });
  await messageRow(page, 20).click({ modifiers: ['Control'] });
  await page.keyboard.press('J');
  await page.keyboard.press('x');
  await expect(selected).toHaveCount(7);
  await expect(messageRow(page, 21)).not.toHaveAttribute('data-selected', 'true');

  // A tag key codes every selected row, whichever copy it is shown from.
  await page.keyboard.press('1');
  await page.getByTestId('reviewer-name-input').fill('Pat Lee');
  await page.keyboard.press('Enter');
  const chips = thread.locator('[data-testid="message"] [data-testid="tag-chip"][data-tag="Responsive"]');
  await expect(chips).toHaveCount(7);
  for (const pos of [8, 11, 13, 20]) await expect(messageRow(page, pos).getByTestId('tag-chip')).toHaveText(['Responsive']);
  await expect(messageRow(page, 21).getByTestId('tag-chip')).toHaveCount(0);

  await page.keyboard.press('a');
  await expect(page.getByTestId('status-line')).toContainText('Added to the chronology');
  await thread.evaluate((el) => (el.scrollTop = Math.max(0, el.scrollHeight * 0.1)));
  await page.screenshot({ path: join(SHOTS, 'linked-selection.png') });

  // c cites the focused row from the copy it is shown from; a range is not cited across sources.
  await messageRow(page, 11).click();
  await page.keyboard.press('c');
  await expect(page.getByTestId('status-line')).toContainText(/Citation copied: _chat\.txt, line 12 .*custodian Ben Okafor/);
  await messageRow(page, 12).click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await expect(page.getByTestId('status-line')).toContainText('citations are copied one message at a time');

  // End reaches the last merged row and selects it alone.
  await page.keyboard.press('End');
  await expect(messageRow(page, 59)).toBeFocused();
  await expect(selected).toHaveCount(1);

  const facts = await caseFacts(page);
  const [ana, ben] = facts.copies;
  expect(facts.tagged).toHaveLength(7);
  expect(new Set(facts.tagged.map((t) => t.conversationId))).toEqual(new Set([ana, ben]));
  expect(facts.tagged.filter((t) => t.conversationId === ben)).toHaveLength(3);
  expect(facts.entries).toHaveLength(1);
  expect(facts.entries[0]!.citations.map((c) => c.conversationId).sort()).toEqual([ana, ana, ana, ana, ben, ben, ben].sort());
  expect(problems).toEqual([]);
});
