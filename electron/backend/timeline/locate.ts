// The first message in a span of time: where a click on a conversation-day or a timeline bucket opens
// the thread. First in time, then in source order; one indexed range read, whatever the case's size.
import { ApiError } from '../../../shared/api';
import type { LocatedMessage } from '../../../shared/timeline';
import type { Db } from '../case/open';
import { TIME_KEY } from '../search/time-key';
import { scopeOf } from './scope';

/** The condition a series key (shared/timeline.ts, TimelineSeries) puts on messages; 'other' puts none. */
function seriesCondition(series: string | undefined): { sql: string; params: (string | number)[] } {
  if (series === undefined || series === 'other') return { sql: '1', params: [] };
  const conversation = /^conversation:(\d+)$/.exec(series);
  if (conversation) return { sql: 'm.conversation_id = ?', params: [Number(conversation[1])] };
  if (series === 'author:') return { sql: 'm.author_id IS NULL', params: [] };
  if (series.startsWith('author:')) return { sql: 'm.author_id IN (SELECT id FROM participants WHERE name = ?)', params: [series.slice('author:'.length)] };
  const person = /^person:(\d+)$/.exec(series);
  if (person) return { sql: 'm.author_id IN (SELECT participant_id FROM person_members WHERE person_id = ?)', params: [Number(person[1])] };
  throw new ApiError('invalid_argument', `locateTime: '${series}' is not a series key (conversation:<id>, author:<name>, person:<id>, author: or other).`);
}

/** `a` has passed its validator: the span ends after it starts (shared/validate.ts). */
export function locateTime(db: Db, a: { from: number; to: number; conversationId?: number; series?: string }): LocatedMessage | null {
  const scope = scopeOf(db, a.conversationId);
  const series = seriesCondition(a.series);
  // A conversation's own index is in time order; the case's time-order index holds every message.
  const [time, order] = scope.conversationId !== null ? ['m.sent_at', 'm.sent_at, m.seq'] : [TIME_KEY, `${TIME_KEY}, m.conversation_id, m.seq`];
  const row = db
    .prepare(
      `SELECT m.id, m.conversation_id, m.seq, m.sent_at FROM messages m
       WHERE ${scope.where} AND ${series.sql} AND ${time} >= ? AND ${time} < ? ORDER BY ${order} LIMIT 1`,
    )
    .raw()
    .get(...scope.params, ...series.params, a.from, a.to) as [number, number, number, number] | undefined;
  return row ? { messageId: row[0], conversationId: row[1], seq: row[2], sentAt: row[3] } : null;
}
