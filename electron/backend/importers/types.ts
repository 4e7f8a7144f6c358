// What every importer yields and what case/ writes (design.md §5). An importer knows its format and
// nothing of SQL; it reads bytes, decides, and describes.
import type { ConversationKind, DateOrder, DateOrderDecision, ImportWarning, MessageKind } from '../../../shared/model';
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
}

export interface AttachmentRecord {
  name: string;
  /** Path of the file inside the container, when the export carries it. */
  entry: string | null;
  present: boolean;
  sha256: string | null;
  size: number | null;
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
}

/** What is known about a source before its messages are read. */
export interface SourceHead {
  format: string;
  formatDetail: string;
  parserVersion: string;
  /** The chat text inside a container, e.g. `_chat.txt` in a zip. */
  chatEntry: string | null;
  dateOrder: DateOrderDecision;
  conversationKeys: string[];
}

/** What is known once every message has been read. */
export interface SourceTail {
  conversations: ConversationRecord[];
  /** Lines before the first message, kept verbatim (never dropped). */
  preamble: string | null;
  lineCount: number;
  /** Facts the gap engine reads: message counts, the opening notice, media counters (JSON-safe). */
  signals: Record<string, unknown>;
  warnings: ImportWarning[];
}

/** One source, streamed: the head, then batches of messages in source order, then the tail. */
export interface ImportStream {
  head: SourceHead;
  messages(): AsyncGenerator<MessageRecord[]>;
  /** Valid once messages() has run to its end. */
  tail(): SourceTail;
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
