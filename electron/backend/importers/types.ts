// What every importer yields and what case/ writes (docs/design.md#model). An importer knows its format and
// nothing of SQL; it reads bytes, decides, and describes.
import type {
  ContentNature,
  ContentStatus,
  ConversationKind,
  DateOrder,
  DateOrderDecision,
  ImportWarning,
  MessageEventKind,
  MessageKind,
  SourceCaveat,
  TimeBasis,
} from '../../../shared/model';
import type { LocalTime } from '../time/zone';

export interface ImportOptions {
  /** A day/month order the reviewer locked; overrides inference. */
  dateOrder?: DateOrder;
  isCancelled(): boolean;
  /** Reports progress through the current phase; `total` may be 0 when unknown. */
  progress(phase: string, done: number, total: number): void;
}

export interface ConversationRecord {
  key: string;
  title: string;
  kind: ConversationKind;
  nativeId: string | null;
  /** Expiry settings of the conversation (a Wickr room's ttl / burn-on-read, in seconds), as last set. */
  ttlSeconds?: number | null;
  burnOnReadSeconds?: number | null;
  /** The application, as the source names it (RSMF platform, a forensic report's Source column). */
  platform?: string | null;
}

export interface AttachmentRecord {
  name: string;
  /** Path of the file inside the container, when the export carries it. */
  entry: string | null;
  present: boolean;
  sha256: string | null;
  size: number | null;
  /** The member file (SourceFileRecord.path) holding the bytes, when the attachment is a file of its own. */
  memberFile?: string | null;
}

/**
 * An instant as the source records it, in microseconds since the epoch. `fine` says whether the
 * source gives sub-millisecond digits (then the exact microseconds are stored beside the milliseconds).
 */
export interface Instant {
  us: number;
  fine: boolean;
}

/** A file that belongs to a source beyond the file it is named by, hashed at import. */
export interface SourceFileRecord {
  /** Absolute path on disk, or `<container>!<entry>` for a member inside a container. */
  path: string;
  sha256: string;
  size: number;
  role: 'messages' | 'attachment' | 'manifest' | 'other';
}

export interface MessageRecord {
  conversationKey: string;
  /** Source order within the conversation, 0-based and dense. */
  seq: number;
  /** Author as displayed (bidi marks dropped, special spaces made plain); null for system lines. */
  author: string | null;
  kind: MessageKind;
  subtype: string | null;
  /** The body exactly as written (continuation lines with their own line terminators). */
  body: string;
  /** The header text before the body, exactly as written; header + body = the raw lines. */
  headerRaw: string;
  /** The timestamp exactly as written. */
  stampRaw: string | null;
  local: LocalTime | null;
  /** Whether the source wrote seconds. */
  withSeconds: boolean;
  nativeId: string | null;
  replyTo: string | null;
  deleted: boolean;
  edited: boolean;
  attachments: AttachmentRecord[];
  lineStart: number | null;
  lineEnd: number | null;
  record: string | null;
  /** The author's own id in the source (a Wickr ID, an RSMF participant id), when it has one. */
  authorId?: string | null;
  /** Set when the source records an instant: UTC is the evidence and the local time is derived. */
  instant?: Instant | null;
  ttlSeconds?: number | null;
  burnOnReadSeconds?: number | null;
  direction?: 'incoming' | 'outgoing' | null;
  /** The record this one continues: an RSMF thread parent, a Wickr call's start record. */
  threadParent?: string | null;
  /** Why the item has no text, when it has none by nature (Confide, encrypted device rows). */
  contentStatus?: ContentStatus | null;
  /** The source record as written, for records that are not text lines (a JSON object). */
  raw?: string | null;
  /** The member file (SourceFileRecord.path) the record was read from, in multi-file sources. */
  memberFile?: string | null;
  /** Who acted and on whom, as a notice (kind `system`) names them: `Ana added Ben and Carl`. Stored for notices only. */
  parties?: { actor: string | null; targets: readonly string[] } | null;
}

/**
 * A record about a message rather than a message: an edit, reaction, read receipt, star or delete.
 * It names its target by native id, by time, or (for records embedded in their message, as RSMF
 * does) by the target's seq in the same batch. case/ resolves the target once every row is written.
 */
export interface EventRecord {
  conversationKey: string;
  kind: MessageEventKind;
  targetNativeId: string | null;
  targetAtUs: number | null;
  targetSeq: number | null;
  actor: string | null;
  actorId?: string | null;
  instant: Instant | null;
  /** A wall-clock time without a zone, when the source gives no instant. */
  local?: LocalTime | null;
  stampRaw?: string | null;
  /** The visible value: the new text of an edit, the reaction, `read`, `starred`, `recall`. */
  value: string | null;
  detail: Record<string, unknown> | null;
  nativeId: string | null;
  lineStart: number | null;
  lineEnd: number | null;
  record: string | null;
  raw: string | null;
  memberFile?: string | null;
}

/** One write: messages in source order, and the events read with them. */
export interface RecordBatch {
  messages: MessageRecord[];
  events: EventRecord[];
  /** Member files found while reading (attachment files), declared before the records that name them. */
  files?: SourceFileRecord[];
}

/** What is known about a source before its messages are read. */
export interface SourceHead {
  format: string;
  formatDetail: string;
  parserVersion: string;
  /** The chat text inside a container, e.g. `_chat.txt` in a zip. */
  chatEntry: string | null;
  dateOrder: DateOrderDecision;
  /** Conversations known before reading; others are created as their first record arrives. */
  conversationKeys: string[];
  /** Default 'wall_clock' (WhatsApp); 'instant' when the source's times are instants. */
  timeBasis?: TimeBasis;
  /** Member files beyond the file the source is named by (rotated files, attachment files). */
  files?: SourceFileRecord[];
  /** The custodian the source names (X-RSMF-Custodian), used when the reviewer gives none. */
  custodian?: string | null;
}

/** What is known once every message has been read. */
export interface SourceTail {
  conversations: ConversationRecord[];
  /** Lines before the first message, kept verbatim (never dropped). */
  preamble: string | null;
  lineCount: number | null;
  /** Facts the gap engine reads: message counts, the opening notice, media counters (JSON-safe). */
  signals: Record<string, unknown>;
  warnings: ImportWarning[];
  /** Facts that limit what the source can show (a bot that predates edit capture, Confide). */
  caveats?: SourceCaveat[];
  /** Default 'content'; 'metadata_only' when the source holds no message content by nature. */
  contentNature?: ContentNature;
}

/** One source, streamed: the head, then batches of records in source order, then the tail. */
export interface ImportStream {
  head: SourceHead;
  batches(): AsyncGenerator<RecordBatch>;
  /** Valid once batches() has run to its end. */
  tail(): SourceTail;
  /** Releases what the importer holds (temporary files); called whether the import succeeded or not. */
  close?(): Promise<void>;
}

/** Bad input: the message is one sentence naming the file and, where it applies, the line. */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInputError';
  }
}

export class CancelledError extends Error {
  constructor() {
    super('The import was cancelled; the case is as it was before.');
    this.name = 'CancelledError';
  }
}
