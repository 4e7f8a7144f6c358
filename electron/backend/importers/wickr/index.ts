// The Wickr data-retention importer (docs/formats.md): JSON-lines records from one retention file, or
// from every rotated file in a folder as one source, with the attachment files they name and any
// client-side encrypted S3 copies beside them. Streams: records are read and written batch by batch.
// openWickr runs the named rules below (each tested on its own) over every record.
import { createHash } from 'node:crypto';
import { open as openFile } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import type { SourceCaveat } from '../../../../shared/model';
import { sha256File } from '../../files/hash';
import { fileSource, RECORD_BATCH_BYTES } from '../../files/read';
import { withSourceBytes } from '../../text/lines';
import { BadInputError, CancelledError, type ImportOptions, type ImportStream, type MessageRecord, type RecordBatch, type SourceFileRecord } from '../types';
import { WarningList } from '../warnings';
import { AttachmentFinder, attachmentRoots, fileNameOf } from './attachments';
import { conversationKindOf, mapRecord, MSGTYPE_NAMES, type MappedRecord, type RoomSettings } from './map';
import { readRecordLines, RECORD_DEPTH_LIMIT, splitRecords, type RecordPiece } from './records';
import { RecordsSeen } from './records-seen';
import { parseMsgTs, uuidV1Micros } from './time';

export { RecordsSeen } from './records-seen';

export const WICKR_PARSER_VERSION = 'wickr-retention/1';
const SIGNAL_LIST_CAP = 1000;
/** UUID time and msg_ts may differ by up to a second in sanitised examples; more is reported (WK-4). */
const UUID_TOLERANCE_SECONDS = 2;
const NO_CONVERSATION = '';

const UNREADABLE_WHY: Record<Exclude<RecordPiece, { ok: true }>['why'], string> = {
  truncated: 'a truncated JSON record (the file may have been copied mid-write)',
  not_object: 'JSON that is not an object',
  not_json: 'text that is not JSON',
  too_deep: `JSON nested more than ${RECORD_DEPTH_LIMIT} levels deep, which no retention record is`,
};

export interface EncryptedObject {
  path: string;
  /** The sidecar holding the object's S3 metadata, when one came with it. */
  sidecar: string | null;
}

/** What the planner found: the message files of one archive and what came with them. */
export interface WickrArchive {
  /** The folder, for a folder source; null for one file named directly. */
  folder: string | null;
  messageFiles: string[];
  encrypted: EncryptedObject[];
}

export interface WickrIdentity {
  sha256: string;
  size: number;
  members: SourceFileRecord[];
}

/** The name a member file is shown by: relative to the archive folder, or its file name. */
function shownName(a: WickrArchive, path: string): string {
  return a.folder ? relative(a.folder, path) : basename(path);
}

/**
 * A folder source's identity: the SHA-256 of its member list in `sha256sum` format (`<hash>  <path>`,
 * one line per message file, encrypted object and sidecar, sorted by relative path in code-point
 * order). Re-computable from the files alone. One file named directly is identified by its own hash.
 */
