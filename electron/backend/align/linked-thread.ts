// A merged thread: two custodians' copies of one conversation read as one, message by message, each
// row saying which copies hold it (issue: "per-message presence (in A, in B, in both)").
import { ApiError, type ThreadPage } from '../../../shared/api';
import type { ConversationLink } from '../../../shared/model';
import type { Db } from '../case/open';
import { MESSAGE_SELECT, MessageViews, type MessageRow } from '../threads/rows';

export class LinkedThreadReader {
  private readonly rows;
  private readonly total;
  private readonly message;
  private readonly views: MessageViews;

  constructor(private readonly db: Db) {
    this.rows = db.prepare(
      `SELECT r.pos, r.conversation_id AS conversationId, r.message_id AS messageId FROM aligned_rows r
       JOIN conversation_link_members lm ON lm.link_id = r.link_id AND lm.conversation_id = r.conversation_id
       WHERE r.link_id = ? AND r.pos >= ? AND r.pos < ? ORDER BY r.pos, lm.position`,
    );
    this.total = db.prepare('SELECT max(pos) + 1 AS total FROM aligned_rows WHERE link_id = ?');
    this.message = db.prepare(`${MESSAGE_SELECT} WHERE m.id = ?`);
    this.views = new MessageViews(db);
  }

  /** Rows fromPos..fromPos+limit; each message is shown from the first copy holding it. */
  page(linkId: number, fromPos: number, limit: number): ThreadPage {
    const total = (this.total.get(linkId) as { total: number | null }).total;
    if (total === null) throw new ApiError('not_found', `There is no link ${linkId} in this case.`);
    const rows = this.rows.all(linkId, fromPos, fromPos + limit) as { pos: number; conversationId: number; messageId: number }[];
    const byPos = new Map<number, { conversationId: number; messageId: number }[]>();
    for (const r of rows) byPos.set(r.pos, [...(byPos.get(r.pos) ?? []), r]);
    const messages = [...byPos.entries()].map(([pos, copies]) => {
      const row = this.message.get(copies[0]!.messageId) as MessageRow;
      return { ...this.views.view(row), seq: pos, presentIn: copies.map((c) => c.conversationId) };
    });
    return { conversationId: -linkId, total, messages };
  }
}

export function listLinks(db: Db): ConversationLink[] {
  const links = db.prepare('SELECT id, title, method, evidence, offset_ms AS offsetMs, matched FROM conversation_links ORDER BY id').all() as Omit<ConversationLink, 'members' | 'rows'>[];
  const members = db.prepare(
    `SELECT c.id AS conversationId, c.title, c.message_count AS messageCount, s.file_name AS sourceFile, s.custodian,
            (SELECT count(*) FROM aligned_rows r WHERE r.link_id = lm.link_id AND r.conversation_id = c.id
               AND NOT EXISTS (SELECT 1 FROM aligned_rows o WHERE o.link_id = r.link_id AND o.pos = r.pos AND o.conversation_id != c.id)) AS onlyHere
     FROM conversation_link_members lm JOIN conversations c ON c.id = lm.conversation_id JOIN sources s ON s.id = c.source_id
     WHERE lm.link_id = ? ORDER BY lm.position`,
  );
  const rows = db.prepare('SELECT max(pos) + 1 AS n FROM aligned_rows WHERE link_id = ?').pluck();
  return links.map((l) => ({ ...l, rows: (rows.get(l.id) as number | null) ?? 0, members: members.all(l.id) as ConversationLink['members'] }));
}
