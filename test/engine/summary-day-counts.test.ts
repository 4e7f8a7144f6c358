// The day-counts summary (docs/timeline.md#how-it-is-counted-and-what-it-costs) against an oracle: recounted from the message
// rows in JavaScript (the zone's calendar day of each instant) after an import, a change of display
// zone, a source's zone changed and a source removed; and conversation-days and the timeline read
// from it equal what counting the messages themselves gives.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { removeSource } from '../../electron/backend/case/writer';
import { utcToLocal } from '../../electron/backend/time/zone';
import { daysOfConversation } from '../../electron/backend/review/day-progress';
import { refillDayCounts } from '../../electron/backend/timeline/day-counts';
import { conversationDays } from '../../electron/backend/timeline/days';
import { timeline } from '../../electron/backend/timeline/volume';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

/**
 * A chat of `messages` lines every 47 minutes from 2023-03-24 (over Europe's spring change), authors
 * in turn, with media, deleted messages and system lines among them.
 */
function chat(messages: number, authors: string[]): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const lines: string[] = [];
  for (let i = 0; i < messages; i++) {
    const d = new Date(Date.UTC(2023, 2, 24, 7, 13) + i * 47 * 60_000);
    const stamp = `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
    const body = i % 11 === 0 ? '<Media omitted>' : i % 13 === 0 ? 'This message was deleted' : `note ${i} about the permit`;
    lines.push(i % 17 === 0 ? `${stamp} - ${authors[0]} changed the group description` : `${stamp} - ${authors[i % authors.length]}: ${body}`);
  }
  return lines.join('\n') + '\n';
}

type Tuple = [conversationId: number, day: number, authorId: number | null, kind: string, deleted: number, messages: number];

/** The summary as rows, in one order. */
function summary(engine: Engine): Tuple[] {
  const rows = engine.caseFile.reader.prepare('SELECT conversation_id, day, author_id, kind, deleted, messages FROM day_counts').raw().all() as Tuple[];
  return rows.sort(byTuple);
}

/** The oracle: every message of a complete source with a time, its calendar day in `zone` worked out in JavaScript. */
function recounted(engine: Engine, zone: string): Tuple[] {
  const rows = engine.caseFile.reader
    .prepare(
      `SELECT m.conversation_id, m.sent_at, m.author_id, m.kind, m.deleted FROM messages m JOIN conversations c ON c.id = m.conversation_id
       JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete' AND m.sent_at IS NOT NULL`,
    )
    .raw()
    .all() as [number, number, number | null, string, number][];
  const counts = new Map<string, Tuple>();
  for (const [conversationId, sentAt, authorId, kind, deleted] of rows) {
    const local = utcToLocal(sentAt, zone);
    const day = Math.round(Date.UTC(local.year, local.month - 1, local.day) / 86_400_000);
    const key = JSON.stringify([conversationId, day, authorId, kind, deleted]);
    const tuple = counts.get(key) ?? [conversationId, day, authorId, kind, deleted, 0];
    tuple[5]++;
    counts.set(key, tuple);
  }
  return [...counts.values()].sort(byTuple);
}

function byTuple(a: Tuple, b: Tuple): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] ?? -1, b[i] ?? -1];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Conversation-days and the timeline as read from the summary, and as counted from the messages when the summary's zone is another. */
function readBothWays(engine: Engine, zone: string, conversationIds: number[]) {
  const db = engine.caseFile.reader;
  const read = () => ({
    days: conversationIds.map((id) => ({ ...conversationDays(db, id, zone), tookMs: 0 })),
    timelines: (['none', 'author', 'person', 'conversation'] as const).map((split) => ({ ...timeline(db, { bucket: 'day', split }, zone), tookMs: 0 })),
    conversationTimeline: { ...timeline(db, { bucket: 'day', split: 'author', conversationId: conversationIds[0] }, zone), tookMs: 0 },
    reviewDays: conversationIds.map((id) => daysOfConversation(db, id)),
  });
  const fromSummary = read();
  const writer = engine.caseFile.writer;
  const zoneRow = writer.prepare("SELECT value FROM case_meta WHERE key = 'day_counts_zone'").pluck().get() as string;
  writer.prepare("DELETE FROM case_meta WHERE key = 'day_counts_zone'").run();
  const counted = read();
  writer.prepare("INSERT INTO case_meta(key, value) VALUES ('day_counts_zone', ?)").run(zoneRow);
  return { fromSummary, counted };
}