export function folderManifestHash(entries: { relPath: string; sha256: string }[]): string {
  const lines = [...entries].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0)).map((e) => `${e.sha256}  ${e.relPath}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}

/** Every file the archive is made of: its message files, encrypted objects and their sidecars. */
export function archiveFiles(a: WickrArchive): { p: string; role: SourceFileRecord['role'] }[] {
  return [...a.messageFiles.map((p) => ({ p, role: 'messages' as const })), ...a.encrypted.flatMap((e) => [{ p: e.path, role: 'other' as const }, ...(e.sidecar ? [{ p: e.sidecar, role: 'other' as const }] : [])])];
}

export async function identifyWickr(a: WickrArchive, onFile: (path: string) => void, isCancelled: () => boolean): Promise<WickrIdentity> {
  const members: SourceFileRecord[] = [];
  for (const { p, role } of archiveFiles(a)) {
    if (isCancelled()) throw new CancelledError();
    onFile(p);
    const { sha256, size } = await sha256File(p);
    members.push({ path: p, sha256, size, role });
  }
  if (!a.folder) {
    const own = members.find((m) => m.path === (a.messageFiles[0] ?? a.encrypted[0]?.path))!;
    return { sha256: own.sha256, size: own.size, members: members.filter((m) => m !== own) };
  }
  const sha256 = folderManifestHash(members.map((m) => ({ relPath: relative(a.folder!, m.path), sha256: m.sha256 })));
  return { sha256, size: members.reduce((n, m) => n + m.size, 0), members };
}

/** The msg_ts of a file's first and last readable records, to order rotated files by time (docs/formats.md#wickr-files). */
export async function fileTimeSpan(path: string, isCancelled: () => boolean = () => false): Promise<{ first: number | null; last: number | null }> {
  let first: number | null = null;
  outer: for await (const lines of readRecordLines(fileSource(path), { isCancelled })) {
    for (const l of lines) {
      for (const p of l.pieces) {
        const ts = p.ok ? parseMsgTs(p.value.msg_ts) : null;
        if (ts) {
          first = ts.us;
          break outer;
        }
      }
    }
  }
  const handle = await openFile(path, 'r');
  let last: number | null = null;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 256 * 1024);
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, size - length);
    const lines = buf.toString('utf8').split(/\r\n|\n|\r/);
    for (let i = lines.length - 1; i >= 0 && last === null; i--) {
      const pieces = splitRecords(lines[i]!);
      for (let j = pieces.length - 1; j >= 0; j--) {
        const p = pieces[j]!;
        const ts = p.ok ? parseMsgTs(p.value.msg_ts) : null;
        if (ts) {
          last = ts.us;
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
  return { first, last };
}

/** Rotated files in time order: by the msg_ts of their first, then last record; files without a time last, by name. */
export function orderFiles<T extends { path: string; first: number | null; last: number | null }>(files: T[]): T[] {
  return [...files].sort((a, b) => {
    if (a.first === null || b.first === null) return a.first === b.first ? a.path.localeCompare(b.path) : a.first === null ? 1 : -1;
    return a.first - b.first || (a.last ?? 0) - (b.last ?? 0) || a.path.localeCompare(b.path);
  });
}

export interface ConversationState {
  seq: number;
  room: RoomSettings;
  people: Set<string>;
  firstMsgtype: number | null;
}

function capped<T>(list: T[], item: T): void {
  if (list.length < SIGNAL_LIST_CAP) list.push(item);
}

/** The warning on an encrypted retention object: not corrupt, not readable here, recorded with its hash. */
export function encryptedObjectWarning(a: WickrArchive, e: EncryptedObject): string {
  const name = shownName(a, e.path);
  return e.sidecar
    ? `${name} is an encrypted retention object (S3 client-side encryption, AES-GCM), not a corrupt file; its S3 metadata is in ${shownName(a, e.sidecar)}, and decrypting it needs the organisation's KMS key, outside Threadline. It is recorded with its hash and not read.`
    : `${name} is an encrypted retention object (S3 client-side encryption, AES-GCM), not a corrupt file; it cannot be read without its S3 object metadata (x-amz-key-v2, x-amz-iv) and the organisation's KMS key. It is recorded with its hash and not read.`;
}

/** Seconds by which the time in a version-1 message_id is after msg_ts, when beyond the tolerance (WK-4); else null. */
export function uuidTimeDisagreement(nativeId: string | null, msgTs: unknown): number | null {
  const uuid = uuidV1Micros(nativeId);
  const ts = parseMsgTs(msgTs);
  if (uuid === null || ts === null) return null;
  const seconds = Math.round((uuid - ts.us) / 1000) / 1000;
  return Math.abs(seconds) > UUID_TOLERANCE_SECONDS ? seconds : null;
}

