// One message row as every reader shows it (thread pages, exports): the same columns, the same mapping.
import type { AttachmentView, MessageKind, MessageView } from '../../../shared/model';
import type { Db } from '../case/open';

export const MESSAGE_SELECT = `
  SELECT m.id, m.conversation_id, m.seq, m.kind, m.subtype, p.name AS author, m.body, m.sent_at, m.sent_at_local,
         m.stamp_raw, m.deleted, m.edited, m.native_id, m.reply_to, m.line_start, m.line_end, m.record,
         s.time_zone, s.file_name, s.chat_entry, s.id AS source_id, c.title AS conversation_title,
         EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id) AS has_attachments
  FROM messages m
  JOIN conversations c ON c.id = m.conversation_id
  JOIN sources s ON s.id = c.source_id
  LEFT JOIN participants p ON p.id = m.author_id`;

export interface MessageRow {
  id: number;
  conversation_id: number;
  seq: number;
  kind: MessageKind;
  subtype: string | null;
  author: string | null;
  body: string;
  sent_at: number | null;
  sent_at_local: string | null;
  stamp_raw: string | null;
  deleted: number;
  edited: number;
  native_id: string | null;
  reply_to: string | null;
  line_start: number | null;
  line_end: number | null;
  record: string | null;
  time_zone: string;
  file_name: string;
  chat_entry: string | null;
  source_id: number;
  conversation_title: string;
  has_attachments: number;
}

export class AttachmentReader {
  private readonly stmt;
  constructor(db: Db) {
    this.stmt = db.prepare('SELECT id, name, present, size, sha256 FROM attachments WHERE message_id = ? ORDER BY id');
  }
  for(row: MessageRow): AttachmentView[] {
    if (!row.has_attachments) return [];
    return (this.stmt.all(row.id) as { id: number; name: string; present: number; size: number | null; sha256: string | null }[]).map((a) => ({
      id: a.id,
      name: a.name,
      present: a.present === 1,
      size: a.size,
      sha256: a.sha256,
    }));
  }
}

/** The file a source reference names: the container, and the chat text inside it when there is one. */
export function sourceFileLabel(row: Pick<MessageRow, 'file_name' | 'chat_entry'>): string {
  return row.chat_entry ? `${row.file_name}!${row.chat_entry}` : row.file_name;
}

export function toMessageView(row: MessageRow, attachments: AttachmentView[]): MessageView {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    kind: row.kind,
    subtype: row.subtype,
    author: row.author,
    body: row.body,
    sentAt: row.sent_at,
    sentAtLocal: row.sent_at_local,
    sentAtRaw: row.stamp_raw,
    timeZone: row.time_zone,
    deleted: row.deleted === 1,
    edited: row.edited === 1,
    attachments,
    sourceRef: { file: sourceFileLabel(row), line: row.line_start, lineEnd: row.line_end, record: row.record },
  };
}
