// Messages per conversation-day in the display zone, by author, kind and deletion (schema 16): what
// conversation-days and the timeline by day read instead of counting every message, so both answer
// in milliseconds at a million messages (docs/timeline.md#how-it-is-counted-and-what-it-costs). Whatever changes what is
// counted refills the rows it touches in the same transaction: a completed import its sources, a
// re-read of a source's times that source, a new display zone every row. A removed source's rows go
// with its conversations. Only complete sources are counted, as conversation-days and the timeline show.
import { displayTimeZone } from '../case/display-zone';
import type { Db } from '../case/open';
import { dayNumberSql, dayStarts, isoOfDayNumber } from '../search/zone-days';

const ZONE_KEY = 'day_counts_zone';

const COMPLETE_CONVERSATIONS = `SELECT c.id FROM conversations c JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete'`;

/** Recounts one source's conversation-days in the display zone, or every source's when none is named (or the zone was another). */
export function refillDayCounts(db: Db, sourceId?: number): void {
  const zone = displayTimeZone(db);
  if (sourceId !== undefined && dayCountsZone(db) !== zone) return refillDayCounts(db);
  const counted =
    sourceId === undefined
      ? { sql: COMPLETE_CONVERSATIONS, params: [] }
      : { sql: `${COMPLETE_CONVERSATIONS} AND s.id = ?`, params: [sourceId] };
  db.prepare(sourceId === undefined ? 'DELETE FROM day_counts' : 'DELETE FROM day_counts WHERE conversation_id IN (SELECT id FROM conversations WHERE source_id = ?)').run(
    ...counted.params,
  );
  // Each conversation's ends from its (conversation, time) index, not a walk over every message.
  const extent = db
    .prepare(
      `SELECT min((SELECT min(sent_at) FROM messages m WHERE m.conversation_id = c.id)), max((SELECT max(sent_at) FROM messages m WHERE m.conversation_id = c.id))
       FROM (${counted.sql}) c`,
    )
    .raw()
    .get(...counted.params) as [number | null, number | null];
  if (extent[0] !== null && extent[1] !== null) {
    db.prepare(
      `INSERT INTO day_counts(conversation_id, day, author_id, kind, deleted, messages)
       SELECT m.conversation_id, ${dayNumberSql(zone, extent[0], extent[1])} AS day, m.author_id, m.kind, m.deleted, count(*)
       FROM messages m WHERE m.conversation_id IN (${counted.sql}) AND m.sent_at IS NOT NULL
       GROUP BY m.conversation_id, day, m.author_id, m.kind, m.deleted`,
    ).run(...counted.params);
  }
  db.prepare(`INSERT INTO case_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(ZONE_KEY, zone);
}

/** The zone the summary counts days in; null before it was first filled. */
export function dayCountsZone(db: Db): string | null {
  return (db.prepare('SELECT value FROM case_meta WHERE key = ?').pluck().get(ZONE_KEY) as string | undefined) ?? null;
}

/** Which conversation-days `dayTotals` and `dayKinds` read: one conversation or the case, days from the first to the last. */
export interface DaySpan {
  conversationId: number | null;
  days: [number, number];
}

function spanWhere({ conversationId, days }: DaySpan): { sql: string; params: number[] } {
  if (conversationId !== null) return { sql: 'conversation_id = ? AND day BETWEEN ? AND ?', params: [conversationId, ...days] };
  // Rows are written when a source completes; a source seen as importing again (a crash being recovered) is left out.
  return { sql: `day BETWEEN ? AND ? AND conversation_id IN (${COMPLETE_CONVERSATIONS})`, params: days };
}

/** [day, key, messages] per day and per value of `key` (a conversation, an author; none: one per day). */
export function dayTotals(db: Db, span: DaySpan, key: 'conversation_id' | 'author_id' | null): [number, number | null, number][] {
  const where = spanWhere(span);
  const column = key ?? 'NULL';
  return db.prepare(`SELECT day, ${column}, sum(messages) FROM day_counts WHERE ${where.sql} GROUP BY day, ${column}`).raw().all(...where.params) as [number, number | null, number][];
}

/** [day, kind, deleted, messages] per day, kind and deletion flag. */
export function dayKinds(db: Db, span: DaySpan): [number, string, number, number][] {
  const where = spanWhere(span);
  return db.prepare(`SELECT day, kind, deleted, sum(messages) FROM day_counts WHERE ${where.sql} GROUP BY day, kind, deleted`).raw().all(...where.params) as [number, string, number, number][];
}

/** A conversation's days that hold a message, with their bounds and counts; null when the summary counts days in another zone. */
export function countedDays(db: Db, conversationId: number, zone: string): { conversationId: number; day: string; start: number; end: number; timeZone: string; messages: number }[] | null {
  if (dayCountsZone(db) !== zone) return null;
  const rows = db.prepare('SELECT day, sum(messages) FROM day_counts WHERE conversation_id = ? GROUP BY day ORDER BY day').raw().all(conversationId) as [number, number][];
  if (rows.length === 0) return [];
  const first = rows[0]![0];
  const starts = dayStarts(first, rows[rows.length - 1]![0] + 1, zone);
  return rows.map(([day, messages]) => ({ conversationId, day: isoOfDayNumber(day), start: starts[day - first]!, end: starts[day - first + 1]!, timeZone: zone, messages }));
}
