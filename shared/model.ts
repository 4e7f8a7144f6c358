// The normalized model every importer produces and every door shows (design.md §5).
// JSON-safe only: numbers (epoch milliseconds for instants), strings, booleans, null, arrays, plain objects.

export const MESSAGE_KINDS = [
  'text',
  'media',
  'deleted',
  'system',
  'call',
  'location',
  'contact',
  'poll',
  'unclassified',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const DATE_ORDERS = ['DMY', 'MDY', 'YMD'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const CONVERSATION_KINDS = ['direct', 'group', 'room', 'unknown'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Records about a message rather than messages (design.md §5), linked to their target by native id or time. */
export const MESSAGE_EVENT_KINDS = ['edit', 'reaction', 'receipt', 'star', 'pin', 'delete'] as const;
export type MessageEventKind = (typeof MESSAGE_EVENT_KINDS)[number];

/**
 * What a source's timestamps are: wall-clock text without a zone (the local time is the evidence, UTC
 * is derived from the source's zone), or instants (UTC is the evidence, the local time is derived).
 */
export type TimeBasis = 'wall_clock' | 'instant';

/** 'metadata_only': the source holds no message content by nature (Confide: destroyed by design). */
export type ContentNature = 'content' | 'metadata_only';

/** Why an item has no text (spec/confide.md §4.1); null on a message means the content is present. */
export type ContentStatus = 'unrecoverable_by_design' | 'encrypted_unavailable' | 'transcribed_from_image' | 'partial_from_image';

/** A fact about a source that limits what it can show, e.g. a bot version that did not capture edits. */
export interface SourceCaveat {
  code: string;
  text: string;
}

/** How a source's day/month order was decided, and whether a reviewer has locked it. */
export interface DateOrderDecision {
  value: DateOrder | null;
  ambiguous: boolean;
  locked: boolean;
  evidence: string;
}

export interface ImportWarning {
  /** 1-based line in the chat text, when the warning is about one line. */
  line: number | null;
  code: string;
  message: string;
}

export interface SourceSummary {
  id: number;
  path: string;
  fileName: string;
  /** The chat text inside a zip, when the source is a zip. */
  chatEntry: string | null;
  sha256: string;
  size: number;
  format: string;
  /** What the importer recognised, in words (layout, clock, language). */
  formatDetail: string;
  parserVersion: string;
  custodian: string | null;
  timeZone: string;
  /** True when no zone was given and the case's default zone was assumed. */
  timeZoneAssumed: boolean;
  dateOrder: DateOrderDecision;
  importedAt: number;
  messageCount: number;
  conversationCount: number;
  warningCount: number;
  unclassifiedCount: number;
  timeBasis: TimeBasis;
  contentNature: ContentNature;
  caveats: SourceCaveat[];
  /** Files that make up the source beyond `path` (rotated message files, attachment files), each hashed. */
  memberFileCount: number;
}

/** A source with everything a reviewer needs to judge how it was read. */
export interface SourceDetails extends SourceSummary {
  lineCount: number | null;
  /** Lines before the first message, verbatim, or null. */
  preamble: string | null;
  /** The first warnings in file order (at most 500); warningCount has the total. */
  warnings: ImportWarning[];
  /** Facts for the gap engine, as the importer recorded them. */
  signals: Record<string, unknown>;
}

export interface ConversationSummary {
  id: number;
  sourceId: number;
  title: string;
  kind: ConversationKind;
  messageCount: number;
  participantCount: number;
  firstLocal: string | null;
  lastLocal: string | null;
  sourceFile: string;
  custodian: string | null;
  format: string;
  /** The conversation's own id in the source (a Wickr vgroupid, an RSMF conversation id). */
  nativeId: string | null;
  /** The application as the source names it (RSMF platform, a forensic report's Source). */
  platform: string | null;
  /** Expiry settings of the conversation, as last set in the source (Wickr rooms), in seconds. */
  ttlSeconds: number | null;
  burnOnReadSeconds: number | null;
  /** Edits, reactions, receipts, stars and deletes recorded in the conversation. */
  eventCount: number;
  /** Of those, the ones whose target message is not in the source (a dangling reference). */
  unresolvedEventCount: number;
}

export interface AttachmentView {
  id: number;
  name: string;
  present: boolean;
  size: number | null;
  sha256: string | null;
}

export interface SourceRef {
  file: string;
  line: number | null;
  lineEnd: number | null;
  record: string | null;
}

/** An edit, reaction, read receipt, star or delete record, as shown on the message it is about. */
export interface MessageEventView {
  id: number;
  kind: MessageEventKind;
  /** Who edited, reacted, read, starred or deleted. */
  actor: string | null;
  sentAt: number | null;
  /** Exact microseconds since the epoch, when the source records them. */
  sentAtUs: number | null;
  sentAtLocal: string | null;
  /** The new text of an edit, the reaction, `read` / `delivered`, `starred` / `unstarred`, `recall` / `delete`. */
  value: string | null;
  /** Particulars: `{added}` for reactions, `{previous}` for edits, `{isrecall, targetKey}` for deletes. */
  detail: Record<string, unknown> | null;
  sourceRef: SourceRef;
}

export interface MessageView {
  id: number;
  conversationId: number;
  /** Position in the conversation's source order (0-based, dense). */
  seq: number;
  kind: MessageKind;
  /** Which pattern classified the message, e.g. `deleted.own`, `media.omitted`, `system.group_created`. */
  subtype: string | null;
  author: string | null;
  body: string;
  /** UTC epoch milliseconds; null when the source gives no time. */
  sentAt: number | null;
  /** Wall-clock time as the source wrote it, normalized to ISO `YYYY-MM-DDTHH:MM[:SS]`. */
  sentAtLocal: string | null;
  /** The timestamp text exactly as written in the source. */
  sentAtRaw: string | null;
  timeZone: string;
  deleted: boolean;
  edited: boolean;
  attachments: AttachmentView[];
  sourceRef: SourceRef;
  /** Exact microseconds since the epoch, when the source records sub-millisecond time (Wickr msg_ts). */
  sentAtUs: number | null;
  /** The message's own id in the source, when it has one. */
  nativeId: string | null;
  /** The record this one continues: an RSMF thread parent, a Wickr call's start record. */
  threadParent: string | null;
  direction: 'incoming' | 'outgoing' | null;
  /** Expiry carried by the message (Wickr ttl / burn-on-read), in seconds. */
  ttlSeconds: number | null;
  burnOnReadSeconds: number | null;
  contentStatus: ContentStatus | null;
  /** Edits, reactions, receipts, stars and deletes about this message, in source order. */
  events: MessageEventView[];
  /** The source record as written, for records that are not text lines (a JSON object). */
  raw: string | null;
  /** In a merged thread only: the conversations (copies) that hold this message. */
  presentIn?: number[];
}

/** Two custodians' copies of one conversation, linked and aligned (spec/gaps.md §10). */
export interface ConversationLink {
  id: number;
  title: string;
  /** Why they were linked: the same conversation id, shared content, or a reviewer's decision. */
  method: 'native_id' | 'participants' | 'reviewer';
  evidence: string;
  /** The estimated clock offset of the second copy against the first, in ms. */
  offsetMs: number;
  matched: number;
  /** Rows of the merged thread (messages in either copy). */
  rows: number;
  members: { conversationId: number; title: string; messageCount: number; sourceFile: string; custodian: string | null; onlyHere: number }[];
}

export interface CaseInfo {
  path: string;
  defaultTimeZone: string;
  sourceCount: number;
  conversationCount: number;
  messageCount: number;
}

/** One imported (or recognised) source, in the shape `threadline import --json` prints. */
export interface ImportedSource {
  id: number;
  path: string;
  sha256: string;
  format: string;
  /** What the importer recognised, in words: which importer read the source and how. */
  formatDetail: string;
  messages: number;
  /** Edits, reactions, receipts, stars and deletes recorded (not counted as messages). */
  events: number;
  conversations: number;
  warnings: ImportWarning[];
  dateOrder: { value: DateOrder | null; ambiguous: boolean; evidence: string };
  /** True when the same file (same SHA-256) was already in the case; nothing was added. */
  alreadyImported: boolean;
}

export interface ImportSummary {
  sources: ImportedSource[];
}
