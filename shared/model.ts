// The normalized model every importer produces and every door shows (docs/design.md#model).
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

/** Records about a message rather than messages (docs/design.md#model), linked to their target by native id or time. */
export const MESSAGE_EVENT_KINDS = ['edit', 'reaction', 'receipt', 'star', 'pin', 'delete'] as const;
export type MessageEventKind = (typeof MESSAGE_EVENT_KINDS)[number];

/**
 * What a source's timestamps are: wall-clock text without a zone (the local time is the evidence, UTC
 * is derived from the source's zone), or instants (UTC is the evidence, the local time is derived).
 */
export type TimeBasis = 'wall_clock' | 'instant';

/** 'metadata_only': the source holds no message content by nature (Confide: destroyed by design). */
export type ContentNature = 'content' | 'metadata_only';

/** Why an item has no text (docs/formats.md); null on a message means the content is present. */
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
  /** Whose account the source is, official or personal, as the reviewer marked it (records lens); null until marked. */
  account: SourceAccount | null;
}

export type AccountKind = 'official' | 'personal';

export interface SourceAccount {
  kind: AccountKind;
  /** The account holder as their own messages are signed in this source; null until chosen. */
  holder: string | null;
}

/** The records lens for one personal account (44 U.S.C. 2911): how many of the holder's messages reached an official account. */
export interface RecordsAccountReport {
  sourceId: number;
  sourceFile: string;
  custodian: string | null;
  holder: string | null;
  /** The holder's messages with content to compare (text or hashed attachments). */
  tested: number;
  /** Copied at creation or forwarded within 20 days, by the same text or the same attachment. */
  copied: number;
  /** Of `copied`: matched only on a short text (under three words), so possibly by coincidence. */
  copiedOnShortText: number;
  /** Median time from the message to its official copy, in ms. */
  medianLagMs: number | null;
  notCopied: number;
  /** No copy found, but the official sources end before the 20 days ran out. */
  undecided: number;
  /** Messages with nothing to compare (media left out of the export) or without a time. */
  untestable: number;
}

export interface RecordsReport {
  officialSources: { sourceId: number; sourceFile: string; holder: string | null; lastAt: number | null }[];
  personal: RecordsAccountReport[];
  /** Why the lens cannot run yet, when it cannot (no personal or no official account marked). */
  notRun: string | null;
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
  /** The persons who wrote or acted in the conversation (docs/people.md), by id. */
  personIds: number[];
  /** Other custodians' copies of this conversation it is linked with (listLinks has the alignment). */
  linkedConversationIds: number[];
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
  /** The person the author is (identity resolution); `author` stays the name as the source wrote it. */
  authorPersonId?: number | null;
  authorPerson?: string | null;
  /** In a merged thread only: the conversations (copies) that hold this message. */
  presentIn?: number[];
  /** In a thread: the message `threadParent` names, or that it is not in the conversation (`seq` null). */
  parent?: ParentView | null;
  /** A notice's people as the source names them: who acted (`Ana added Ben`: Ana) and on whom (Ben). */
  parties?: NoticePartiesView | null;
}

export interface NoticePartiesView {
  actor: string | null;
  targets: string[];
}

/** The message a reply continues, as the thread quotes it. */
export interface ParentView {
  nativeId: string;
  /** Null when no message of the conversation has that id: the parent is missing. */
  seq: number | null;
  author: string | null;
  excerpt: string | null;
}

/** Two custodians' copies of one conversation, linked and aligned (docs/gaps.md#r6). */
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
  /** The audit chain's head now: the last entry's hash and the entry count (docs/security.md, tamper evidence). */
  chainHead: { hash: string; entries: number };
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

export type IdentityKind = 'phone' | 'account' | 'name';

/**
 * Why a participant is part of a person: alone ('single'), a number or account it shares with the
 * person's other participants, a contact-list entry naming several of its numbers, or a reviewer.
 */
export const PERSON_METHODS = ['single', 'phone', 'account', 'contact_list', 'reviewer'] as const;
export type PersonMethod = (typeof PERSON_METHODS)[number];

/** Where a person's name comes from: its participants' names, a contact list, or a reviewer. */
export type PersonNameSource = 'participants' | 'contact_list' | 'reviewer';

/** A participant (a name as one source wrote it) as part of a person. */
export interface PersonParticipant {
  id: number;
  /** The display name exactly as the source wrote it: evidence, never changed. */
  name: string;
  sourceId: number;
  sourceFile: string;
  custodian: string | null;
  format: string;
  /** How it can be recognised elsewhere: E.164 number, account id, or only its folded name. */
  identity: { kind: IdentityKind; key: string };
  messageCount: number;
  method: PersonMethod;
  /** The number, account, contact entry or decision behind the method. */
  evidence: string;
  /** '(automatic)' for the engine's own grouping, else the reviewer who decided. */
  decidedBy: string;
  decidedAt: number;
}

/** Participants across sources and apps that are one person (docs/people.md). */
export interface Person {
  id: number;
  name: string;
  nameSource: PersonNameSource;
  /** The contact entry a contact-list name comes from, or who named the person. */
  nameEvidence: string;
  messageCount: number;
  participants: PersonParticipant[];
}

/** Persons that may be one (weak evidence); only a reviewer merges them. */
export interface PersonSuggestion {
  /** Stable while the evidence stands. */
  id: string;
  reason: 'same_name' | 'same_phone' | 'same_account';
  /** The shared name (as first written) or key. */
  value: string;
  personIds: number[];
  explanation: string;
}

/** A contact list imported to name bare numbers. */
export interface ContactListSummary {
  path: string;
  sha256: string;
  format: 'vcard' | 'csv';
  /** Entries with a name and at least one number or address read. */
  contacts: number;
  numbers: number;
  addresses: number;
  /** Entries without a name, or without a number or address this version reads. */
  skipped: number;
  /** Persons whose name now comes from a contact list. */
  personsNamed: number;
  /** Persons that took in other persons because one entry names numbers of both. */
  personsJoined: number;
  /** True when the same list (same SHA-256) was already in the case; nothing was added. */
  alreadyImported: boolean;
  warningCount: number;
  /** The first warnings (at most 200). */
  warnings: ImportWarning[];
}
