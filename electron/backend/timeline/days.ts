// Conversation-days (docs/timeline.md#conversation-days): a conversation's calendar days in the display zone, with what
// each holds. Totals are one indexed range count per day (zone-days' bounds in UTC); the kinds are one
// GROUP BY over the few messages that are not plain text. Neither reads a message body.
import type { MessageKind } from '../../../shared/model';
import type { ConversationDay, ConversationDays } from '../../../shared/timeline';
import type { Db } from '../case/open';
import { dayNumberSql } from '../search/zone-days';
import { bandsPerBucket } from './bands';
import { dayBuckets } from './buckets';
import { extentOf, scopeOf, undatedOf } from './scope';

export function conversationDays(db: Db, conversationId: number, zone: string): ConversationDays {
  const started = performance.now();
  const scope = scopeOf(db, conversationId);
  const extent = extentOf(db, scope);
  const undated = undatedOf(db, scope);
  const done = (days: ConversationDay[]): ConversationDays => ({ conversationId, timeZone: zone, days, undated, tookMs: Math.round((performance.now() - started) * 10) / 10 });
  if (extent === null) return done([]);

  const { bounds, labels, indexOfDay } = dayBuckets(extent.first, extent.last, zone);
  const n = labels.length;
  const count = db.prepare('SELECT count(*) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?').pluck();
  const days: ConversationDay[] = labels.map((day, i) => ({
    day,
    start: bounds[i]!,
    end: bounds[i + 1]!,
    messages: count.get(conversationId, bounds[i], bounds[i + 1]) as number,
    kinds: {},
    deleted: 0,
    findings: { fact: 0, expected: 0, lead: 0 },
  }));

  const special = db
    .prepare(
      `SELECT ${dayNumberSql(zone, bounds[0]!, bounds[n]!)} AS day, m.kind, m.deleted, count(*)
       FROM messages m WHERE m.conversation_id = ? AND m.sent_at IS NOT NULL AND (m.kind != 'text' OR m.deleted = 1) GROUP BY day, m.kind, m.deleted`,
    )
    .raw()
    .all(conversationId) as [number, MessageKind, number, number][];
  const notText = new Array<number>(n).fill(0);
  for (const [dayNumber, kind, deleted, messages] of special) {
    const i = indexOfDay.get(dayNumber)!;
    const day = days[i]!;
    if (kind !== 'text') {
      day.kinds[kind] = (day.kinds[kind] ?? 0) + messages;
      notText[i]! += messages;
    }
    if (deleted === 1) day.deleted += messages;
  }
  days.forEach((day, i) => {
    if (day.messages > notText[i]!) day.kinds.text = day.messages - notText[i]!;
  });

  const bands = bandsPerBucket(db, scope, bounds);
  days.forEach((day, i) => {
    day.findings = { fact: bands.counts.fact[i]!, expected: bands.counts.expected[i]!, lead: bands.counts.lead[i]! };
  });
  return done(days.filter((d) => d.messages > 0));
}