/** Counts the edit, reaction and delete records and the earliest of them: what the bot captured (WK-5). */
export function noteCapture(capture: EditCapture, events: MappedRecord['events']): void {
  for (const e of events) {
    if (e.kind === 'edit') capture.edits++;
    else if (e.kind === 'reaction') capture.reactions++;
    else if (e.kind === 'delete') capture.deletes++;
    else continue;
    const us = e.instant?.us ?? null;
    if (us !== null && (capture.firstAtUs === null || us < capture.firstAtUs)) capture.firstAtUs = us;
  }
}

/**
 * A piece of a line that is no readable record, kept verbatim as an unclassified message in the
 * conversation its text names (when a vgroupid can be read from it), at the time it names.
 */
export function unreadableRecord(text: string, line: number, member: string | null, invalid: Uint8Array | undefined): Omit<MessageRecord, 'seq'> {
  const ts = parseMsgTs(/"msg_ts"\s*:\s*"([^"]*)"/.exec(text)?.[1]);
  return {
    conversationKey: /"vgroupid"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? NO_CONVERSATION,
    author: null,
    kind: 'unclassified',
    subtype: 'unclassified.unreadable',
    body: text,
    headerRaw: '',
    stampRaw: null,
    local: null,
    withSeconds: true,
    nativeId: null,
    replyTo: null,
    deleted: false,
    edited: false,
    attachments: [],
    lineStart: line,
    lineEnd: line,
    record: null,
    instant: ts ? { us: ts.us, fine: true } : null,
    raw: invalid ? withSourceBytes(text, invalid) : text,
    memberFile: member,
  };
}

/** A conversation's title: the room's own, else the people of a direct conversation, else its kind and id. */
export function conversationTitle(key: string, s: ConversationState): string {
  if (key === NO_CONVERSATION) return 'Records without a conversation id';
  const kind = conversationKindOf(key);
  if (s.room.title) return s.room.title;
  const short = `${key.slice(0, 9)}…`;
  if (kind === 'direct') return s.people.size ? [...s.people].sort().slice(0, 3).join(' ↔ ') : `Direct ${short}`;
  return `${kind === 'room' ? 'Room' : 'Group'} ${short}`;
}

interface EditCapture {
  edits: number;
  reactions: number;
  deletes: number;
  firstAtUs: number | null;
}

