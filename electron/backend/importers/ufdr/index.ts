// The Cellebrite report importer (docs/formats.md#cellebrite-report): a `.ufdr` (a zip holding
// report.xml and the extracted files) or a bare UFED XML report with its files beside it. report.xml
// is streamed (xml.ts) one unit at a time; every Chat becomes a conversation and each of its
// InstantMessages a message, through the named rules of map.ts. Every message points back at its
// model in the report; the extraction's particulars are kept with the source.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { SourceCaveat } from '../../../../shared/model';
import { fileSource } from '../../files/read';
import { listingWarnings, listZip, memberPath, readEntries, repeatedNames, unreadableEntry, zipEntrySource, type ZipEntryInfo } from '../../files/zip';
import { phoneKey } from '../../people/identity';
import { sniffEncoding, type ByteSource } from '../../text/lines';
import { contentStatusOf, insideFolder } from '../forensic';
import { confideCaveat } from '../rsmf/manifest';
import { BadInputError, CancelledError, type AttachmentRecord, type ConversationRecord, type EventRecord, type ImportOptions, type ImportStream, type RecordBatch, type SourceFileRecord } from '../types';
import { WarningList } from '../warnings';
import {
  accountIdsOf,
  attachmentPlanOf,
  bodyOf,
  chatTitleOf,
  conversationKindOf,
  decodedFromOf,
  deletionOf,
  directionOf,
  isSystemParty,
  particularsOf,
  partyOf,
  relationsOf,
  shownParty,
  stampOf,
  taggedFileOf,
  timeSpanSeconds,
  uncertaintyOf,
  type AttachmentPlan,
  type Particular,
  type Party,
  type TaggedFile,
} from './map';
import { fieldValue, indexRunOf, intAttr, jumpTargets, subModels, valueOfField } from './model';
import { readReport, type XNode } from './xml';

export const UFDR_PARSER_VERSION = 'cellebrite-report/1';
export const REPORT_NAMESPACE = 'http://pa.cellebrite.com/report/2.0';
/** Chats, decoded-from nodes and contacts kept in the source's signals, at most. */
const SIGNAL_CAP = 10_000;

export type ReportContainer = 'zip' | 'xml';

/** The report.xml of a `.ufdr`: a top-level entry named report.xml (or Report.xml). */
export function reportEntry(entries: readonly ZipEntryInfo[]): ZipEntryInfo | null {
  return entries.find((e) => e.name === 'report.xml') ?? entries.find((e) => e.name === 'Report.xml') ?? null;
}

/**
 * A bare report by its head: the root element is `project` in the report namespace, or a `model` /
 * `modelType` subtree as report fragments are published.
 */
export function looksLikeReportXml(text: string): boolean {
  const body = text.replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/, '');
  const root = /^<(?:[\w.-]+:)?([\w.-]+)([^>]*)>?/.exec(body);
  if (!root) return false;
  if (root[1] === 'project') return root[2]!.includes(REPORT_NAMESPACE) || text.includes(REPORT_NAMESPACE);
  return (root[1] === 'model' || root[1] === 'modelType') && /\btype="[A-Za-z]+"/.test(root[2]!) && /<(field|multiModelField|modelField)\b/.test(body);
}

interface FileHashes {
  sha256: string;
  md5: string;
  size: number;
}

async function hashStream(stream: Readable, onBytes: (n: number) => void): Promise<FileHashes> {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    sha.update(b);
    md5.update(b);
    size += b.length;
    onBytes(b.length);
  }
  return { sha256: sha.digest('hex'), md5: md5.digest('hex'), size };
}

