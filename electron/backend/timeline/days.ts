// Conversation-days (docs/timeline.md#conversation-days): a conversation's calendar days in the display zone, with what
// each holds: messages, kinds and deletions per day, read from the day-counts summary (day-counts.ts)
// when the days are the display zone's, else counted from the conversation's time index. Neither reads
// a message body.
import type { MessageKind } from '../../../shared/model';
import type { ConversationDay, ConversationDays } from '../../../shared/timeline';
import type { Db } from '../case/open';
import { dayNumberSql } from '../search/zone-days';
import { bandsPerBucket } from './bands';
import { dayBuckets, dayRange, type DayBuckets } from './buckets';
import { dayCountsZone, dayKinds } from './day-counts';
import { extentOf, scopeOf, undatedOf } from './scope';

export function conversationDays(db: Db, conversationId: number, zone: string): ConversationDays {
  const started = performance.now();
  const scope = scopeOf(db, conversationId);
  const extent = extentOf(db, scope);
  const undated = undatedOf(db, scope);
  const done = (days: ConversationDay[]): ConversationDays => ({ conversationId, timeZone: zone, days, undated, tookMs: Math.round((performance.now() - started) * 10) / 10 });
  if (extent === null) return done([]);

  const buckets = dayBuckets(extent.first, extent.last, zone);
  const { bounds, labels, indexOfDay } = buckets;
  const days: ConversationDay[] = labels.map((day, i) => ({
    day,
    start: bounds[i]!,
    end: bounds[i + 1]!,
    messages: 0,
    kinds: {},
    deleted: 0,
    findings: { fact: 0, expected: 0, lead: 0 },
  }));
  const text = new Array<number>(labels.length).fill(0);
  for (const { day: dayNumber, kind, deleted, messages } of dayTallies(db, conversationId, zone, buckets)) {
    const i = indexOfDay.get(dayNumber)!;
    const day = days[i]!;
    day.messages += messages;
    if (kind === 'text') text[i]! += messages;
    else day.kinds[kind] = (day.kinds[kind] ?? 0) + messages;
    if (deleted === 1) day.deleted += messages;
  }
  days.forEach((day, i) => {
    if (text[i]! > 0) day.kinds.text = text[i]!;
  });

  const bands = bandsPerBucket(db, scope, bounds);
  days.forEach((day, i) => {
    day.findings = { fact: bands.counts.fact[i]!, expected: bands.counts.expected[i]!, lead: bands.counts.lead[i]! };
  });
  return done(days.filter((d) => d.messages > 0));
}

interface DayTally {
  day: number;
  kind: MessageKind;
  deleted: number;
  messages: number;
}

/**
 * Messages per day, kind and deletion: from the day-counts summary when it counts days in `zone`;
 * else each day's total is one indexed range count, and one GROUP BY over the few messages that are
 * not plain text (or deleted) splits it.
 */
function dayTallies(db: Db, conversationId: number, zone: string, { bounds, indexOfDay }: DayBuckets): DayTally[] {
  if (dayCountsZone(db) === zone) {
    return dayKinds(db, { conversationId, days: dayRange(indexOfDay) }).map(([day, kind, deleted, messages]) => ({ day, kind: kind as MessageKind, deleted, messages }));
  }
  const special = db
    .prepare(
      `SELECT ${dayNumberSql(zone, bounds[0]!, bounds[bounds.length - 1]!)} AS day, m.kind, m.deleted, count(*) AS messages
       FROM messages m WHERE m.conversation_id = ? AND m.sent_at IS NOT NULL AND (m.kind != 'text' OR m.deleted = 1) GROUP BY day, m.kind, m.deleted`,
    )
    .all(conversationId) as DayTally[];
  const plainText = new Map<number, number>();
  const count = db.prepare('SELECT count(*) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?').pluck();
  for (const [day, i] of indexOfDay) plainText.set(day, count.get(conversationId, bounds[i], bounds[i + 1]) as number);
  for (const t of special) plainText.set(t.day, plainText.get(t.day)! - t.messages);
  return [...special, ...[...plainText].filter(([, n]) => n > 0).map(([day, messages]): DayTally => ({ day, kind: 'text', deleted: 0, messages }))];
}
