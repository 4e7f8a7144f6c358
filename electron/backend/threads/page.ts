// Thread pages by keyset on (conversation_id, seq): a page is a seq range, never an OFFSET, so the
// millionth message costs what the first does (docs/design.md#tables).
import type { ThreadPage } from '../../../shared/api';
import { ApiError } from '../../../shared/api';
import type { Db } from '../case/open';
import { MESSAGE_SELECT, MessageViews, type MessageRow } from './rows';

export class ThreadReader {
  private readonly page;
  private readonly total;
  private readonly locate;
  private readonly byDate;
  private readonly authorCounts;
  private readonly views: MessageViews;

  constructor(db: Db) {
    this.page = db.prepare(`${MESSAGE_SELECT} WHERE m.conversation_id = ? AND m.seq >= ? AND m.seq < ? AND s.status = 'complete' ORDER BY m.seq`);
    this.total = db.prepare(
      `SELECT c.message_count AS total FROM conversations c JOIN sources s ON s.id = c.source_id WHERE c.id = ? AND s.status = 'complete'`,
    );
    this.locate = db.prepare(
      `SELECT m.conversation_id, m.seq FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id
       WHERE m.id = ? AND s.status = 'complete'`,
    );
    this.byDate = db.prepare(
      `SELECT m.seq FROM messages m WHERE m.conversation_id = ? AND m.sent_at_local >= ? ORDER BY m.sent_at_local, m.seq LIMIT 1`,
    );
    // A source that names the phone's owner (a Cellebrite report: signals.owner) says which author that is, and why.
    // Dated messages from the day-counts summary (timeline/day-counts.ts), so a million-message thread is a few thousand rows.
    this.authorCounts = db.prepare(
      `SELECT p.name, a.messages,
              (SELECT json_extract(s.signals, '$.owner.by') FROM sources s
                WHERE s.id = p.source_id AND EXISTS (SELECT 1 FROM json_each(s.signals, '$.owner.identifiers') o WHERE o.value = p.native_id)) AS phoneOwner
       FROM (SELECT author_id, sum(n) AS messages FROM (
               SELECT author_id, messages AS n FROM day_counts WHERE conversation_id = ?
               UNION ALL SELECT m.author_id, 1 FROM messages m WHERE m.conversation_id = ? AND m.sent_at IS NULL)
             GROUP BY author_id) a
       JOIN participants p ON p.id = a.author_id
       ORDER BY a.messages DESC, p.name`,
    );
    this.views = new MessageViews(db);
  }

  threadPage(conversationId: number, fromSeq: number, limit: number): ThreadPage {
    const t = (this.total.get(conversationId) as { total: number } | undefined) ?? notFound(conversationId);
    const rows = this.page.all(conversationId, fromSeq, fromSeq + limit) as MessageRow[];
    return { conversationId, total: t.total, messages: rows.map((r) => this.views.view(r)) };
  }

  authors(conversationId: number): { name: string; messages: number; phoneOwner?: string }[] {
    if (!this.total.get(conversationId)) notFound(conversationId);
    const rows = this.authorCounts.all(conversationId, conversationId) as { name: string; messages: number; phoneOwner: string | null }[];
    return rows.map(({ phoneOwner, ...a }) => (phoneOwner === null ? a : { ...a, phoneOwner }));
  }

  /** One indexed lookup (conversation, local time), so a jump to any date costs the same. */
  locateDate(conversationId: number, date: string): { seq: number | null } {
    if (!this.total.get(conversationId)) notFound(conversationId);
    const row = this.byDate.get(conversationId, date) as { seq: number } | undefined;
    return { seq: row?.seq ?? null };
  }

  locateMessage(messageId: number): { conversationId: number; seq: number } {
    const row = this.locate.get(messageId) as { conversation_id: number; seq: number } | undefined;
    if (!row) throw new ApiError('not_found', `There is no message ${messageId} in this case.`);
    return { conversationId: row.conversation_id, seq: row.seq };
  }
}

function notFound(conversationId: number): never {
  throw new ApiError('not_found', `There is no conversation ${conversationId} in this case.`);
}