/** Refuses a report.xml that cannot be read as XML: an encrypted entry, or bytes that are not text (a protected report). */
async function assertReadableReport(source: ByteSource, label: string): Promise<void> {
  const unsupported = (why: string) =>
    new BadInputError(`${label} is a password-protected or encrypted Cellebrite report (${why}); Threadline does not read protected reports: ask for an export without protection (Cellebrite Reader can save one).`);
  let first: Uint8Array | undefined;
  try {
    for await (const chunk of source()) {
      first = chunk;
      break;
    }
  } catch (e) {
    if (/encrypt/i.test((e as Error).message)) throw unsupported('its report.xml is encrypted');
    throw e;
  }
  const bytes = first ?? new Uint8Array();
  const { encoding, bomBytes } = sniffEncoding(bytes);
  const head = new TextDecoder(encoding, { fatal: false }).decode(bytes.subarray(bomBytes)).trimStart();
  if (head === '') throw new BadInputError(`${label}: report.xml is empty.`);
  if (!head.startsWith('<')) throw unsupported('its report.xml is not XML');
}

interface ChatState {
  key: string;
  attrs: Record<string, string>;
  fields: Map<string, string | null>;
  participants: Party[];
  seq: number;
  /**
   * The chat's message models read so far, by a hash of their id, with a hash of their content. Kept
   * per chat, so memory is bounded by the largest chat, not the report.
   */
  seen: Map<number, number>;
}

const CHAT_FIELDS = ['Source', 'Id', 'Name', 'ChatType', 'StartTime', 'LastActivity', 'Account', 'Description'];

/** A 52-bit hash of a string, to remember ids compactly. */
function hash52(text: string): number {
  const d = createHash('sha1').update(text).digest();
  return d.readUInt32LE(0) * 0x100000 + (d.readUInt32LE(4) & 0xfffff);
}