describe('the day-counts summary', () => {
  it('equals the messages recounted after an import, a display-zone change, a source re-read in another zone and a removal', async () => {
    const dir = tempDir();
    const engine = openEngine(undefined, { defaultTimeZone: 'Europe/Berlin' });
    const first = await engine.runImport({ paths: [writeText(dir, 'one.txt', chat(400, ['Ana', 'Ben', 'Carl']))], timeZone: 'Europe/Berlin' }).done;
    const second = await engine.runImport({ paths: [writeText(dir, 'two.txt', chat(150, ['Dora', 'Eli']))], timeZone: 'UTC' }).done;
    const conversationIds = (await engine.api.listConversations({})).map((c) => c.id);
    expect(conversationIds).toHaveLength(2);

    const zone = () => engine.caseFile.reader.prepare("SELECT value FROM case_meta WHERE key = 'day_counts_zone'").pluck().get() as string;
    expect(zone()).toBe('Europe/Berlin');
    expect(summary(engine)).toEqual(recounted(engine, 'Europe/Berlin'));
    expect(summary(engine).reduce((n, t) => n + t[5], 0)).toBe(550);

    await engine.api.setDisplayTimeZone({ timeZone: 'America/New_York' });
    expect(zone()).toBe('America/New_York');
    expect(summary(engine)).toEqual(recounted(engine, 'America/New_York'));

    // Half-hour zone: every message of the first source moves by hours, so most of its days change.
    await engine.api.setSourceReading({ sourceId: first.sources[0]!.id, timeZone: 'Asia/Kolkata' });
    await engine.idle();
    expect(summary(engine)).toEqual(recounted(engine, 'America/New_York'));

    removeSource(engine.caseFile.writer, second.sources[0]!.id);
    expect(summary(engine)).toEqual(recounted(engine, 'America/New_York'));
    expect(new Set(summary(engine).map((t) => t[0]))).toEqual(new Set([conversationIds[0]]));
  });

  it('gives conversation-days and the timeline exactly as counting the messages does, over a daylight-saving change', async () => {
    const dir = tempDir();
    const engine = openEngine(undefined, { defaultTimeZone: 'Europe/Berlin' });
    await engine.runImport({ paths: [writeText(dir, 'one.txt', chat(400, ['Ana', 'Ben', 'Carl']))], timeZone: 'Europe/Berlin' }).done;
    await engine.runImport({ paths: [writeText(dir, 'two.txt', chat(150, ['Dora', 'Eli']))], timeZone: 'UTC' }).done;
    const conversationIds = (await engine.api.listConversations({})).map((c) => c.id);

    const { fromSummary, counted } = readBothWays(engine, 'Europe/Berlin', conversationIds);
    expect(fromSummary).toEqual(counted);
    // Not vacuous: days with kinds and deletions, a 23-hour day, and series per author.
    const days = fromSummary.days[0]!.days;
    expect(days.length).toBeGreaterThan(10);
    expect(days.some((d) => (d.kinds.media ?? 0) > 0 && (d.kinds.system ?? 0) > 0 && d.deleted > 0)).toBe(true);
    expect(days.some((d) => d.end - d.start === 23 * 3_600_000)).toBe(true);
    expect(fromSummary.timelines[1]!.series.map((s) => s.label)).toEqual(expect.arrayContaining(['Ana', 'Ben', 'Carl', 'Dora', 'Eli']));
    expect(fromSummary.reviewDays[0]!.length).toBe(days.length);

    // Authors' message counts (the thread's header) add the summary's dated messages to the undated ones.
    engine.caseFile.writer.prepare('UPDATE messages SET sent_at = NULL WHERE id % 10 = 0').run();
    for (const conversationId of conversationIds) {
      const counted = engine.caseFile.reader
        .prepare('SELECT p.name, count(*) AS messages FROM messages m JOIN participants p ON p.id = m.author_id WHERE m.conversation_id = ? GROUP BY p.id')
        .all(conversationId) as { name: string; messages: number }[];
      const authors = await engine.api.conversationAuthors({ conversationId });
      expect(new Map(authors.map((a) => [a.name, a.messages]))).not.toEqual(new Map(counted.map((a) => [a.name, a.messages])));
      // The summary is recounted as an import or a re-read would; then they agree.
    }
    engine.caseFile.writer.transaction(() => refillDayCounts(engine.caseFile.writer))();
    for (const conversationId of conversationIds) {
      const counted = engine.caseFile.reader
        .prepare('SELECT p.name, count(*) AS messages FROM messages m JOIN participants p ON p.id = m.author_id WHERE m.conversation_id = ? GROUP BY p.id')
        .all(conversationId) as { name: string; messages: number }[];
      const authors = await engine.api.conversationAuthors({ conversationId });
      expect(new Map(authors.map((a) => [a.name, a.messages]))).toEqual(new Map(counted.map((a) => [a.name, a.messages])));
    }
  });
});
