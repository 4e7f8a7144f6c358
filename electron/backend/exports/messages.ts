// Message exports (docs/design.md#cli): one record per message, in conversation order, carrying where it
// came from and its time three ways (UTC, wall clock as written, raw text). Streamed to the door's own
// stream: the CLI writes a file under a temporary name and renames it into place when complete.
import type { Writable } from 'node:stream';
import type { Db } from '../case/open';
import { AttachmentReader, EventReader, MESSAGE_SELECT, noticeParties, sourceFileLabel, utcIso, type MessageRow } from '../threads/rows';
import { CSV_BOM, csvRow } from './csv';
import { ExportTagReader, tagsByCell, tagsCell, type ExportedTag } from '../review/export-tags';
import type { MessageExportFormat } from '../../../shared/enums';

type ExportFormat = MessageExportFormat;

export interface ExportRecord {
  id: number;
  sourceId: number;
  conversationId: number;
  conversation: string;
  seq: number;
  author: string | null;
  sentAt: string | null;
  sentAtLocal: string | null;
  sentAtRaw: string | null;
  timeZone: string;
  kind: string;
  subtype: string | null;
  text: string;
  attachments: { name: string; present: boolean; sha256: string | null }[];
  deleted: boolean;
  edited: boolean;
  replyTo: string | null;
  sourceRef: { file: string; line?: number; lineEnd?: number; record?: string };
  /** The message's own id in the source (Wickr message_id, RSMF event id). */
  nativeId: string | null;
  threadParent: string | null;
  direction: 'incoming' | 'outgoing' | null;
  ttlSeconds: number | null;
  burnOnReadSeconds: number | null;
  /** Why the item has no text (Confide: `unrecoverable_by_design`); null when the content is present. */
  contentStatus: string | null;
  /** Edits, reactions, receipts, stars and deletes about this message, in source order. */
  events: ExportEvent[];
  /** The person the author was resolved to (docs/people.md); `author` stays the name as written. */
  authorPersonId: number | null;
  authorPerson: string | null;
  /** The tags the message carries, its own and inherited from its day or conversation, each with who applied it and when (review/export-tags.ts). */
  tags: ExportedTag[];
  /** A notice's actor and the people it acted on, as the notice names them (docs/formats.md#whatsapp-parties); null and [] otherwise. */
  noticeActor: string | null;
  noticeTargets: string[];
}

export interface ExportEvent {
  kind: string;
  by: string | null;
  at: string | null;
  value: string | null;
  detail: Record<string, unknown> | null;
  sourceRef: { file: string; line?: number; lineEnd?: number; record?: string };
}

function refOf(file: string, line: number | null, lineEnd: number | null, record: string | null): ExportRecord['sourceRef'] {
  const ref: ExportRecord['sourceRef'] = { file };
  if (line !== null) ref.line = line;
  if (lineEnd !== null && lineEnd !== line) ref.lineEnd = lineEnd;
  if (record !== null) ref.record = record;
  return ref;
}

/** Which messages an export holds: a conversation, a time range [from, to) in UTC ms (a conversation-day), or both. */
export interface ExportScope {
  conversationId?: number;
  from?: number;
  to?: number;
  /** Only these messages (the hits of a search), as a JSON array of ids. */
  messageIds?: string;
}

