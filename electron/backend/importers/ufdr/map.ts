// The mapping rules of a Cellebrite report (docs/formats.md#cellebrite-report): each reads one thing
// the report states about a chat or a message and says what Threadline keeps of it. Each is tested on
// its own (test/unit/ufdr-map.test.ts).
import type { ConversationKind } from '../../../../shared/model';
import { parseRsmfTimestamp } from '../rsmf/time';
import type { Instant } from '../types';
import type { LocalTime } from '../../time/zone';
import { fieldValue, fieldValues, intAttr, subModels } from './model';
import type { XNode } from './xml';

export interface Party {
  identifier: string | null;
  name: string | null;
  /** IsPhoneOwner as the report states it; null when it is empty or absent. */
  isOwner: boolean | null;
  isAdmin: boolean | null;
}

const truth = (v: string | null): boolean | null => (v === null ? null : /^true$/i.test(v.trim()) ? true : /^false$/i.test(v.trim()) ? false : null);

export function partyOf(model: XNode): Party {
  return { identifier: fieldValue(model, 'Identifier'), name: fieldValue(model, 'Name'), isOwner: truth(fieldValue(model, 'IsPhoneOwner')), isAdmin: truth(fieldValue(model, 'IsGroupAdmin')) };
}

/** The sender Cellebrite writes for a system message. */
export const isSystemParty = (p: Party) => /^system message$/i.test(p.identifier ?? '');

/** A party as shown: its name, else its identifier. */
export function shownParty(p: Party): string {
  return p.name?.trim() || p.identifier?.trim() || 'Unknown party';
}

export interface Direction {
  direction: 'incoming' | 'outgoing' | null;
  /** Which statement of the report decided it, for the record. */
  by: string | null;
}

const OUTGOING_STATUS = /^(sent|unsent)$/i;
const INCOMING_STATUS = /^(read|unread)$/i;

/**
 * Outgoing or incoming, from the first statement that says: the sender's IsPhoneOwner, the message's
 * FromIsOwner, the sender being the phone's own account, then Status (Sent/Unsent out, Read/Unread in).
 */
export function directionOf(message: XNode, from: Party | null, ownerIds: ReadonlySet<string>): Direction {
  if (from?.isOwner !== null && from?.isOwner !== undefined) return { direction: from.isOwner ? 'outgoing' : 'incoming', by: 'From IsPhoneOwner' };
  const fromIsOwner = truth(fieldValue(message, 'FromIsOwner'));
  if (fromIsOwner !== null) return { direction: fromIsOwner ? 'outgoing' : 'incoming', by: 'FromIsOwner' };
  if (from?.identifier && ownerIds.has(from.identifier)) return { direction: 'outgoing', by: "the phone owner's account" };
  const status = fieldValue(message, 'Status') ?? '';
  if (OUTGOING_STATUS.test(status)) return { direction: 'outgoing', by: `Status ${status}` };
  if (INCOMING_STATUS.test(status)) return { direction: 'incoming', by: `Status ${status}` };
  return { direction: null, by: null };
}

/** The deleted states that mean the row was recovered rather than shown: Deleted, and Trash (pending deletion). */
const DELETED_STATES = new Set(['deleted', 'trash']);

/**
 * Whether the report records the message as deleted, with the state it gives: the message's own
 * `deleted_state`, or the chat's when the whole chat is Deleted or Trash (its messages go with it).
 */
export function deletionOf(messageState: string | undefined, chatState: string | undefined): { deleted: boolean; state: string | null; byChat: boolean } {
  const own = messageState?.trim() || null;
  if (own && DELETED_STATES.has(own.toLowerCase())) return { deleted: true, state: own, byChat: false };
  const chat = chatState?.trim() || null;
  if (chat && DELETED_STATES.has(chat.toLowerCase())) return { deleted: true, state: chat, byChat: true };
  return { deleted: false, state: own, byChat: false };
}

/** The text: Body, else Snippet; empty when the report has neither. */
export function bodyOf(message: XNode): string {
  return fieldValue(message, 'Body') ?? fieldValue(message, 'Snippet') ?? '';
}

export interface ReportStamp {
  raw: string;
  instant: Instant | null;
  local: LocalTime | null;
}

/** A TimeStamp value: with an offset an instant (the offset kept in `raw`), without one a wall-clock time; null when absent or unreadable. */
export function stampOf(value: string | null): ReportStamp | null {
  if (value === null) return null;
  const p = parseRsmfTimestamp(value);
  if (p.kind === 'instant') return { raw: value, instant: p.instant, local: null };
  if (p.kind === 'local') return { raw: value, instant: null, local: p.local };
  return null;
}

