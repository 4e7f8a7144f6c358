// The completeness report counts its days in the case's display zone, as conversation-days do, not
// in each source's own clock: a chat kept in Tokyo time and read in London puts its early-morning
// messages (and the findings on them) on the London day before.
import { describe, expect, it } from 'vitest';
import type { CompletenessReport } from '../../shared/findings';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

// Tokyo wall-clock times (UTC+9); London is on GMT (UTC+0) in mid-March 2024.
const TOKYO_CHAT = [
  '14/03/2024, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  '14/03/2024, 08:30 - Ben Okafor: the ferry leaves at nine', // 13 March 23:30 in London
  '14/03/2024, 09:10 - Ana Ruiz: on my way', // 14 March 00:10
  '14/03/2024, 20:00 - Ben Okafor: made it', // 14 March 11:00
  '15/03/2024, 07:00 - Ben Okafor: This message was deleted', // 14 March 22:00
  '15/03/2024, 10:00 - Ana Ruiz: good morning', // 15 March 01:00
].join('\n');

function dayMessages(report: CompletenessReport): Record<string, number> {
  return Object.fromEntries(report.days.filter((d) => d.messages > 0).map((d) => [d.day, d.messages]));
}

async function tokyoChatReadIn(displayZone: string) {
  const dir = tempDir();
  const engine = openEngine(undefined, { defaultTimeZone: 'UTC' });
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', TOKYO_CHAT)], timeZone: 'Asia/Tokyo' }).done;
  await engine.api.setDisplayTimeZone({ timeZone: displayZone });
  const [conversation] = await engine.api.listConversations({});
  const report = await engine.api.completenessReport({ conversationId: conversation!.id });
  const days = await engine.api.conversationDays({ conversationId: conversation!.id });
  return { engine, report, days, conversationId: conversation!.id };
}

describe('the completeness report by conversation-day', () => {
  it('counts days in the display zone, not the source’s clock, and says which zone', async () => {
    const { report } = await tokyoChatReadIn('Europe/London');
    expect(report.sources[0]!.timeZone).toBe('Asia/Tokyo');
    expect(report.daysTimeZone).toBe('Europe/London');
    expect(report.days.map(({ day, messages, system, deleted, placeholders }) => ({ day, messages, system, deleted, placeholders }))).toEqual([
      { day: '2024-03-13', messages: 2, system: 1, deleted: 0, placeholders: 0 },
      { day: '2024-03-14', messages: 3, system: 0, deleted: 1, placeholders: 0 },
      { day: '2024-03-15', messages: 1, system: 0, deleted: 0, placeholders: 0 },
    ]);
    expect(report.counts.messages).toBe(6);
  });

  it('puts a finding on the display zone’s day of its instant', async () => {
    const { report } = await tokyoChatReadIn('Europe/London');
    const deletion = report.findings.find((f) => f.type === 'deleted' && f.strength === 'fact');
    expect(deletion?.fromLocal).toBe('2024-03-15T07:00');
    const daysWithDeletion = report.days.filter((d) => d.findings.some((x) => x.type === 'deleted')).map((d) => d.day);
    expect(daysWithDeletion).toEqual(['2024-03-14']);
  });

  it('gives the same messages per day as conversation-days', async () => {
    for (const zone of ['Europe/London', 'America/Los_Angeles', 'Asia/Tokyo']) {
      const { report, days } = await tokyoChatReadIn(zone);
      expect(days.timeZone).toBe(zone);
      expect(dayMessages(report)).toEqual(Object.fromEntries(days.days.map((d) => [d.day, d.messages])));
    }
  });

  it('follows the display zone when it changes: read in the source’s own zone, the days are its clock’s', async () => {
    const { engine, conversationId } = await tokyoChatReadIn('Europe/London');
    await engine.api.setDisplayTimeZone({ timeZone: 'Asia/Tokyo' });
    const report = await engine.api.completenessReport({ conversationId });
    expect(report.daysTimeZone).toBe('Asia/Tokyo');
    expect(dayMessages(report)).toEqual({ '2024-03-14': 4, '2024-03-15': 2 });
  });
});
