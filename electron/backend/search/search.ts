// Full-text search over every conversation in the case, over the index built in bulk at import.
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchCursor, type SearchPage } from '../../../shared/api';
import type { Db } from '../case/open';
import { toFtsQuery } from './simple-query';

/** Messages without a time sort first, in source order. */
const SORT_KEY = 'coalesce(m.sent_at, -8640000000000000)';

export class Searcher {
  private readonly count;
  private readonly countIn;
  private readonly page;
  private readonly pageIn;

  constructor(db: Db) {
    const from = `FROM messages_fts f JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id
                  JOIN sources s ON s.id = c.source_id`;
    this.count = db.prepare(`SELECT count(*) AS n ${from} WHERE messages_fts MATCH ? AND s.status = 'complete'`);
    this.countIn = db.prepare(`SELECT count(*) AS n ${from} WHERE messages_fts MATCH ? AND s.status = 'complete' AND m.conversation_id = ?`);
    const select = `SELECT m.id, m.conversation_id, c.title, m.seq, m.sent_at, m.sent_at_local, m.kind, p.name AS author,
                           ${SORT_KEY} AS sort_key,
                           snippet(messages_fts, 0, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16) AS snippet
                    ${from} LEFT JOIN participants p ON p.id = m.author_id`;
    const order = `AND (${SORT_KEY}, m.id) > (?, ?) ORDER BY ${SORT_KEY}, m.id LIMIT ?`;
    this.page = db.prepare(`${select} WHERE messages_fts MATCH ? AND s.status = 'complete' ${order}`);
    this.pageIn = db.prepare(`${select} WHERE messages_fts MATCH ? AND s.status = 'complete' AND m.conversation_id = ? ${order}`);
  }

  search(q: string, opts: { conversationId?: number; limit?: number; after?: SearchCursor }): SearchPage {
    const started = performance.now();
    const fts = toFtsQuery(q);
    const limit = opts.limit ?? 50;
    const after = opts.after ?? { sentAt: -8.64e15 - 1, id: 0 };
    const inConversation = opts.conversationId !== undefined;
    const total = (inConversation ? this.countIn.get(fts, opts.conversationId) : this.count.get(fts)) as { n: number };
    const rows = (
      inConversation
        ? this.pageIn.all(fts, opts.conversationId, after.sentAt, after.id, limit + 1)
        : this.page.all(fts, after.sentAt, after.id, limit + 1)
    ) as {
      id: number;
      conversation_id: number;
      title: string;
      seq: number;
      sent_at: number | null;
      sent_at_local: string | null;
      kind: string;
      author: string | null;
      sort_key: number;
      snippet: string;
    }[];
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    const last = shown[shown.length - 1];
    return {
      total: total.n,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      hits: shown.map((r) => ({
        messageId: r.id,
        conversationId: r.conversation_id,
        conversationTitle: r.title,
        seq: r.seq,
        sentAt: r.sent_at,
        sentAtLocal: r.sent_at_local,
        author: r.author,
        kind: r.kind,
        snippet: r.snippet,
      })),
      next: more && last ? { sentAt: last.sort_key, id: last.id } : null,
    };
  }
}
