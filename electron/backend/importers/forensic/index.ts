// Forensic-report chat tables (docs/formats.md#forensic-csv): a "Chats" CSV with one row per
// message, as Cellebrite Physical Analyzer and similar tools export it. Rows of any app map to the
// same model; the app (the Source column) decides how an empty body reads: Confide destroys content
// by design, Wickr encrypts it at rest (docs/formats.md#wickr-device-reports), and neither is an empty message.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { ConversationKind, ContentStatus, DateOrderDecision, SourceCaveat } from '../../../../shared/model';
import { sha256File } from '../../files/hash';
import { fileSource, RECORD_BATCH_BYTES } from '../../files/read';
import { confideCaveat } from '../rsmf/manifest';
import { type AttachmentRecord, type ConversationRecord, type EventRecord, type ImportOptions, type ImportStream, type RecordBatch, type SourceFileRecord } from '../types';
import { WarningList } from '../warnings';
import { readCsv, type CsvRecord } from './csv';
import { cell, rowObject, type ChatsLayout } from './columns';
import { DateOrderVotes, readDate, readStamp, splitDateTime, type ReadStamp } from './time';

export const FORENSIC_PARSER_VERSION = 'forensic-chats-csv/1';
/** The key of a row's raw record that holds the bytes of its lines that were not valid text (base64). */
const INVALID_BYTES_KEY = 'lines with invalid bytes, as read (base64)';

const DELETED = /^(deleted|yes|true|trash|1|recovered|deleted \(.*\))$/i;
const YES = /^(yes|true|1|starred)$/i;
const ENCRYPTED_BODY = /^\s*[[(<]?\s*encrypted\s*[\])>]?\s*$/i;

/** How an app's empty body reads: destroyed by design, encrypted at rest, or simply empty. */
export function contentStatusOf(app: string, body: string, hasAttachments: boolean): ContentStatus | null {
  if (hasAttachments) return null;
  if (/confide/i.test(app) && body.trim() === '') return 'unrecoverable_by_design';
  if (/wickr/i.test(app) && (body.trim() === '' || ENCRYPTED_BODY.test(body))) return 'encrypted_unavailable';
  return null;
}

/** The chat a row belongs to: the app and the chat's identifier, else its report number, name or parties. */
export function chatKeyOf(row: CsvRecord, layout: ChatsLayout): string {
  const app = cell(row, layout, 'source');
  const chat = cell(row, layout, 'chatId') || cell(row, layout, 'chatNumber') || cell(row, layout, 'chatName') || cell(row, layout, 'participants');
  return `${app}\u0001${chat}`;
}

/** The people of a Participants cell: one per line (or `;`-separated). */
export function participantList(text: string): string[] {
  return text.split(/\r\n|\n|\r|;/).map((s) => s.trim()).filter(Boolean);
}

interface Scan {
  rows: number;
  apps: Map<string, number>;
  votes: DateOrderVotes;
  withZone: number;
  withoutZone: number;
  preamble: string[];
}

function dateCells(row: CsvRecord, layout: ChatsLayout): [string, string][] {
  const pairs: [string, string][] = [];
  const push = (d: string, t: string) => (d || t ? pairs.push([d, t]) : 0);
  push(cell(row, layout, 'date') || cell(row, layout, 'timestamp'), cell(row, layout, 'time'));
  push(cell(row, layout, 'deliveredDate'), cell(row, layout, 'deliveredTime'));
  push(cell(row, layout, 'readDate'), cell(row, layout, 'readTime'));
  push(cell(row, layout, 'chatStartDate'), cell(row, layout, 'chatStartTime'));
  return pairs;
}

async function scan(path: string, layout: ChatsLayout, isCancelled: () => boolean): Promise<Scan> {
  const s: Scan = { rows: 0, apps: new Map(), votes: new DateOrderVotes(), withZone: 0, withoutZone: 0, preamble: [] };
  for await (const batch of readCsv(fileSource(path, RECORD_BATCH_BYTES), layout.delimiter, { isCancelled })) {
    for (const row of batch) {
      if (row.lineStart < layout.headerLine) {
        s.preamble.push(row.cells.join(layout.delimiter));
        continue;
      }
      if (row.lineStart === layout.headerLine || row.cells.every((c) => c.trim() === '')) continue;
      s.rows++;
      const app = cell(row, layout, 'source') || '(no app named)';
      s.apps.set(app, (s.apps.get(app) ?? 0) + 1);
      for (const [d, t] of dateCells(row, layout)) {
        const datePart = t ? d : (splitDateTime(d)?.[0] ?? d);
        s.votes.add(readDate(datePart), datePart);
        if (/UTC|GMT/i.test(t || d)) s.withZone++;
        else s.withoutZone++;
      }
    }
  }
  return s;
}