export function conversationKindOf(chatType: string | null, participants: number): ConversationKind {
  if (chatType && /^oneonone$/i.test(chatType)) return 'direct';
  if (chatType && /^(group|broadcast|channel)$/i.test(chatType)) return 'group';
  return participants > 2 ? 'group' : participants === 2 ? 'direct' : 'unknown';
}

/** A chat's title: its Name, else the people other than the phone's owner, else its app id, else its app. */
export function chatTitleOf(name: string | null, participants: Party[], chatId: string | null, app: string | null): string {
  if (name?.trim()) return name.trim();
  const others = participants.filter((p) => p.isOwner !== true && !isSystemParty(p)).map(shownParty);
  if (others.length) return others.slice(0, 3).join(', ') + (others.length > 3 ? ', …' : '');
  return chatId?.trim() || `${app ?? 'Unnamed'} chat`;
}

export interface Quoted {
  /** The quoted message's report id (ReferenceId, or the embedded message's id). */
  modelId: string | null;
  identifier: string | null;
  author: string | null;
  body: string;
}

export interface Relations {
  /** The native id of the message this one replies to or quotes, when the report names it. */
  replyTo: string | null;
  quoted: Quoted[];
  /** MessageLabel values (Forwarded, Reply, SelfDestruct, Edited…). */
  labels: string[];
}

/**
 * Replies, quotes and forwards: MessageExtraData (QuotedMessageData / ReplyMessageData / ForwardedMessageData
 * and MessageLabel) and the embedded copies of the quoted messages. The embedded copy is a copy of a
 * message, never a message of its own.
 */
export function relationsOf(message: XNode): Relations {
  const extra = subModels(message, 'MessageExtraData');
  const labels = [...new Set([...fieldValues(message, 'Label'), ...extra.flatMap((m) => fieldValues(m, 'Label'))])];
  const embedded = subModels(message, 'EmbeddedInstantMessage');
  const quoted: Quoted[] = embedded.map((m) => {
    const from = subModels(m, 'From')[0];
    return { modelId: m.attrs.id ?? null, identifier: fieldValue(m, 'Identifier'), author: from ? shownParty(partyOf(from)) : null, body: bodyOf(m) };
  });
  const reference = extra.filter((m) => /^(Quoted|Reply|Forwarded)MessageData$/.test(m.attrs.type ?? '')).map((m) => fieldValue(m, 'OriginalMessageID') ?? fieldValue(m, 'ReferenceId'))[0] ?? null;
  const target = quoted.find((q) => reference !== null && q.modelId === reference) ?? quoted[0];
  // A forward carries its original as a quote too; only a reply names the message it answers.
  const forwarded = labels.some((l) => /^forwarded$/i.test(l));
  const replying = labels.some((l) => /^reply$/i.test(l)) || (!forwarded && extra.some((m) => /^(Quoted|Reply)MessageData$/.test(m.attrs.type ?? '')));
  return { replyTo: replying ? (target?.identifier ?? target?.modelId ?? reference) : null, quoted, labels };
}

/** Report paths use backslashes and sometimes pad segments with spaces; made a zip entry name. */
export function reportPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

export interface TaggedFile {
  id: string;
  /** Path inside the report (Local Path), normalised. */
  localPath: string | null;
  sha256: string | null;
  md5: string | null;
  size: number | null;
  /** The path on the phone. */
  devicePath: string | null;
  deleted: string | null;
}

/** A `taggedFiles/file`: its id, where its bytes are in the report, the hashes the report states. */
export function taggedFileOf(file: XNode): TaggedFile | null {
  const id = file.attrs.id;
  if (!id) return null;
  const items = file.children.filter((c) => c.name === 'metadata' && c.attrs.section === 'File').flatMap((m) => m.children.filter((i) => i.name === 'item'));
  const item = (name: string) => items.find((i) => i.attrs.name === name)?.text.trim() || null;
  const local = item('Local Path');
  return {
    id,
    localPath: local ? reportPath(local) : null,
    sha256: item('SHA256')?.toLowerCase() ?? null,
    md5: item('MD5')?.toLowerCase() ?? null,
    size: intAttr(file, 'size'),
    devicePath: file.attrs.path ?? null,
    deleted: file.attrs.deleted ?? null,
  };
}

export interface AttachmentPlan {
  name: string;
  /** Where the bytes should be inside the report, by the first link that names a path. */
  path: string | null;
  /** Which link named it: the tagged file of `file_id`, or `attachment_extracted_path`. */
  via: 'file_id' | 'extracted_path' | null;
  fileId: string | null;
  /** The file_id names no tagged file of the report. */
  unknownFile: boolean;
  reportSha256: string | null;
  reportMd5: string | null;
  contentType: string | null;
}

