// Exports a reviewer takes from the window: one conversation-day of messages (the display zone's
// day), and the completeness report as a file; and `threadline export --day` on the command line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { jsonLines, threadline } from '../support/cli';
import { tempDir, writeText } from '../support/temp';

// Four messages around midnight UTC, which is 19:00 the day before in New York.
const CHAT = [
  '04/03/2024, 22:30 - Ana Ruiz: before midnight in London',
  '04/03/2024, 23:59 - Ben Okafor: last of the fourth',
  '05/03/2024, 00:00 - Ana Ruiz: first of the fifth',
  '05/03/2024, 04:59 - Ben Okafor: still the fourth in New York',
  '05/03/2024, 05:00 - Ana Ruiz: the fifth in New York too',
].join('\n') + '\n';

describe('conversation-day export', () => {
  it('holds the messages of the display zone’s day, in source order, and follows the zone', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'), { defaultTimeZone: 'UTC' });
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', CHAT)], timeZone: 'UTC' }).done;
    const [c] = await engine.api.listConversations({});
    const utcDay = await engine.api.exportConversationDay({ conversationId: c!.id, day: '2024-03-05', format: 'jsonl' });
    expect(utcDay).toMatchObject({ fileName: `conversation-${c!.id}-2024-03-05.jsonl`, messages: 3 });
    expect(jsonLines<{ text: string }>(utcDay.text).map((r) => r.text)).toEqual(['first of the fifth', 'still the fourth in New York', 'the fifth in New York too']);

    await engine.api.setDisplayTimeZone({ timeZone: 'America/New_York' });
    const nyDay = await engine.api.exportConversationDay({ conversationId: c!.id, day: '2024-03-04', format: 'csv' });
    expect(nyDay.messages).toBe(4);
    expect(nyDay.text.startsWith('\uFEFFid,sourceId,conversationId')).toBe(true);
    expect(nyDay.text.trim().split('\r\n')).toHaveLength(5);
    await expect(engine.api.exportConversationDay({ conversationId: 999, day: '2024-03-04', format: 'csv' })).rejects.toThrow(/no conversation 999/);
    await expect(engine.api.exportConversationDay({ conversationId: c!.id, day: '2024-02-30', format: 'csv' })).rejects.toThrow(/day/);
    await engine.close();
  });

  it('writes the completeness report of a conversation or of the case as a file to save', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'matter.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', CHAT)], timeZone: 'UTC' }).done;
    const [c] = await engine.api.listConversations({});
    const html = await engine.api.completenessExport({ conversationId: c!.id, format: 'html' });
    expect(html).toMatchObject({ fileName: `completeness-matter-conversation-${c!.id}.html`, mimeType: 'text/html;charset=utf-8' });
    expect(html.text).toContain('Completeness report — matter.threadline');
    expect(html.text).toContain('WA-6');
    const csv = await engine.api.completenessExport({ format: 'csv' });
    expect(csv.fileName).toBe('completeness-matter.csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^\uFEFFconversationId,/);
    await engine.close();
  });

  it('threadline export --day writes one day of the display zone, and refuses a date that is not one', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    expect(threadline('import', writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', CHAT), '--case', casePath, '--tz', 'UTC').status).toBe(0);
    const out = threadline('export', '--case', casePath, '--format', 'jsonl', '--day', '2024-03-04');
    expect(jsonLines<{ text: string }>(out.stdout).map((r) => r.text)).toEqual(['before midnight in London', 'last of the fourth']);
    const bad = threadline('export', '--case', casePath, '--format', 'jsonl', '--day', '2024-3-4');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("--day must be a date written YYYY-MM-DD, not '2024-3-4'.");
  });
});