export async function openWickr(a: WickrArchive, identity: WickrIdentity, opts: ImportOptions): Promise<ImportStream> {
  const label = a.folder ? `${basename(dirname(a.folder))}/${basename(a.folder)}` : basename(a.messageFiles[0] ?? a.encrypted[0]!.path);
  opts.progress('ordering files', 0, a.messageFiles.length);
  const spans: { path: string; first: number | null; last: number | null }[] = [];
  for (const [i, path] of a.messageFiles.entries()) {
    if (opts.isCancelled()) throw new CancelledError();
    spans.push({ path, ...(await fileTimeSpan(path, opts.isCancelled)) });
    opts.progress('ordering files', i + 1, a.messageFiles.length);
  }
  const files = orderFiles(spans);
  const multi = a.folder !== null;
  const memberPath = (path: string) => (multi ? path : null);
  const shownNames = files.map((f) => shownName(a, f.path));
  const where = (fileIndex: number, line: number) => `${shownNames[fileIndex]}, line ${line}`;
  const totalBytes = identity.members.filter((m) => m.role === 'messages').reduce((n, m) => n + m.size, 0);

  const warnings = new WarningList();
  const conversations = new Map<string, ConversationState>();
  const byMsgtype: Record<string, number> = {};
  const signals = {
    records: 0,
    recordsByMsgtype: byMsgtype,
    files: [] as { file: string; firstUs: number | null; lastUs: number | null; records: number; unreadable: number; lines: number }[],
    duplicates: 0,
    conflicts: [] as { nativeId: string; first: string; again: string }[],
    uuidTimeDisagreements: [] as { file: string; line: number; seconds: number }[],
    unreadable: [] as { file: string; line: number; byteOffset: number; why: string }[],
    unknownMsgtypes: {} as Record<string, number>,
    editCapture: { edits: 0, reactions: 0, deletes: 0, firstAtUs: null } as EditCapture,
    attachmentsMissing: 0,
    attachmentsPresent: 0,
    attachmentsUnreferenced: 0,
    encryptedObjects: a.encrypted.map((e) => ({ file: shownName(a, e.path), metadata: e.sidecar ? shownName(a, e.sidecar) : null })),
  };
  const excluded = new Set([...a.messageFiles, ...a.encrypted.flatMap((e) => [e.path, ...(e.sidecar ? [e.sidecar] : [])])]);
  const finders = new Map<string, AttachmentFinder>();
  const finderFor = (path: string) => {
    const dir = dirname(path);
    let f = finders.get(dir);
    if (!f) finders.set(dir, (f = new AttachmentFinder(attachmentRoots(dir), excluded)));
    return f;
  };
  const declared = new Set<string>();

  for (const e of a.encrypted) warnings.add(null, 'encrypted_object', encryptedObjectWarning(a, e));

  const state = (key: string): ConversationState => {
    let s = conversations.get(key);
    if (!s) conversations.set(key, (s = { seq: 0, room: {}, people: new Set(), firstMsgtype: null }));
    return s;
  };

  async function* batches(): AsyncGenerator<RecordBatch> {
    // Held by the reading only: once the last record is read it is garbage, not kept while the case is indexed.
    const seen = new RecordsSeen();
    let bytesBefore = 0;
    for (const [fileIndex, file] of files.entries()) {
      const name = shownNames[fileIndex]!;
      const fileSignal = { file: name, firstUs: file.first, lastUs: file.last, records: 0, unreadable: 0, lines: 0 };
      signals.files.push(fileSignal);
      const size = identity.members.find((m) => m.path === file.path)?.size ?? 0;
      const readOptions = { isCancelled: opts.isCancelled, warn: (line: number, code: string, message: string) => warnings.add(line, code, message), label: name };
      for await (const lines of readRecordLines(fileSource(file.path, RECORD_BATCH_BYTES), readOptions)) {
        const out: RecordBatch & { files: SourceFileRecord[] } = { messages: [], events: [], files: [] };
        for (const l of lines) {
          for (const piece of l.pieces) {
            if (!piece.ok) {
              fileSignal.unreadable++;
              capped(signals.unreadable, { file: name, line: l.line, byteOffset: l.byteOffset, why: piece.why });
              const why = UNREADABLE_WHY[piece.why];
              warnings.add(l.line, 'unreadable_record', `${where(fileIndex, l.line)} (byte ${l.byteOffset}): ${why}; kept verbatim as an unclassified record.`);
              const record = unreadableRecord(piece.text, l.line, memberPath(file.path), l.invalid);
              out.messages.push({ ...record, seq: state(record.conversationKey).seq++ });
              continue;
            }
            const id = typeof piece.value.message_id === 'string' ? piece.value.message_id : null;
            const here = where(fileIndex, l.line);
            const repeat = seen.check(piece.text, id, fileIndex, l.line);
            if (repeat.kind !== 'first') {
              const at = where(repeat.fileIndex, repeat.line);
              if (repeat.kind === 'exact') {
                signals.duplicates++;
                warnings.add(l.line, 'duplicate_record', `${here} repeats the record at ${at} exactly${id ? ` (message_id ${id})` : ''}; the copy is not imported again.`);
                continue;
              }
              capped(signals.conflicts, { nativeId: id!, first: at, again: here });
              warnings.add(l.line, 'duplicate_conflict', `${here} has the message_id ${id} of the record at ${at} but different content; both are kept (a conflict, not a duplicate).`);
            }
            signals.records++;
            fileSignal.records++;
            const mapped = mapRecord(piece.value, { where: here, line: l.line, text: piece.text, memberFile: memberPath(file.path) });
            const mt = mapped.msgtype === null ? 'none' : String(mapped.msgtype);
            byMsgtype[mt] = (byMsgtype[mt] ?? 0) + 1;
            if (mapped.msgtype !== null && !(mapped.msgtype in MSGTYPE_NAMES)) signals.unknownMsgtypes[mt] = (signals.unknownMsgtypes[mt] ?? 0) + 1;
            for (const p of mapped.problems) warnings.add(l.line, p.code, p.message);
            const seconds = uuidTimeDisagreement(mapped.nativeId, piece.value.msg_ts);
            if (seconds !== null) {
              capped(signals.uuidTimeDisagreements, { file: name, line: l.line, seconds });
              warnings.add(l.line, 'uuid_time_disagrees', `${here}: the time in message_id ${mapped.nativeId} is ${Math.abs(seconds)} s ${seconds > 0 ? 'after' : 'before'} msg_ts; msg_ts is kept as the record's time.`);
            }
            noteCapture(signals.editCapture, mapped.events);
            const conv = state(mapped.conversationKey);
            conv.firstMsgtype ??= mapped.msgtype;
            for (const who of [piece.value.sender, piece.value.receiver]) if (typeof who === 'string' && conv.people.size < 50) conv.people.add(who);
            if (mapped.room) Object.assign(conv.room, mapped.room);
            if (mapped.message) {
              const record = mapped.message;
              record.seq = conv.seq++;
              if (l.invalid) record.raw = withSourceBytes(piece.text, l.invalid);
              if (record.file) record.attachments.push(await attachmentOf(record.file, file.path, here, l.line, out.files));
              out.messages.push(record);
            }
            for (const e of mapped.events) {
              if (l.invalid) e.raw = withSourceBytes(piece.text, l.invalid);
              out.events.push(e);
            }
          }
          fileSignal.lines = l.line;
        }
        opts.progress('reading', bytesBefore + Math.min(lines[lines.length - 1]!.byteOffset, size), totalBytes);
        if (out.messages.length || out.events.length || out.files.length) yield out;
      }
      bytesBefore += size;
    }
    // Files in the attachments folder that no record names are still part of the retention output:
    // hashed and recorded as members, and reported (they may belong to records the archive lacks).
    const extra: SourceFileRecord[] = [];
    for (const file of files) await finderFor(file.path).prepare();
    for (const f of finders.values()) {
      for (const path of f.unreferenced()) {
        if (opts.isCancelled()) throw new CancelledError();
        if (declared.has(path)) continue;
        declared.add(path);
        const { sha256, size } = await sha256File(path);
        extra.push({ path, sha256, size, role: 'attachment' });
      }
    }
    if (extra.length) yield { messages: [], events: [], files: extra };
  }

  async function attachmentOf(
    f: NonNullable<MappedRecord['message']>['file'] & object,
    messageFile: string,
    here: string,
    line: number,
    newFiles: SourceFileRecord[],
  ): Promise<MessageRecord['attachments'][number]> {
    const name = f.filename ?? (f.localfilename ? fileNameOf(f.localfilename) : 'attachment');
    const found = await finderFor(messageFile).find(f.localfilename, f.filename);
    if (!found) {
      signals.attachmentsMissing++;
      warnings.add(line, 'attachment_missing', `${here}: the attachment '${name}'${f.localfilename ? ` (${f.localfilename})` : ''} is not in the archive's attachment folders; the record is kept and the file marked absent.`);
      return { name, entry: f.localfilename, present: false, sha256: null, size: f.size, memberFile: null };
    }
    signals.attachmentsPresent++;
    if (!declared.has(found.path)) {
      declared.add(found.path);
      newFiles.push({ path: found.path, sha256: found.sha256, size: found.size, role: 'attachment' });
    }
    return { name, entry: f.localfilename, present: true, sha256: found.sha256, size: found.size, memberFile: found.path };
  }

  const head = {
    format: 'wickr',
    formatDetail: describe(a, files.length),
    parserVersion: WICKR_PARSER_VERSION,
    chatEntry: null,
    dateOrder: { value: null, ambiguous: false, locked: false, evidence: 'msg_ts is an epoch time in seconds and microseconds: no day/month order to decide' },
    conversationKeys: [],
    timeBasis: 'instant' as const,
    files: identity.members,
  };

  return {
    head,
    batches,
    tail: () => {
      for (const f of finders.values()) signals.attachmentsUnreferenced += f.unreferenced().length;
      if (signals.attachmentsUnreferenced) {
        const names = [...finders.values()].flatMap((f) => f.unreferenced()).map((p) => shownName(a, p));
        warnings.add(null, 'attachment_unreferenced', `${label}: ${names.length} file${names.length === 1 ? ' is' : 's are'} in the attachments folder but named by no record (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}).`);
      }
      const caveats: SourceCaveat[] = [botVersionCaveat(signals.editCapture)];
      if (a.encrypted.length) {
        caveats.push({
          code: 'wickr_encrypted_objects',
          text: `${a.encrypted.length} file${a.encrypted.length === 1 ? ' is an encrypted retention object' : 's are encrypted retention objects'} (S3 client-side encryption): recorded with their hashes, not readable without the S3 object metadata and the organisation's KMS key. The messages they hold are not in this case.`,
        });
      }
      return {
        conversations: [...conversations.entries()].map(([key, s]) => ({
          key,
          title: conversationTitle(key, s),
          kind: key === NO_CONVERSATION ? ('unknown' as const) : conversationKindOf(key),
          nativeId: key === NO_CONVERSATION ? null : key,
          ttlSeconds: s.room.ttlSeconds ?? null,
          burnOnReadSeconds: s.room.burnOnReadSeconds ?? null,
          platform: 'Wickr',
        })),
        preamble: null,
        lineCount: signals.files.reduce((n, f) => n + f.lines, 0),
        signals: { ...signals, firstMsgtypeByConversation: Object.fromEntries([...conversations].map(([k, s]) => [k, s.firstMsgtype])) },
        warnings: warnings.finish(label),
        caveats,
        contentNature: 'content' as const,
      };
    },
  };
}