export function* exportRecords(db: Db, scope: ExportScope = {}): Generator<ExportRecord> {
  const where = ["s.status = 'complete'"];
  const args: (number | string)[] = [];
  if (scope.messageIds !== undefined) {
    where.push('m.id IN (SELECT value FROM json_each(?))');
    args.push(scope.messageIds);
  }
  if (scope.conversationId !== undefined) {
    where.push('m.conversation_id = ?');
    args.push(scope.conversationId);
  }
  // A range holds only messages with a time: an undated message is on no day.
  if (scope.from !== undefined) {
    where.push('m.sent_at >= ?');
    args.push(scope.from);
  }
  if (scope.to !== undefined) {
    where.push('m.sent_at < ?');
    args.push(scope.to);
  }
  const stmt = db.prepare(`${MESSAGE_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.conversation_id, m.seq`);
  const attachments = new AttachmentReader(db);
  const events = new EventReader(db);
  const tags = new ExportTagReader(db);
  const rows = stmt.iterate(...args) as Iterable<MessageRow>;
  for (const r of rows) {
    const ref = refOf(sourceFileLabel(r), r.line_start, r.line_end, r.record);
    const parties = noticeParties(r.notice_parties);
    yield {
      id: r.id,
      sourceId: r.source_id,
      conversationId: r.conversation_id,
      conversation: r.conversation_title,
      seq: r.seq,
      author: r.author,
      sentAt: utcIso(r.sent_at, r.sent_at_us),
      sentAtLocal: r.sent_at_local,
      sentAtRaw: r.stamp_raw,
      timeZone: r.time_zone,
      kind: r.kind,
      subtype: r.subtype,
      text: r.body,
      attachments: attachments.for(r).map((a) => ({ name: a.name, present: a.present, sha256: a.sha256 })),
      deleted: r.deleted === 1,
      edited: r.edited === 1,
      replyTo: r.reply_to,
      sourceRef: ref,
      nativeId: r.native_id,
      threadParent: r.thread_parent,
      direction: r.direction,
      ttlSeconds: r.ttl_seconds,
      burnOnReadSeconds: r.burn_on_read_seconds,
      contentStatus: r.content_status,
      events: events.for(r).map((e) => ({
        kind: e.kind,
        by: e.actor,
        at: utcIso(e.sentAt, e.sentAtUs),
        value: e.value,
        detail: e.detail,
        sourceRef: refOf(e.sourceRef.file, e.sourceRef.line, e.sourceRef.lineEnd, e.sourceRef.record),
      })),
      authorPersonId: r.author_person_id,
      authorPerson: r.author_person,
      tags: tags.for(r),
      noticeActor: parties?.actor ?? null,
      noticeTargets: parties?.targets ?? [],
    };
  }
}

const CSV_COLUMNS = [
  'id', 'sourceId', 'conversationId', 'conversation', 'seq', 'author', 'sentAt', 'sentAtLocal', 'sentAtRaw', 'timeZone',
  'kind', 'subtype', 'text', 'attachments', 'deleted', 'edited', 'replyTo', 'sourceFile', 'sourceLine', 'sourceLineEnd', 'sourceRecord',
  'nativeId', 'threadParent', 'direction', 'ttlSeconds', 'burnOnReadSeconds', 'contentStatus', 'events',
  'authorPersonId', 'authorPerson', 'tags', 'tagsBy', 'noticeActor', 'noticeTargets',
] as const;

/** `edit by ana at 2023-…Z: new text; reaction by ben at …: 👍 (removed)`: one cell, readable in a spreadsheet. */
function eventsCell(events: ExportEvent[]): string {
  return events
    .map((e) => {
      const removed = e.kind === 'reaction' && e.detail?.added === false ? ' (removed)' : '';
      return `${e.kind}${e.by ? ` by ${e.by}` : ''}${e.at ? ` at ${e.at}` : ''}${e.value !== null ? `: ${e.value}` : ''}${removed}`;
    })
    .join('; ');
}

function csvLine(r: ExportRecord): string {
  const cells = [
    r.id, r.sourceId, r.conversationId, r.conversation, r.seq, r.author, r.sentAt, r.sentAtLocal, r.sentAtRaw, r.timeZone,
    r.kind, r.subtype, r.text, r.attachments.map((a) => `${a.name}${a.present ? '' : ' (not in export)'}`).join('; '),
    r.deleted, r.edited, r.replyTo, r.sourceRef.file, r.sourceRef.line, r.sourceRef.lineEnd, r.sourceRef.record,
    r.nativeId, r.threadParent, r.direction, r.ttlSeconds, r.burnOnReadSeconds, r.contentStatus, eventsCell(r.events),
    r.authorPersonId, r.authorPerson, tagsCell(r.tags), tagsByCell(r.tags), r.noticeActor, r.noticeTargets.join('; '),
  ];
  return csvRow(cells);
}

const CSV_HEADER = CSV_BOM + csvRow(CSV_COLUMNS);

function lineOf(r: ExportRecord, format: ExportFormat): string {
  return format === 'jsonl' ? JSON.stringify(r) + '\n' : csvLine(r);
}

/** Writes the export to a stream; returns the number of messages written. */
export async function writeExport(db: Db, format: ExportFormat, out: Writable, scope: ExportScope = {}): Promise<number> {
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  if (format === 'csv') await write(CSV_HEADER);
  let n = 0;
  for (const r of exportRecords(db, scope)) {
    await write(lineOf(r, format));
    n++;
  }
  return n;
}

/** A small export (a conversation-day) as one string, for the window to save. */
export function exportText(db: Db, format: ExportFormat, scope: ExportScope): { text: string; messages: number } {
  const lines = [...exportRecords(db, scope)].map((r) => lineOf(r, format));
  return { text: (format === 'csv' ? CSV_HEADER : '') + lines.join(''), messages: lines.length };
}
