// One message row as every reader shows it (thread pages, exports): the same columns, the same mapping.
import type { AttachmentView, ContentStatus, MessageEventKind, MessageEventView, MessageKind, MessageView, NoticePartiesView, ParentView } from '../../../shared/model';
import type { Db } from '../case/open';

export const MESSAGE_SELECT = `
  SELECT m.id, m.conversation_id, m.seq, m.kind, m.subtype, p.name AS author, m.body, m.sent_at, m.sent_at_local,
         m.stamp_raw, m.deleted, m.edited, m.native_id, m.reply_to, m.line_start, m.line_end, m.record,
         m.sent_at_us, m.thread_parent, m.direction, m.ttl_seconds, m.burn_on_read_seconds, m.content_status, m.raw,
         s.time_zone, s.file_name, s.chat_entry, s.id AS source_id, s.path AS source_path, sf.path AS member_path,
         c.title AS conversation_title, pm.person_id AS author_person_id, pr.display_name AS author_person,
         EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id) AS has_attachments,
         EXISTS (SELECT 1 FROM message_events e WHERE e.target_message_id = m.id) AS has_events,
         CASE WHEN m.kind = 'system' THEN (SELECT json_group_array(json_array(np.role, pp.name)) FROM notice_parties np
           JOIN participants pp ON pp.id = np.participant_id WHERE np.message_id = m.id) END AS notice_parties
  FROM messages m
  JOIN conversations c ON c.id = m.conversation_id
  JOIN sources s ON s.id = c.source_id
  LEFT JOIN participants p ON p.id = m.author_id
  LEFT JOIN person_members pm ON pm.participant_id = m.author_id
  LEFT JOIN persons pr ON pr.id = pm.person_id
  LEFT JOIN source_files sf ON sf.id = m.source_file_id`;

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
  sent_at_us: number | null;
  thread_parent: string | null;
  direction: 'incoming' | 'outgoing' | null;
  ttl_seconds: number | null;
  burn_on_read_seconds: number | null;
  content_status: ContentStatus | null;
  raw: string | null;
  time_zone: string;
  file_name: string;
  chat_entry: string | null;
  source_id: number;
  source_path: string;
  member_path: string | null;
  conversation_title: string;
  author_person_id: number | null;
  author_person: string | null;
  has_attachments: number;
  has_events: number;
  /** For a notice: its people as a JSON array of [role, name]. */
  notice_parties: string | null;
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

interface EventRow {
  id: number;
  kind: MessageEventKind;
  actor: string | null;
  sent_at: number | null;
  sent_at_us: number | null;
  sent_at_local: string | null;
  value: string | null;
  detail: string | null;
  line_start: number | null;
  line_end: number | null;
  record: string | null;
  member_path: string | null;
}

/** The edits, reactions, receipts, stars and deletes linked to a message, in source order. */
export class EventReader {
  private readonly stmt;
  constructor(db: Db) {
    this.stmt = db.prepare(
      `SELECT e.id, e.kind, p.name AS actor, e.sent_at, e.sent_at_us, e.sent_at_local, e.value, e.detail, e.line_start, e.line_end,
              e.record, sf.path AS member_path
       FROM message_events e LEFT JOIN participants p ON p.id = e.actor_id LEFT JOIN source_files sf ON sf.id = e.source_file_id
       WHERE e.target_message_id = ? ORDER BY e.id`,
    );
  }
  for(row: MessageRow): MessageEventView[] {
    if (!row.has_events) return [];
    return (this.stmt.all(row.id) as EventRow[]).map((e) => ({
      id: e.id,
      kind: e.kind,
      actor: e.actor,
      sentAt: e.sent_at,
      sentAtUs: e.sent_at_us,
      sentAtLocal: e.sent_at_local,
      value: e.value,
      detail: e.detail === null ? null : (JSON.parse(e.detail) as Record<string, unknown>),
      sourceRef: {
        file: sourceFileLabel({ ...row, member_path: e.member_path }),
        line: e.line_start,
        lineEnd: e.line_end,
        record: e.record,
      },
    }));
  }
}