function describe(a: WickrArchive, fileCount: number): string {
  const parts = [`Wickr data-retention output (JSON records): ${fileCount} message file${fileCount === 1 ? '' : 's'}`];
  if (fileCount > 1) parts.push('ordered by the msg_ts of their first and last records');
  if (a.encrypted.length) parts.push(`${a.encrypted.length} encrypted retention object${a.encrypted.length === 1 ? '' : 's'} (not readable)`);
  parts.push('times from msg_ts (UTC, microseconds)');
  return parts.join(', ');
}

/** The bot-version caveat (docs/formats.md#wickr-bot-version, docs/gaps.md#wk-5), worded by what the archive holds. */
export function botVersionCaveat(capture: { edits: number; reactions: number; deletes: number; firstAtUs: number | null }): SourceCaveat {
  const n = capture.edits + capture.reactions + capture.deletes;
  if (n === 0) {
    return {
      code: 'wickr_bot_version',
      text: 'This archive holds no edit, reaction or delete records. Retention bots before 6.36.09.01 (AWS Wickr data retention) and 6.36.20.02 (Wickr Enterprise compliance) did not capture them, so their absence does not show that none were made: ask the operator which bot version wrote the archive.',
    };
  }
  const since = capture.firstAtUs === null ? '' : ` from ${new Date(Math.floor(capture.firstAtUs / 1000)).toISOString()} at the latest`;
  return {
    code: 'wickr_bot_version',
    text: `Retention bots before 6.36.09.01 (AWS Wickr data retention) and 6.36.20.02 (Wickr Enterprise compliance) did not capture edit, reaction and delete records. This archive holds ${n} such record${n === 1 ? '' : 's'}, so its bot captured them${since}; files written before the bot was upgraded may still lack them.`,
  };
}

/** One retention file named directly is read whole; an empty or unreadable one is bad input. */
export function assertReadable(path: string, size: number): void {
  if (size === 0) throw new BadInputError(`${basename(path)} is empty.`);
}