export async function openUfdr(path: string, container: ReportContainer, opts: ImportOptions): Promise<ImportStream> {
  const label = basename(path);
  const folder = dirname(path);
  const warnings = new WarningList();
  const members: SourceFileRecord[] = [];
  /** Files by their path in the report, with their hashes: a .ufdr's entries, hashed first; files beside a bare report, when first named. */
  const entryHashes = new Map<string, FileHashes & { member: string }>();
  let reportSource: ByteSource;
  let reportLabel: string;
  let reportInfo: ZipEntryInfo | null = null;
  let totalBytes: number;
  let hashedBytes = 0;

  if (container === 'zip') {
    const listing = await listZip(path, label);
    for (const w of listingWarnings(label, listing)) warnings.add(w.line, w.code, w.message);
    reportInfo = reportEntry(listing.entries);
    if (!reportInfo) throw new BadInputError(`${label} is a zip archive without report.xml, so it is not a Cellebrite report this version reads.`);
    reportLabel = `${label}!${reportInfo.name}`;
    reportSource = zipEntrySource(path, reportInfo.index, reportLabel);
    await assertReadableReport(reportSource, label);
    const repeated = repeatedNames(listing.entries);
    totalBytes = listing.entries.reduce((n, e) => n + e.size, 0);
    const reportIndex = reportInfo.index;
    await readEntries(
      path,
      (e) => e.index !== reportIndex,
      async (entry, stream) => {
        const hashes = await hashStream(stream, (n) => {
          if (opts.isCancelled()) throw new CancelledError();
          opts.progress('hashing files', (hashedBytes += n), totalBytes);
        });
        const member = memberPath(label, entry, repeated.has(entry.name));
        members.push({ path: member, sha256: hashes.sha256, size: hashes.size, role: entry.symlink ? 'other' : 'attachment' });
        if (!entryHashes.has(entry.name)) entryHashes.set(entry.name, { ...hashes, member });
      },
      (entry, why) => warnings.add(null, 'zip_entry_unreadable', unreadableEntry(label, entry, why)),
    );
  } else {
    reportLabel = label;
    reportSource = fileSource(path);
    totalBytes = (await stat(path)).size;
  }
  const bytesBeforeReport = hashedBytes;

  const files = new Map<string, TaggedFile>();
  const particulars: Particular[] = [];
  const project: Record<string, string> = {};
  const ownerIds = new Set<string>();
  const contactNames = new Map<string, string>();
  const decodedFrom = new Map<string, Record<string, string>[]>();
  const conversations = new Map<string, ConversationRecord>();
  const signals = {
    messages: 0,
    chats: {} as Record<string, { chatId: string | null; app: string | null; state: string | null; startTime: string | null; lastActivity: string | null; participants: number }>,
    apps: {} as Record<string, number>,
    deletedStates: {} as Record<string, number>,
    deletedByChat: 0,
    uncertainRows: 0,
    withoutIdentifier: 0,
    withoutTimestamp: 0,
    contentStatus: {} as Record<string, number>,
    attachmentsPresent: 0,
    attachmentsMissing: 0,
    attachmentsUnknownFile: 0,
    hashMismatches: 0,
    duplicateModels: 0,
    duplicateConflicts: 0,
    taggedFiles: 0,
    otherModels: {} as Record<string, number>,
    accounts: [] as string[],
    contacts: 0,
    owner: null as { identifiers: string[]; name: string | null; by: string } | null,
    decodedFromAfterMessages: [] as { modelId: string; nodes: Record<string, string>[] }[],
    decodedFromAfterCount: 0,
  };
  let ownerName: string | null = null;

  const noteOwner = (id: string, name: string | null, by: string) => {
    ownerIds.add(id);
    ownerName ??= name;
    signals.owner ??= { identifiers: [], name, by };
    if (!signals.owner.identifiers.includes(id) && signals.owner.identifiers.length < 20) signals.owner.identifiers.push(id);
  };

  /** A party's name: as the report writes it, else the phone's contact entry for its identifier. */
  const named = (p: Party): Party => {
    if (p.name || !p.identifier) return p;
    const name = contactNames.get(phoneKey(p.identifier) ?? p.identifier);
    return name ? { ...p, name } : p;
  };

  async function locate(plan: AttachmentPlan, line: number, where: string, out: SourceFileRecord[]): Promise<AttachmentRecord> {
    const absent = (why: string, code: string): AttachmentRecord => {
      signals.attachmentsMissing++;
      warnings.add(line, code, `${where}: the attachment '${plan.name}' ${why}; the message is kept and the file marked absent.`);
      return { name: plan.name, entry: plan.path, present: false, sha256: null, size: null, memberFile: null };
    };
    if (plan.unknownFile) signals.attachmentsUnknownFile++;
    if (!plan.path) {
      return plan.unknownFile
        ? absent(`names the file ${plan.fileId}, which is not among the report's tagged files, and gives no path`, 'attachment_unknown_file')
        : absent('names no file and no path in the report', 'attachment_missing');
    }
    let found = entryHashes.get(plan.path) ?? null;
    if (!found && container === 'xml') {
      const full = join(folder, plan.path);
      const isFile = await stat(full).then((s) => s.isFile()).catch(() => false);
      if (isFile && !(await insideFolder(folder, full))) return absent(`points outside the report's folder (${plan.path})`, 'attachment_outside_report');
      if (isFile) {
        const hashes = await hashStream(createReadStream(full), () => {
          if (opts.isCancelled()) throw new CancelledError();
        });
        found = { ...hashes, member: full };
        entryHashes.set(plan.path, found);
        out.push({ path: full, sha256: hashes.sha256, size: hashes.size, role: 'attachment' });
      }
    }
    if (!found) return absent(`is not in the report (${plan.path})`, 'attachment_missing');
    signals.attachmentsPresent++;
    const mismatch = (plan.reportSha256 && plan.reportSha256 !== found.sha256 ? 'SHA-256' : null) ?? (plan.reportMd5 && plan.reportMd5 !== found.md5 ? 'MD5' : null);
    if (mismatch) {
      signals.hashMismatches++;
      warnings.add(line, 'attachment_hash_mismatch', `${where}: the ${mismatch} the report states for '${plan.path}' is not the file's; the file is kept as found, with the hash it has.`);
    }
    // A zip's files are read from the container by their entry; files beside a bare report are files of their own.
    return { name: plan.name, entry: plan.path, present: true, sha256: found.sha256, size: found.size, memberFile: container === 'zip' ? null : found.member };
  }

  const chatKeys = new Map<string, number>();
  /** A conversation key per Chat model: its report id, made unique when a report repeats one. */
  const keyOf = (modelId: string | undefined): string => {
    const base = modelId || 'chat';
    const n = chatKeys.get(base) ?? 0;
    chatKeys.set(base, n + 1);
    return n === 0 ? base : `${base}#${n + 1}`;
  };

  const LOOSE_KEY = 'messages-without-chat';
  let chat: ChatState | null = null;
  let loose: ChatState | null = null;

  function finishChat(c: ChatState): void {
    const app = c.fields.get('Source') ?? null;
    const chatId = c.fields.get('Id') ?? null;
    conversations.set(c.key, {
      key: c.key,
      title: c.key === LOOSE_KEY ? 'Messages the report lists without a chat' : chatTitleOf(c.fields.get('Name') ?? null, c.participants, chatId, app),
      kind: conversationKindOf(c.fields.get('ChatType') ?? null, c.participants.length),
      nativeId: chatId,
      platform: app,
    });
    if (Object.keys(signals.chats).length < SIGNAL_CAP) {
      signals.chats[c.key] = {
        chatId,
        app,
        state: c.attrs.deleted_state ?? null,
        startTime: c.fields.get('StartTime') ?? null,
        lastActivity: c.fields.get('LastActivity') ?? null,
        participants: c.participants.length,
      };
    }
  }

  /** Maps a message model, unless it repeats an earlier model of its chat exactly (a copy is said, not imported twice). */
  async function mapMessage(node: XNode, c: ChatState, line: number, out: RecordBatch & { files: SourceFileRecord[] }): Promise<void> {
    const id = node.attrs.id ?? null;
    const where = `${reportLabel}, line ${line}`;
    if (id) {
      const key = hash52(id);
      const content = createHash('sha1').update(JSON.stringify(node)).digest().readUInt32LE(0);
      const before = c.seen.get(key);
      if (before !== undefined) {
        if (before === content) {
          signals.duplicateModels++;
          warnings.add(line, 'duplicate_model', `${where}: the message model ${id} repeats an earlier one of its chat exactly; the copy is not imported again.`);
          return;
        }
        signals.duplicateConflicts++;
        warnings.add(line, 'duplicate_model_conflict', `${where}: the message model id ${id} was used before in its chat for different content; both are kept.`);
      } else c.seen.set(key, content);
    }
    await mapNew(node, id, c, line, where, out);
  }

  async function mapNew(node: XNode, id: string | null, c: ChatState, line: number, where: string, out: RecordBatch & { files: SourceFileRecord[] }): Promise<void> {
    const fromNode = subModels(node, 'From')[0];
    const from = fromNode ? named(partyOf(fromNode)) : null;
    const relations = relationsOf(node);
    const system = (from !== null && isSystemParty(from)) || relations.labels.some((l) => /^system$/i.test(l)) || (subModels(node, 'ActivityLog').length > 0 && bodyOf(node) === '' && !from);
    const app = fieldValue(node, 'Source') ?? c.fields.get('Source') ?? '';
    const body = bodyOf(node);
    const attachmentNodes = [...subModels(node, 'Attachment'), ...subModels(node, 'Attachments')];
    const attachments: AttachmentRecord[] = [];
    const attachmentFacts: Record<string, unknown>[] = [];
    for (const a of attachmentNodes) {
      const plan = attachmentPlanOf(a, files);
      attachments.push(await locate(plan, line, where, out.files));
      const file = plan.fileId ? files.get(plan.fileId) : undefined;
      attachmentFacts.push({
        model: a.attrs.id ?? null,
        fileId: plan.fileId,
        via: plan.via,
        contentType: plan.contentType,
        reportSha256: plan.reportSha256,
        reportMd5: plan.reportMd5,
        devicePath: file?.devicePath ?? null,
        fileState: file?.deleted ?? null,
      });
    }
    const deletion = deletionOf(node.attrs.deleted_state, c.attrs.deleted_state);
    if (deletion.deleted) {
      signals.deletedStates[deletion.state!] = (signals.deletedStates[deletion.state!] ?? 0) + 1;
      if (deletion.byChat) signals.deletedByChat++;
    }
    const contentStatus = system ? null : contentStatusOf(app, body, attachments.length > 0);
    if (contentStatus) signals.contentStatus[contentStatus] = (signals.contentStatus[contentStatus] ?? 0) + 1;
    const uncertain = uncertaintyOf(node);
    if (uncertain.length) signals.uncertainRows++;
    const identifier = fieldValue(node, 'Identifier');
    if (identifier === null) signals.withoutIdentifier++;
    const stamp = stampOf(fieldValue(node, 'TimeStamp'));
    if (fieldValue(node, 'TimeStamp') !== null && !stamp) warnings.add(line, 'invalid_date', `${where}: the TimeStamp '${fieldValue(node, 'TimeStamp')}' is not a date and time; the message is kept without it.`);
    if (!stamp) signals.withoutTimestamp++;
    const direction = directionOf(node, from, ownerIds);
    const to = subModels(node, 'To').map((p) => named(partyOf(p)));
    const recipients = to.length ? to : c.participants.filter((p) => !from || (p.identifier ?? p.name) !== (from.identifier ?? from.name));
    const kind = system ? 'system' : body === '' && attachments.length && !contentStatus ? 'media' : 'text';
    const sourceIndex = intAttr(node, 'source_index');
    const ttl = timeSpanSeconds(fieldValue(node, 'SelfDestructDuration'));
    const seq = c.seq++;
    signals.messages++;
    if (app) signals.apps[app] = (signals.apps[app] ?? 0) + 1;
    const raw = {
      model: 'InstantMessage',
      id,
      chat: c.key,
      sourceIndex,
      indexRun: indexRunOf(node),
      extractionId: intAttr(node, 'extractionId'),
      deletedState: node.attrs.deleted_state ?? null,
      deletedBy: deletion.byChat ? `the chat's state ${deletion.state}` : null,
      decodingConfidence: node.attrs.decoding_confidence ?? null,
      uncertain,
      app,
      identifier,
      status: fieldValue(node, 'Status'),
      directionBy: direction.by,
      from: from ? { identifier: from.identifier, name: from.name, isOwner: from.isOwner } : null,
      recipients: recipients.map((p) => ({ identifier: p.identifier, name: p.name })),
      recipientsDerived: to.length === 0,
      labels: relations.labels,
      quoted: relations.quoted,
      attachments: attachmentFacts,
      jumpTargets: jumpTargets(node),
      decodedFrom: id ? (decodedFrom.get(id) ?? null) : null,
      timeStamp: stamp?.raw ?? null,
    };
    out.messages.push({
      conversationKey: c.key,
      seq,
      author: system || !from ? null : shownParty(from),
      authorId: system || !from ? null : from.identifier,
      kind,
      subtype: system ? 'system' : contentStatus ? `content.${contentStatus}` : kind === 'media' ? 'media.attached' : null,
      body,
      headerRaw: '',
      stampRaw: stamp?.raw ?? null,
      local: stamp?.local ?? null,
      instant: stamp?.instant ?? null,
      withSeconds: true,
      nativeId: identifier ?? id,
      replyTo: relations.replyTo,
      deleted: deletion.deleted,
      edited: relations.labels.some((l) => /^edited$/i.test(l)),
      attachments,
      lineStart: line,
      lineEnd: null,
      record: `InstantMessage ${id ?? '(no id)'}${sourceIndex !== null ? `, source_index ${sourceIndex}` : ''}`,
      direction: direction.direction,
      contentStatus,
      ttlSeconds: ttl,
      raw: JSON.stringify(raw),
    });
    for (const [field, value] of [['DateDelivered', 'delivered'], ['DateRead', 'read']] as const) {
      const r = stampOf(fieldValue(node, field));
      if (r) out.events.push(receipt(c.key, seq, value, r, line));
    }
  }

  function takeModel(node: XNode): void {
    const type = node.attrs.type ?? 'model';
    if (type === 'UserAccount') {
      const ids = accountIdsOf(node);
      for (const id of ids) noteOwner(id, fieldValue(node, 'Name'), `the report lists it as the phone's own ${fieldValue(node, 'Source') ?? 'app'} account (UserAccount)`);
      if (signals.accounts.length < SIGNAL_CAP) signals.accounts.push(`${fieldValue(node, 'Source') ?? 'Account'}: ${ids.join(', ') || fieldValue(node, 'Name') || '(no id)'}`);
    } else if (type === 'Contact') {
      signals.contacts++;
      const name = fieldValue(node, 'Name');
      if (name && contactNames.size < SIGNAL_CAP * 10) {
        for (const e of subModels(node, 'Entries')) {
          const v = fieldValue(e, 'Value');
          if (v) contactNames.set(phoneKey(v) ?? v, name);
        }
      }
    } else signals.otherModels[type] = (signals.otherModels[type] ?? 0) + 1;
  }

  function takeParticular(node: XNode): void {
    if (node.name === 'extraInfo') {
      const d = decodedFromOf(node);
      if (!d) return;
      if (signals.messages === 0) decodedFrom.set(d.modelId, d.nodes);
      else {
        signals.decodedFromAfterCount++;
        if (signals.decodedFromAfterMessages.length < SIGNAL_CAP) signals.decodedFromAfterMessages.push(d);
      }
      return;
    }
    const found = particularsOf(node);
    particulars.push(...found);
    if (node.name === 'metadata') {
      const msisdn = found.find((p) => p.name === 'MSISDN' || p.name === 'LastUsedMSISDN');
      if (msisdn) noteOwner(msisdn.value, found.find((p) => p.name === 'DeviceInfoOwnerName')?.value ?? null, "the report gives it as the phone's own number (MSISDN)");
    }
  }

  async function* batches(): AsyncGenerator<RecordBatch> {
    let out: RecordBatch & { files: SourceFileRecord[] } = { messages: [], events: [], files: [] };
    const reportSha = createHash('sha256');
    let reportSize = 0;
    const tapped: ByteSource = async function* () {
      for await (const chunk of reportSource()) {
        if (container === 'zip') reportSha.update(chunk);
        reportSize += chunk.length;
        yield chunk;
      }
    };
    const read = readReport(tapped, {
      label: reportLabel,
      isCancelled: opts.isCancelled,
      onBytes: (n) => opts.progress('reading report', bytesBeforeReport + n, totalBytes),
      warn: (line, code, message) => warnings.add(line, code, message),
    });
    for await (const units of read) {
      for (const u of units) {
        if (u.kind === 'project') Object.assign(project, u.attrs);
        else if (u.kind === 'particular') takeParticular(u.node);
        else if (u.kind === 'file') {
          const f = taggedFileOf(u.node);
          signals.taggedFiles++;
          if (f) files.set(f.id, f);
        } else if (u.kind === 'chatStart') {
          chat = { key: keyOf(u.attrs.id), attrs: u.attrs, fields: new Map(), participants: [], seq: 0, seen: new Map() };
        } else if (u.kind === 'chatPart' && chat) {
          const c: ChatState = chat;
          const name = u.node.attrs.name ?? '';
          if (u.node.name === 'field' && CHAT_FIELDS.includes(name)) c.fields.set(name, valueOfField(u.node));
          if (u.node.attrs.name === 'Participants') {
            for (const p of u.node.children.filter((m) => m.name === 'model')) {
              const party = named(partyOf(p));
              c.participants.push(party);
              if (party.isOwner && party.identifier) noteOwner(party.identifier, party.name, 'the report marks this party IsPhoneOwner');
            }
          }
        } else if (u.kind === 'message') {
          if (chat) await mapMessage(u.node, chat, u.line, out);
        } else if (u.kind === 'chatEnd' && chat) {
          finishChat(chat);
          chat = null;
        } else if (u.kind === 'model') {
          if (u.node.attrs.type === 'InstantMessage') {
            loose ??= { key: LOOSE_KEY, attrs: {}, fields: new Map(), participants: [], seq: 0, seen: new Map() };
            await mapMessage(u.node, loose, u.line, out);
          } else takeModel(u.node);
        }
      }
      // One batch per chunk read: a transaction of a few dozen messages, memory bounded by the chunk.
      if (out.messages.length || out.files.length) {
        yield out;
        out = { messages: [], events: [], files: [] };
      }
    }
    // A report cut off inside a chat still gives that chat's messages a conversation.
    if (chat) finishChat(chat);
    if (loose) finishChat(loose);
    if (container === 'zip' && reportInfo) {
      out.files.push({ path: memberPath(label, reportInfo, false), sha256: reportSha.digest('hex'), size: reportSize, role: 'messages' });
    }
    if (out.messages.length || out.events.length || out.files.length) yield out;
  }

  function caveatsOf(): SourceCaveat[] {
    const caveats: SourceCaveat[] = [
      {
        code: 'cellebrite_report',
        text: 'Messages are as the forensic tool decoded them: deleted states, decoding confidence and times are the report’s statements. Deleted and Trash rows were recovered by the tool; a recovered row may be partial.',
      },
    ];
    const lines = particulars.map((p) => `${p.name}: ${p.value}`);
    if (project.reportVersion || project.name) lines.unshift(`Report ${project.name ?? ''}${project.reportVersion ? ` (report version ${project.reportVersion})` : ''}`.trim());
    if (lines.length) caveats.push({ code: 'cellebrite_extraction', text: `Extraction, as the report states it: ${lines.slice(0, 60).join('; ')}${lines.length > 60 ? '; …' : ''}.` });
    const confide = [...conversations.values()].filter((c) => /confide/i.test(c.platform ?? '')).length;
    if (confide) caveats.push(confideCaveat(confide));
    if (signals.decodedFromAfterCount) {
      caveats.push({
        code: 'cellebrite_decoded_from',
        text: `${signals.decodedFromAfterCount} extraInfo entr${signals.decodedFromAfterCount === 1 ? 'y names' : 'ies name'} the database file and row a model was decoded from, after the messages in the report; they are kept with the source (its signals), not with each message.`,
      });
    }
    return caveats;
  }

  return {
    head: {
      format: 'ufdr',
      formatDetail:
        container === 'zip'
          ? `Cellebrite report (.ufdr: ${reportInfo!.name} and ${members.length} extracted file${members.length === 1 ? '' : 's'}), streamed`
          : 'Cellebrite UFED XML report, streamed; its files read from beside it',
      parserVersion: UFDR_PARSER_VERSION,
      chatEntry: reportInfo?.name ?? null,
      dateOrder: { value: null, ambiguous: false, locked: false, evidence: 'report times are ISO 8601 with their offset: no day/month order to decide' },
      conversationKeys: [],
      timeBasis: 'instant',
      files: members,
    },
    batches,
    tail: () => {
      if (ownerName !== null && signals.owner) signals.owner.name = ownerName;
      const details = [`${signals.messages} message${signals.messages === 1 ? '' : 's'} in ${conversations.size} chat${conversations.size === 1 ? '' : 's'}`];
      const apps = Object.entries(signals.apps).sort((a, b) => b[1] - a[1]);
      if (apps.length) details.push(`from ${apps.map(([a, n]) => `${a} (${n})`).join(', ')}`);
      return {
        conversations: [...conversations.values()],
        preamble: null,
        lineCount: null,
        signals: { ...signals, report: project, particulars: particulars.slice(0, 500) },
        warnings: warnings.finish(label),
        caveats: caveatsOf(),
        contentNature: 'content',
      };
    },
  };
}

function receipt(key: string, seq: number, value: 'delivered' | 'read', r: NonNullable<ReturnType<typeof stampOf>>, line: number): EventRecord {
  return {
    conversationKey: key,
    kind: 'receipt',
    targetNativeId: null,
    targetAtUs: null,
    targetSeq: seq,
    actor: null,
    instant: r.instant,
    local: r.local,
    stampRaw: r.raw,
    value,
    detail: { status: value, from: 'report field' },
    nativeId: null,
    lineStart: line,
    lineEnd: null,
    record: null,
    raw: null,
  };
}
