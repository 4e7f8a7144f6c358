// Which messages a timeline or a day list counts: one conversation, or every conversation of the
// case whose source is complete (an import still running has committed rows nobody may see yet).
import type { Db } from '../case/open';
import { requireConversation } from '../case/queries';
import { NO_TIME, TIME_KEY } from '../search/time-key';

export interface Scope {
  conversationId: number | null;
  /** A condition on `messages m`, with its parameters. */
  where: string;
  params: number[];
}

export function scopeOf(db: Db, conversationId: number | undefined): Scope {
  if (conversationId !== undefined) {
    requireConversation(db, conversationId);
    return { conversationId, where: 'm.conversation_id = ?', params: [conversationId] };
  }
  const importing = db.prepare(`SELECT 1 FROM sources WHERE status != 'complete' LIMIT 1`).get() !== undefined;
  return {
    conversationId: null,
    where: importing ? `m.conversation_id IN (SELECT c.id FROM conversations c JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete')` : '1',
    params: [],
  };
}

/** The first and last instant of the scope's messages, each one indexed lookup; null when none has a time. */
export function extentOf(db: Db, scope: Scope): { first: number; last: number } | null {
  let first: number | undefined;
  let last: number | undefined;
  if (scope.conversationId !== null) {
    // Two statements: SQLite reads min() and max() from the index only when each is alone.
    first = db.prepare('SELECT min(m.sent_at) FROM messages m WHERE m.conversation_id = ?').pluck().get(scope.conversationId) as number | undefined;
    last = db.prepare('SELECT max(m.sent_at) FROM messages m WHERE m.conversation_id = ?').pluck().get(scope.conversationId) as number | undefined;
  } else {
    first = db.prepare(`SELECT ${TIME_KEY} FROM messages m WHERE ${TIME_KEY} > ${NO_TIME} AND ${scope.where} ORDER BY ${TIME_KEY} LIMIT 1`).pluck().get() as number | undefined;
    last = db.prepare(`SELECT ${TIME_KEY} FROM messages m WHERE ${TIME_KEY} > ${NO_TIME} AND ${scope.where} ORDER BY ${TIME_KEY} DESC LIMIT 1`).pluck().get() as number | undefined;
  }
  return first == null || last == null ? null : { first, last };
}

/** Messages of the scope without a time. */
export function undatedOf(db: Db, scope: Scope): number {
  // The time-order index holds messages without a time under NO_TIME.
  const condition = scope.conversationId === null ? `${TIME_KEY} = ${NO_TIME}` : 'm.sent_at IS NULL';
  return db.prepare(`SELECT count(*) FROM messages m WHERE ${condition} AND ${scope.where}`).pluck().get(...scope.params) as number;
}
