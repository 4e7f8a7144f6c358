// The few message columns rules read. Rules about particular messages (tombstones, placeholders,
// notices) look only at the conversation's "special" messages, loaded once in one pass: everything
// that is not plain text. A million-message chat has a few thousand of them.
import type { Db } from '../../case/open';

export interface MessageFact {
  id: number;
  seq: number;
  kind: string;
  subtype: string | null;
  body: string;
  sentAt: number | null;
  sentAtLocal: string | null;
  lineStart: number | null;
  record: string | null;
  deleted: number;
  author: string | null;
  contentStatus: string | null;
  /** Who acted, for a notice that names it (`Marta turned on disappearing messages`). */
  actor: string | null;
}

const COLUMNS = `m.id, m.seq, m.kind, m.subtype, m.body, m.sent_at AS sentAt, m.sent_at_local AS sentAtLocal, m.line_start AS lineStart,
  m.record, m.deleted, p.name AS author, m.content_status AS contentStatus,
  CASE WHEN m.kind = 'system' THEN (SELECT a.name FROM notice_parties n JOIN participants a ON a.id = n.participant_id
    WHERE n.message_id = m.id AND n.role = 'actor') END AS actor`;

/**
 * What makes a message special: anything but plain text. Importers that give every message a subtype
 * call plain text `text`: those rows are not special either, or a million-message conversation would
 * be loaded whole.
 */
export const specialSql = (table: string) =>
  `${table}.kind != 'text' OR (${table}.subtype IS NOT NULL AND ${table}.subtype != 'text') OR ${table}.deleted = 1 OR ${table}.content_status IS NOT NULL`;

/**
 * Every message of the conversation that is not plain text, in source order: found by its own pass
 * over the conversation, or read by the seqs the source's shared pass found (gaps/source-scan.ts).
 */
export function specialMessages(db: Db, conversationId: number, seqs?: readonly number[]): MessageFact[] {
  if (seqs?.length === 0) return [];
  const which = seqs ? 'm.seq IN (SELECT value FROM json_each(?))' : `(${specialSql('m')})`;
  return db
    .prepare(`SELECT ${COLUMNS} FROM messages m LEFT JOIN participants p ON p.id = m.author_id WHERE m.conversation_id = ? AND ${which} ORDER BY m.seq`)
    .all(conversationId, ...(seqs ? [JSON.stringify(seqs)] : [])) as MessageFact[];
}

/** The message just before / after a seq, for spans. */
export function neighbour(db: Db, conversationId: number, seq: number, direction: 'before' | 'after'): MessageFact | null {
  const op = direction === 'before' ? '<' : '>';
  const order = direction === 'before' ? 'DESC' : 'ASC';
  return (
    (db
      .prepare(
        `SELECT ${COLUMNS} FROM messages m LEFT JOIN participants p ON p.id = m.author_id
         WHERE m.conversation_id = ? AND m.seq ${op} ? ORDER BY m.seq ${order} LIMIT 1`,
      )
      .get(conversationId, seq) as MessageFact | undefined) ?? null
  );
}

export function quote(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
