// The production model the doors show (issue: productions): a selection made into numbered, frozen
// documents in the formats a review platform loads, redactions that never reach a produced byte, and
// documents withheld behind a slip sheet and listed in the privilege log.

export const PRODUCTION_FORMATS = ['pdf', 'html', 'rsmf', 'dat', 'text'] as const;
export type ProductionFormat = (typeof PRODUCTION_FORMATS)[number];

/** The document unit: one conversation-day (sliced above 10,000 messages), or the whole conversation. */
export const PRODUCTION_UNITS = ['day', 'conversation'] as const;
export type ProductionUnit = (typeof PRODUCTION_UNITS)[number];

export const REDACTION_KINDS = ['text', 'message', 'attachment'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** The reasons a reviewer picks from; any other text is a custom reason. */
export const REDACTION_REASONS = ['Privileged', 'Personal data'] as const;

export interface RedactionInfo {
  id: number;
  messageId: number;
  conversationId: number;
  kind: RedactionKind;
  /** For `text`: the span of the body in UTF-16 code units, [start, end). */
  start: number | null;
  end: number | null;
  attachmentId: number | null;
  reason: string;
  reviewer: string;
  at: number;
  /** Removed redactions stay listed (with `removed`) for the history; they no longer apply. */
  removedAt: number | null;
  /** What a list shows instead of the text: never the redacted text itself. */
  label: string;
}

export interface ProductionDocumentInfo {
  index: number;
  batesBegin: string;
  batesEnd: string;
  conversationId: number;
  conversation: string;
  /** The day (YYYY-MM-DD, display zone) or `whole conversation`, with the slice (`1/2`) when split. */
  label: string;
  messages: number;
  contextMessages: number;
  withheld: boolean;
  /** Files of this document, relative to the production folder. */
  files: string[];
}

export interface ProductionSummary {
  id: number;
  batesPrefix: string;
  batesBegin: string;
  batesEnd: string;
  query: string;
  unit: ProductionUnit;
  formats: ProductionFormat[];
  withholdTag: string | null;
  timeZone: string;
  producedBy: string;
  producedAt: number;
  outDir: string;
  documents: number;
  messages: number;
  withheldDocuments: number;
  redactions: number;
  /** The audit chain's head when the production was made (`<entries>:<hash>`), printed on its cover. */
  auditHead: string;
  /** Against the latest earlier production of the same query: what changed (null for the first). */
  changes: { previousProductionId: number; added: number; removed: number } | null;
}

export interface ProductionJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  production: ProductionSummary | null;
  error: string | null;
}

export interface ProductionPreview {
  /** The first document's transcript as a whole HTML page (cover sheet included), numbered as it would be now. */
  html: string;
  documents: number;
  messages: number;
  withheldDocuments: number;
  /** Redactions in force on what would be produced (the cover sheet's "Redactions applied"). */
  redactions: number;
  batesBegin: string;
  batesEnd: string;
}
