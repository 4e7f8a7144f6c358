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
  messages: number;
  conversations: number;
  warnings: ImportWarning[];
  dateOrder: { value: DateOrder | null; ambiguous: boolean; evidence: string };
  /** True when the same file (same SHA-256) was already in the case; nothing was added. */
  alreadyImported: boolean;
}

export interface ImportSummary {
  sources: ImportedSource[];
}
