// Message exports (design.md §8): one record per message, in conversation order, carrying where it
// came from and its time three ways (UTC, wall clock as written, raw text). Written to a temporary
// file and renamed into place, so an interrupted export never leaves half a file under the name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Db } from '../case/open';
import { AttachmentReader, MESSAGE_SELECT, sourceFileLabel, type MessageRow } from '../threads/rows';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
}

export function* exportRecords(db: Db, conversationId?: number): Generator<ExportRecord> {
  const where = conversationId === undefined ? "s.status = 'complete'" : "s.status = 'complete' AND m.conversation_id = ?";
  const stmt = db.prepare(`${MESSAGE_SELECT} WHERE ${where} ORDER BY m.conversation_id, m.seq`);
  const attachments = new AttachmentReader(db);
  const rows = (conversationId === undefined ? stmt.iterate() : stmt.iterate(conversationId)) as Iterable<MessageRow>;
  for (const r of rows) {
    const ref: ExportRecord['sourceRef'] = { file: sourceFileLabel(r) };
    if (r.line_start !== null) ref.line = r.line_start;
    if (r.line_end !== null && r.line_end !== r.line_start) ref.lineEnd = r.line_end;
    if (r.record !== null) ref.record = r.record;
    yield {
      id: r.id,
      sourceId: r.source_id,
      conversationId: r.conversation_id,
      conversation: r.conversation_title,
      seq: r.seq,
      author: r.author,
      sentAt: r.sent_at === null ? null : new Date(r.sent_at).toISOString(),
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
    };
  }
}

const CSV_COLUMNS = [
  'id', 'sourceId', 'conversationId', 'conversation', 'seq', 'author', 'sentAt', 'sentAtLocal', 'sentAtRaw', 'timeZone',
  'kind', 'subtype', 'text', 'attachments', 'deleted', 'edited', 'replyTo', 'sourceFile', 'sourceLine', 'sourceLineEnd', 'sourceRecord',
] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(r: ExportRecord): string {
  const cells = [
    r.id, r.sourceId, r.conversationId, r.conversation, r.seq, r.author, r.sentAt, r.sentAtLocal, r.sentAtRaw, r.timeZone,
    r.kind, r.subtype, r.text, r.attachments.map((a) => `${a.name}${a.present ? '' : ' (not in export)'}`).join('; '),
    r.deleted, r.edited, r.replyTo, r.sourceRef.file, r.sourceRef.line, r.sourceRef.lineEnd, r.sourceRef.record,
  ];
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Writes the export to a stream; returns the number of messages written. */
export async function writeExport(db: Db, format: ExportFormat, out: Writable, conversationId?: number): Promise<number> {
  let n = 0;
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  if (format === 'csv') await write('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  for (const r of exportRecords(db, conversationId)) {
    await write(format === 'jsonl' ? JSON.stringify(r) + '\n' : csvLine(r));
    n++;
  }
  return n;
}

export async function exportToFile(db: Db, format: ExportFormat, path: string, conversationId?: number): Promise<number> {
  const temp = `${path}.partial-${process.pid}`;
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    const n = await writeExport(db, format, out, conversationId);
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(temp, path);
    return n;
  } catch (e) {
    out.destroy();
    await rm(temp, { force: true });
    throw e;
  }
}
