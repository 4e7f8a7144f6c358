// What both phone readers produce before it becomes records: chats, messages in each chat's own
// order, events, and the counters the sequence rules read (docs/gaps.md#db-1, docs/gaps.md#db-4).
import type { ConversationKind, MessageKind } from '../../../../shared/model';
import type { AttachmentRecord, ConversationRecord, EventRecord, Instant, MessageRecord } from '../types';

export const OWNER = 'Phone owner';
/** The author of an incoming message whose sender the database does not name. */
export const UNKNOWN_SENDER = 'Unknown sender';

/** `1 row is` / `3 rows are`. */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface DeviceChat {
  key: string;
  title: string;
  kind: ConversationKind;
  nativeId: string | null;
}

export interface DeviceMessage {
  chatKey: string;
  /** The database row id (`message._id`, `ZWAMESSAGE.Z_PK`). */
  rowId: number;
  /** The per-chat sort value (`sort_id`, `ZSORT`), when the schema has one. */
  sortValue: number | null;
  /** Provenance as source references show it: `message._id 1234 · sort_id 1234`. */
  record: string;
  author: string | null;
  authorId: string | null;
  direction: 'incoming' | 'outgoing' | null;
  kind: MessageKind;
  subtype: string | null;
  body: string;
  nativeId: string | null;
  /** The key (stanza id) of the message this one quotes. */
  quotedKey: string | null;
  deleted: boolean;
  edited: boolean;
  instant: Instant | null;
  attachments: AttachmentRecord[];
  raw: string;
}

/** One hole in a run of ids or sort values: `from`–`to` absent, between two present neighbours. */
export interface Hole {
  from: number;
  to: number;
  before: number;
  after: number;
}

/** The ids absent between the smallest and the largest present one (the input need not be sorted). */
export function holesIn(values: number[]): Hole[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const holes: Hole[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (after - before > 1) holes.push({ from: before + 1, to: after - 1, before, after });
  }
  return holes;
}

/** How many holes the source's signals keep as written; the count is always whole. */
export const HOLES_KEPT = 500;

export function conversationRecord(c: DeviceChat): ConversationRecord {
  return { key: c.key, title: c.title, kind: c.kind, nativeId: c.nativeId, platform: 'WhatsApp' };
}

/** A device message as the record case/ writes; `seq` is its place in its chat's order. */
export function messageRecord(m: DeviceMessage, seq: number): MessageRecord {
  return {
    conversationKey: m.chatKey,
    seq,
    author: m.author,
    kind: m.kind,
    subtype: m.subtype,
    body: m.body,
    headerRaw: '',
    stampRaw: m.instant ? String(m.instant.us) : null,
    local: null,
    withSeconds: true,
    nativeId: m.nativeId,
    replyTo: m.quotedKey,
    // A quote names its target by key; the orphan rule looks for it among the chat's messages.
    threadParent: m.quotedKey,
    deleted: m.deleted,
    edited: m.edited,
    attachments: m.attachments,
    lineStart: null,
    lineEnd: null,
    record: m.record,
    authorId: m.authorId,
    instant: m.instant,
    direction: m.direction,
    raw: m.raw,
  };
}

export function eventRecord(e: Omit<EventRecord, 'lineStart' | 'lineEnd' | 'targetAtUs' | 'targetSeq'>): EventRecord {
  return { ...e, targetAtUs: null, targetSeq: null, lineStart: null, lineEnd: null };
}

/** How a JID reads as a conversation kind. */
export function kindOfJid(jid: string | null): ConversationKind {
  if (!jid) return 'unknown';
  if (jid.endsWith('@g.us')) return 'group';
  if (jid.endsWith('@s.whatsapp.net') || jid.endsWith('@lid') || jid.endsWith('@bot') || jid.endsWith('@c.us')) return 'direct';
  return 'unknown';
}

/** A status feed or a device placeholder: not a conversation. */
export function isStatusJid(jid: string | null): boolean {
  return jid !== null && (jid === 'status@broadcast' || jid.endsWith('@status') || jid.endsWith('@lid.status'));
}

/** A person's JID as a name when no contact name is known: `+15550100` for a phone number. */
export function jidLabel(jid: string): string {
  const at = jid.indexOf('@');
  const user = at < 0 ? jid : jid.slice(0, at);
  const server = at < 0 ? '' : jid.slice(at + 1);
  if ((server === 's.whatsapp.net' || server === 'c.us') && /^\d+$/.test(user)) return `+${user}`;
  return jid;
}

/** The mime-style media kinds both platforms share once their type codes are read. */
export function mediaBody(what: string, caption: string | null): string {
  return caption ? caption : `<${what}>`;
}
