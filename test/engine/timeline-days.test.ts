// Conversation-days and the display zone on a real case: every count checked against a brute-force
// count of the case's messages in JavaScript, in zones on both sides of the clocks change.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { FINDING_BANDS, findingBand, type BandCounts } from '../../shared/timeline';
import { everyMessage, localDate, spanOf, timelineCase } from './timeline-fixtures';

describe('conversation-days', () => {
  it.each(['Europe/London', 'Asia/Tokyo', 'America/New_York'])('count each day in %s exactly as the messages say, by kind, with the findings touching it', async (zone) => {
    const { engine, london, tokyo } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: zone });
    const messages = everyMessage(engine);
    const { findings } = await engine.api.listFindings({});
    for (const conversationId of [london, tokyo]) {
      const result = await engine.api.conversationDays({ conversationId });
      expect(result.timeZone).toBe(zone);
      expect(result.undated).toBe(0);

      const expected = new Map<string, { messages: number; kinds: Record<string, number>; deleted: number }>();
      for (const m of messages.filter((x) => x.conversationId === conversationId)) {
        const day = localDate(m.sentAt!, zone);
        const entry = expected.get(day) ?? { messages: 0, kinds: {}, deleted: 0 };
        entry.messages++;
        entry.kinds[m.kind] = (entry.kinds[m.kind] ?? 0) + 1;
        entry.deleted += m.deleted;
        expected.set(day, entry);
      }
      expect(result.days.map((d) => d.day)).toEqual([...expected.keys()].sort());
      for (const day of result.days) {
        expect({ messages: day.messages, kinds: day.kinds, deleted: day.deleted }).toEqual(expected.get(day.day));
        // The bounds are the zone's own midnights: each instant inside reads as this day.
        expect(localDate(day.start, zone)).toBe(day.day);
        expect(localDate(day.end - 1, zone)).toBe(day.day);
        expect(localDate(day.end, zone)).not.toBe(day.day);
        const touching: BandCounts = { fact: 0, expected: 0, lead: 0 };
        for (const f of findings.filter((x) => x.conversationId === conversationId)) {
          const band = findingBand(f);
          const span = spanOf(f);
          if (band !== null && span !== null && span[0] < day.end && span[1] >= day.start) touching[band]++;
        }
        expect(day.findings).toEqual(touching);
      }
    }
    await engine.close();
  });

  it('make the day London springs forward 23 hours long, and carry facts, an expected-loss span and a lead', async () => {
    const { engine, london } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const { days } = await engine.api.conversationDays({ conversationId: london });
    const dayOf = (d: string) => days.find((x) => x.day === d)!;
    expect((dayOf('2024-03-31').end - dayOf('2024-03-31').start) / 3_600_000).toBe(23);
    expect((dayOf('2024-03-30').end - dayOf('2024-03-30').start) / 3_600_000).toBe(24);
    // Every band occurs, so each of the comparisons above has counted something.
    for (const band of FINDING_BANDS) expect(days.some((d) => d.findings[band] > 0)).toBe(true);
    expect(dayOf('2024-03-26').findings.expected).toBe(1);
    expect(dayOf('2024-04-03').findings.lead).toBeGreaterThan(0);
    await engine.close();
  });

  it('open at the first message of a day: earliest in time, then in source order', async () => {
    const { engine, london, tokyo } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const messages = everyMessage(engine);
    for (const conversationId of [london, tokyo]) {
      const { days } = await engine.api.conversationDays({ conversationId });
      for (const day of days) {
        const first = messages
          .filter((m) => m.conversationId === conversationId && m.sentAt! >= day.start && m.sentAt! < day.end)
          .sort((a, b) => a.sentAt! - b.sentAt! || a.seq - b.seq)[0]!;
        const { message } = await engine.api.locateTime({ conversationId, from: day.start, to: day.end });
        expect(message).toEqual({ messageId: first.id, conversationId, seq: first.seq, sentAt: first.sentAt });
      }
    }
    expect((await engine.api.locateTime({ conversationId: tokyo, from: Date.UTC(2030, 0, 1), to: Date.UTC(2030, 0, 2) })).message).toBeNull();
    await engine.close();
  });
});

describe('the display zone', () => {
  it('is the default zone until set; setting it is audited with before and after, and changes no time a thread shows', async () => {
    const { engine, london } = await timelineCase();
    expect(await engine.api.displayTimeZone({})).toEqual({ timeZone: 'UTC', defaultTimeZone: 'UTC' });
    const before = await engine.api.threadPage({ conversationId: london, fromSeq: 0, limit: 50 });

    expect(await engine.api.setDisplayTimeZone({ timeZone: 'europe/london' })).toEqual({ timeZone: 'Europe/London', previous: 'UTC' });
    expect(await engine.api.displayTimeZone({})).toEqual({ timeZone: 'Europe/London', defaultTimeZone: 'UTC' });
    // Setting the zone it already has records nothing.
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    await engine.api.setDisplayTimeZone({ timeZone: 'Asia/Tokyo' });
    const audit = engine.caseFile.reader.prepare(`SELECT detail FROM audit WHERE action = 'case.display_zone_changed' ORDER BY id`).pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d))).toEqual([
      { before: 'UTC', after: 'Europe/London' },
      { before: 'Europe/London', after: 'Asia/Tokyo' },
    ]);

    const after = await engine.api.threadPage({ conversationId: london, fromSeq: 0, limit: 50 });
    expect(after.messages.map((m) => [m.sentAt, m.sentAtLocal, m.timeZone])).toEqual(before.messages.map((m) => [m.sentAt, m.sentAtLocal, m.timeZone]));
    expect((await engine.api.conversationDays({ conversationId: london })).timeZone).toBe('Asia/Tokyo');
    await engine.close();
  });

  it('refuses a zone nobody knows, in one sentence, and keeps the one it had', async () => {
    const { engine } = await timelineCase();
    await expect(engine.api.setDisplayTimeZone({ timeZone: 'Mars/Olympus_Mons' })).rejects.toThrow(
      new ApiError('invalid_argument', "'Mars/Olympus_Mons' is not a time zone this system knows; give an IANA name such as Europe/London."),
    );
    expect((await engine.api.displayTimeZone({})).timeZone).toBe('UTC');
    await expect(engine.api.setDisplayTimeZone({ timeZone: '' })).rejects.toThrow(/timeZone must have at least 1 characters/);
    await engine.close();
  });
});