export async function openForensicCsv(path: string, layout: ChatsLayout, opts: ImportOptions): Promise<ImportStream> {
  const label = basename(path);
  const dir = dirname(path);
  opts.progress('reading', 0, 0);
  const s = await scan(path, layout, opts.isCancelled);
  const dateOrder: DateOrderDecision = s.votes.decide(opts.dateOrder);
  const warnings = new WarningList();
  if (dateOrder.ambiguous) warnings.add(null, 'date_order_ambiguous', `${label}: ${dateOrder.evidence}.`);
  if (s.rows === 0) warnings.add(null, 'no_rows', `${label}: the file has the chats column header (line ${layout.headerLine}) but no rows; the source is recorded with no messages.`);
  if (s.preamble.length) warnings.add(null, 'preamble', `${label}: ${s.preamble.length} line${s.preamble.length === 1 ? '' : 's'} before the column header (the report's title); kept as the source's preamble.`);
  const apps = [...s.apps.entries()].sort((a, b) => b[1] - a[1]);

  interface Conv {
    record: ConversationRecord;
    seq: number;
    people: Set<string>;
    listed: number;
  }
  const conversations = new Map<string, Conv>();
  const signals = {
    rows: s.rows,
    apps: Object.fromEntries(apps),
    deletedRows: 0,
    carvedRows: 0,
    contentStatus: {} as Record<string, number>,
    attachmentsMissing: 0,
    attachmentsPresent: 0,
    timesWithZone: s.withZone,
    timesWithoutZone: s.withoutZone,
    reportCounters: 'Gaps in the report counters (#, Instant Message #) reflect the report, not deletions (CB-3).',
  };
  const hashed = new Map<string, SourceFileRecord>();
  const declared = new Set<string>();

  const stampOf = (d: string, t: string, line: number, what: string): ReadStamp | null => {
    const r = readStamp(d, t, dateOrder.value);
    if (r?.problem) warnings.add(line, 'invalid_date', `${label}, line ${line}: the ${what} ${r.problem}; kept without it.`);
    return r;
  };

  async function attachment(name: string, details: string, line: number, files: SourceFileRecord[]): Promise<AttachmentRecord> {
    const shown = name.split(/[\\/]/).pop() || name;
    const candidates = [join(dir, name.replace(/\\/g, '/')), join(dir, shown), join(dir, 'files', shown)];
    let outside = false;
    for (const p of candidates) {
      if (!(await stat(p).then((x) => x.isFile()).catch(() => false))) continue;
      // The name is a cell of a seized report: `../../etc/x` or a link must not make another file evidence.
      if (!(await insideFolder(dir, p))) {
        outside = true;
        continue;
      }
      let f = hashed.get(p);
      if (!f) {
        const { sha256, size } = await sha256File(p);
        f = { path: p, sha256, size, role: 'attachment' };
        hashed.set(p, f);
      }
      if (!declared.has(p)) {
        declared.add(p);
        files.push(f);
      }
      signals.attachmentsPresent++;
      return { name: shown, entry: name, present: true, sha256: f.sha256, size: f.size, memberFile: p };
    }
    signals.attachmentsMissing++;
    if (outside) warnings.add(line, 'attachment_outside_report', `${label}, line ${line}: the attachment '${name}' points outside the report's folder (by its name or a link); not read, and the file marked absent.`);
    else warnings.add(line, 'attachment_missing', `${label}, line ${line}: the attachment '${name}'${details ? ` (${details.replace(/\s+/g, ' ').slice(0, 80)})` : ''} is not beside the report; the row is kept and the file marked absent.`);
    return { name: shown, entry: name, present: false, sha256: null, size: null, memberFile: null };
  }

  async function* batches(): AsyncGenerator<RecordBatch> {
    let done = 0;
    const readOptions = {
      label,
      isCancelled: opts.isCancelled,
      warn: (line: number, code: string, message: string) => warnings.add(line, code, message),
      unterminated: (line: number) =>
        warnings.add(line, 'csv_unterminated', `${label}, line ${line}: a quoted cell is never closed (the file may be truncated); the rest of the file is kept as that row.`),
    };
    for await (const batch of readCsv(fileSource(path, RECORD_BATCH_BYTES), layout.delimiter, readOptions)) {
      const out: RecordBatch & { files: SourceFileRecord[] } = { messages: [], events: [], files: [] };
      for (const row of batch) {
        if (row.lineStart <= layout.headerLine || row.cells.every((c) => c.trim() === '')) continue;
        if (row.cells.length !== layout.header.length) {
          warnings.add(row.lineStart, 'csv_cells', `${label}, line ${row.lineStart}: the row has ${row.cells.length} cells, the header ${layout.header.length}; cells are read by position.`);
        }
        const key = chatKeyOf(row, layout);
        const app = cell(row, layout, 'source');
        let conv = conversations.get(key);
        if (!conv) {
          const participants = participantList(cell(row, layout, 'participants'));
          const title = cell(row, layout, 'chatName') || participants.slice(0, 3).join(', ') || (cell(row, layout, 'chatNumber') ? `Chat #${cell(row, layout, 'chatNumber')}` : '') || cell(row, layout, 'chatId') || `${app || 'Unnamed'} chat`;
          conv = {
            record: { key, title, kind: 'unknown', nativeId: cell(row, layout, 'chatId') || null, platform: app || null },
            seq: 0,
            people: new Set(),
            listed: participants.length,
          };
          conversations.set(key, conv);
        }
        const from = cell(row, layout, 'from');
        const system = /^system message/i.test(from);
        if (from && !system) conv.people.add(from);
        const body = cell(row, layout, 'body') === '' ? '' : (row.cells[layout.columns.body!] ?? '');
        const attachments: AttachmentRecord[] = [];
        for (const a of layout.attachments) {
          const name = (row.cells[a.name] ?? '').trim();
          if (name) attachments.push(await attachment(name, a.details === null ? '' : (row.cells[a.details] ?? ''), row.lineStart, out.files));
        }
        const contentStatus = contentStatusOf(app, body, attachments.length > 0);
        if (contentStatus) signals.contentStatus[contentStatus] = (signals.contentStatus[contentStatus] ?? 0) + 1;
        const deleted = DELETED.test(cell(row, layout, 'messageDeleted'));
        if (deleted) signals.deletedRows++;
        if (YES.test(cell(row, layout, 'carved')) || YES.test(cell(row, layout, 'messageCarved'))) signals.carvedRows++;
        const when = stampOf(cell(row, layout, 'date') || cell(row, layout, 'timestamp'), cell(row, layout, 'time'), row.lineStart, 'timestamp');
        const direction = cell(row, layout, 'direction').toLowerCase();
        const number = cell(row, layout, 'messageNumber');
        const seq = conv.seq++;
        const kind = system ? 'system' : contentStatus ? 'text' : body.trim() === '' && attachments.length ? 'media' : 'text';
        out.messages.push({
          conversationKey: key,
          seq,
          author: system || !from ? null : from,
          kind,
          subtype: system ? 'system' : contentStatus ? `content.${contentStatus}` : kind === 'media' ? 'media.attached' : 'text',
          body,
          headerRaw: '',
          stampRaw: when?.raw ?? null,
          local: when?.local ?? null,
          instant: when?.instant ?? null,
          withSeconds: when?.withSeconds ?? false,
          nativeId: null,
          replyTo: null,
          deleted,
          edited: false,
          attachments,
          lineStart: row.lineStart,
          lineEnd: row.lineEnd,
          record: number ? `Instant Message #${number}` : cell(row, layout, 'index') ? `#${cell(row, layout, 'index')}` : null,
          direction: direction === 'incoming' || direction === 'outgoing' ? direction : null,
          contentStatus,
          raw: JSON.stringify(row.invalid ? { ...rowObject(row, layout), [INVALID_BYTES_KEY]: row.invalid.map((l) => ({ line: l.line, base64: Buffer.from(l.bytes).toString('base64') })) } : rowObject(row, layout)),
        });
        const receipt = (d: string, t: string, value: 'delivered' | 'read') => {
          const r = stampOf(d, t, row.lineStart, `${value} time`);
          if (!r || r.problem) return;
          out.events.push(event(key, seq, 'receipt', value, r, { status: value, from: 'report columns' }, row));
        };
        receipt(cell(row, layout, 'deliveredDate'), cell(row, layout, 'deliveredTime'), 'delivered');
        receipt(cell(row, layout, 'readDate'), cell(row, layout, 'readTime'), 'read');
        if (YES.test(cell(row, layout, 'starred'))) out.events.push(event(key, seq, 'star', 'starred', null, { isstarred: true }, row));
        done++;
      }
      opts.progress('reading', done, s.rows);
      if (out.messages.length || out.events.length) yield out;
    }
  }

  const caveats: SourceCaveat[] = [];
  const confideRows = apps.filter(([a]) => /confide/i.test(a)).reduce((n, [, c]) => n + c, 0);
  const wickrRows = apps.filter(([a]) => /wickr/i.test(a)).reduce((n, [, c]) => n + c, 0);
  const confideChats = () => [...conversations.values()].filter((c) => /confide/i.test(c.record.platform ?? '')).length;
  caveats.push({ code: 'forensic_report', text: 'Rows are as the forensic tool reported them: deleted and carved flags are the tool’s, and gaps in the report’s counters (#, Instant Message #) reflect its filtering, not deletions (CB-3).' });
  if (wickrRows) caveats.push({ code: 'wickr_device_metadata', text: `${wickrRows} Wickr row${wickrRows === 1 ? '' : 's'} come from a device extraction: Wickr encrypts message content at rest, so empty or 'encrypted' bodies are metadata-only items, not empty messages.` });

  return {
    head: {
      format: 'forensic-csv',
      formatDetail: `Forensic-report chat table (Cellebrite-style "Chats" columns, ${layout.header.length} columns, ${layout.delimiter === '\t' ? 'tab' : layout.delimiter === ';' ? 'semicolon' : 'comma'}-separated): ${s.rows} row${s.rows === 1 ? '' : 's'}${apps.length ? ` from ${apps.map(([a, n]) => `${a} (${n})`).join(', ')}` : ''}`,
      parserVersion: FORENSIC_PARSER_VERSION,
      chatEntry: null,
      dateOrder,
      conversationKeys: [],
      timeBasis: s.withZone > s.withoutZone ? 'instant' : 'wall_clock',
    },
    batches,
    tail: () => {
      if (confideRows) caveats.push(confideCaveat(confideChats()));
      for (const c of conversations.values()) {
        const n = Math.max(c.people.size, c.listed);
        c.record.kind = (n > 2 ? 'group' : n === 2 ? 'direct' : 'unknown') as ConversationKind;
      }
      return {
        conversations: [...conversations.values()].map((c) => c.record),
        preamble: s.preamble.length ? s.preamble.join('\n') : null,
        lineCount: null,
        signals,
        warnings: warnings.finish(label),
        caveats,
        // Metadata only when no row carries content: every row is a Confide or Wickr item without text.
        contentNature: s.rows > 0 && Object.values(signals.contentStatus).reduce((n, c) => n + c, 0) === s.rows ? 'metadata_only' : 'content',
      };
    },
  };
}

function event(key: string, seq: number, kind: EventRecord['kind'], value: string, r: ReadStamp | null, detail: Record<string, unknown>, row: CsvRecord): EventRecord {
  return {
    conversationKey: key,
    kind,
    targetNativeId: null,
    targetAtUs: null,
    targetSeq: seq,
    actor: null,
    instant: r?.instant ?? null,
    local: r?.local ?? null,
    stampRaw: r?.raw ?? null,
    value,
    detail,
    nativeId: null,
    lineStart: row.lineStart,
    lineEnd: row.lineEnd,
    record: null,
    raw: null,
  };
}

/** Whether `path`, links resolved, lies inside `folder` (links resolved too). */
export async function insideFolder(folder: string, path: string): Promise<boolean> {
  const [root, real] = await Promise.all([realpath(folder), realpath(path)]);
  const rel = relative(root, real);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