/** Where an attachment's bytes are, in order of reliability: `file_id` → the tagged file's Local Path, then `attachment_extracted_path`. */
export function attachmentPlanOf(attachment: XNode, files: ReadonlyMap<string, TaggedFile>): AttachmentPlan {
  const fileId = attachment.attrs.file_id || null;
  const file = fileId ? files.get(fileId) : undefined;
  const extracted = fieldValue(attachment, 'attachment_extracted_path');
  const path = file?.localPath ?? (extracted ? reportPath(extracted) : null);
  const filename = fieldValue(attachment, 'Filename');
  return {
    name: filename?.trim() || (path ? path.split('/').pop()! : 'attachment'),
    path,
    via: file?.localPath ? 'file_id' : extracted ? 'extracted_path' : null,
    fileId,
    unknownFile: fileId !== null && !file,
    reportSha256: file?.sha256 ?? null,
    reportMd5: file?.md5 ?? null,
    contentType: fieldValue(attachment, 'ContentType'),
  };
}

/** `hh:mm:ss` (a TimeSpan), or a number of seconds, as seconds; null when it says none. */
export function timeSpanSeconds(value: string | null): number | null {
  if (value === null) return null;
  const span = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(value.trim());
  const seconds = span ? Number(span[1] ?? 0) * 86400 + Number(span[2]) * 3600 + Number(span[3]) * 60 + Number(span[4]) : /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  return seconds ? seconds : null;
}

/** Why a row reads as carved or uncertain: a decoding confidence other than High, or no app identifier. */
export function uncertaintyOf(message: XNode): string[] {
  const why: string[] = [];
  const confidence = message.attrs.decoding_confidence;
  if (confidence && !/^high$/i.test(confidence)) why.push(`decoding confidence ${confidence}`);
  if (fieldValue(message, 'Identifier') === null) why.push('no Identifier');
  return why;
}

/** The accounts a UserAccount model names (Username and UserID / PhoneNumber entries): the phone's own. */
export function accountIdsOf(account: XNode): string[] {
  const entries = subModels(account, 'Entries').map((e) => fieldValue(e, 'Value'));
  return [fieldValue(account, 'Username'), ...entries].filter((v): v is string => v !== null && v.trim() !== '').map((v) => v.trim());
}

export interface Particular {
  name: string;
  value: string;
}

const CASE_FIELDS: Record<string, string> = { CaseNumber: 'Case number', CaseName: 'Case name', EvidenceNumber: 'Evidence number', ExaminerName: 'Examiner' };

/** What the report says about the extraction (caseInformation, metadata, extractionInfo, images): name and value, as written. */
export function particularsOf(node: XNode): Particular[] {
  if (node.name === 'caseInformation') {
    return node.children.filter((f) => f.name === 'field' && f.text.trim()).map((f) => ({ name: CASE_FIELDS[f.attrs.fieldType ?? ''] ?? f.attrs.name ?? 'Case field', value: f.text.trim() }));
  }
  if (node.name === 'metadata') return node.children.filter((i) => i.name === 'item' && i.text.trim()).map((i) => ({ name: i.attrs.name ?? 'Item', value: i.text.trim() }));
  if (node.name === 'extractionInfo') {
    const a = node.attrs;
    return [{ name: `Extraction ${a.id ?? ''}`.trim(), value: [a.name, a.type, a.fullName ?? a.deviceName, a.IsPartialData === 'True' ? 'partial data' : null].filter(Boolean).join(', ') }];
  }
  if (node.name === 'images') {
    return node.children
      .filter((i) => i.name === 'image')
      .flatMap((i) => {
        const hashes = i.children.filter((m) => m.name === 'metadata').flatMap((m) => m.children.filter((h) => h.name === 'item' && h.text.trim()));
        return [{ name: 'Image', value: i.attrs.path ?? i.attrs.key ?? '' }, ...hashes.map((h) => ({ name: `Image ${h.attrs.name ?? 'hash'}`, value: h.text.trim() }))];
      });
  }
  return [];
}

/** Where a model was decoded from, as an `extraInfo/nodeInfo` states it (database file, table, offset). */
export function decodedFromOf(extraInfo: XNode): { modelId: string; nodes: Record<string, string>[] } | null {
  const modelId = extraInfo.attrs.id;
  if (!modelId) return null;
  return { modelId, nodes: extraInfo.children.filter((n) => n.name === 'nodeInfo').map((n) => ({ ...n.attrs })) };
}