/**
 * The message a reply or thread child continues, found by its id in the source within the same
 * conversation; when it is not there the view says so rather than dropping the reference.
 */
export class ParentReader {
  private readonly stmt;
  constructor(db: Db) {
    this.stmt = db.prepare(
      `SELECT m.seq, p.name AS author, substr(m.body, 1, 160) AS excerpt, m.deleted
       FROM messages m LEFT JOIN participants p ON p.id = m.author_id
       WHERE m.conversation_id = ? AND m.native_id = ? ORDER BY m.seq LIMIT 1`,
    );
  }
  for(row: MessageRow): ParentView | null {
    if (row.thread_parent === null) return null;
    const found = this.stmt.get(row.conversation_id, row.thread_parent) as { seq: number; author: string | null; excerpt: string; deleted: number } | undefined;
    return found === undefined
      ? { nativeId: row.thread_parent, seq: null, author: null, excerpt: null }
      : { nativeId: row.thread_parent, seq: found.seq, author: found.author, excerpt: found.excerpt };
  }
}

/** Everything a thread shows of a message row: its attachments, the events about it, its parent. */
export class MessageViews {
  private readonly attachments: AttachmentReader;
  private readonly events: EventReader;
  private readonly parents: ParentReader;
  constructor(db: Db) {
    this.attachments = new AttachmentReader(db);
    this.events = new EventReader(db);
    this.parents = new ParentReader(db);
  }
  view(row: MessageRow): MessageView {
    return { ...toMessageView(row, this.attachments.for(row), this.events.for(row)), parent: this.parents.for(row) };
  }
}

/**
 * The file a source reference names: the member file of a multi-file source (relative to the source
 * folder), else the container, and the chat text inside it when there is one.
 */
export function sourceFileLabel(row: Pick<MessageRow, 'file_name' | 'chat_entry' | 'source_path' | 'member_path'>): string {
  if (row.member_path) {
    const folder = row.source_path.endsWith('/') ? row.source_path : `${row.source_path}/`;
    return row.member_path.startsWith(folder) ? row.member_path.slice(folder.length) : (row.member_path.split(/[\\/]/).pop() ?? row.member_path);
  }
  return row.chat_entry ? `${row.file_name}!${row.chat_entry}` : row.file_name;
}

/** UTC ISO-8601 with six fractional digits when the source records microseconds, else milliseconds. */
export function utcIso(sentAt: number | null, sentAtUs: number | null): string | null {
  if (sentAt === null) return null;
  const iso = new Date(sentAt).toISOString();
  if (sentAtUs === null) return iso;
  const micros = String(((sentAtUs % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, '0');
  return `${iso.slice(0, 19)}.${micros}Z`;
}

export function toMessageView(row: MessageRow, attachments: AttachmentView[], events: MessageEventView[] = []): MessageView {
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
    sentAtUs: row.sent_at_us,
    nativeId: row.native_id,
    threadParent: row.thread_parent,
    direction: row.direction,
    ttlSeconds: row.ttl_seconds,
    burnOnReadSeconds: row.burn_on_read_seconds,
    contentStatus: row.content_status,
    events,
    raw: row.raw,
    authorPersonId: row.author_person_id,
    authorPerson: row.author_person,
    parties: noticeParties(row.notice_parties),
  };
}

/** A notice's people from the row's [role, name] pairs; null when the notice names nobody. */
export function noticeParties(pairs: string | null): NoticePartiesView | null {
  const named = pairs === null ? [] : (JSON.parse(pairs) as ['actor' | 'target', string][]);
  if (named.length === 0) return null;
  return { actor: named.find(([role]) => role === 'actor')?.[1] ?? null, targets: named.filter(([role]) => role === 'target').map(([, name]) => name) };
}
