// The investigator's chronology (docs/design.md, time model): dated facts, each backed by its
// evidence, in one or several chronologies of a case. Times are UTC epoch ms; every entry is a span
// [earliest, latest) so that what the evidence cannot tell (an assumed zone, minute precision, a
// clock offset between copies, an approximate date) is shown rather than hidden.

export const CHRONOLOGY_KINDS = ['messages', 'finding', 'day', 'event'] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

/** How precisely an outside event was dated by the investigator. */
export const EVENT_PRECISIONS = ['minute', 'day', 'month'] as const;
export type EventPrecision = (typeof EVENT_PRECISIONS)[number];

export const CHRONOLOGY_FORMATS = ['csv', 'html', 'pdf'] as const;
export type ChronologyFormat = (typeof CHRONOLOGY_FORMATS)[number];

/** The chronology an entry goes to when none is named. */
export const MASTER_CHRONOLOGY = 'Master';

/** What an entry rests on, as a caller gives it. */
export type EntryEvidence =
  | { kind: 'messages'; messageIds: number[] }
  | { kind: 'finding'; findingId: number }
  | { kind: 'day'; conversationId: number; day: string }
  /** `at`: YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (wall clock in timeZone, else the display zone), or an ISO instant with Z or an offset. */
  | { kind: 'event'; at: string; approximate?: boolean; timeZone?: string };

/** Why an entry's span is wider than a point, one reason each. */
export interface Uncertainty {
  reason: 'seconds' | 'minute_precision' | 'assumed_zone' | 'clock_offset' | 'day_precision' | 'month_precision' | 'approximate' | 'span';
  /** How much it widens the span on each side or in all, in ms. */
  ms: number;
  text: string;
}

/** A cited message as the screen cites it. */
export interface ChronologyCitation {
  messageId: number;
  conversationId: number;
  sourceId: number;
  file: string;
  line: number | null;
  lineEnd: number | null;
  record: string | null;
  sourceSha256: string;
  custodian: string | null;
  /** The source's wall clock as written, and the zone it was read in. */
  sentAtLocal: string | null;
  timeZone: string;
  sentAt: number | null;
  author: string | null;
  /** The message text, quoted as evidence. */
  body: string;
  /** Bates numbers the message went out under in productions, oldest first. */
  bates: string[];
  /** The one line a brief can quote. */
  text: string;
}

/** A person an entry concerns: a person of People (its id), or a free name (id null) on an outside event or when the person's source is gone. */
export interface ChronologyPerson {
  id: number | null;
  name: string;
}

export interface ChronologyEntry {
  id: number;
  kind: ChronologyKind;
  title: string;
  description: string;
  /** The names of `persons`, for lists and CSV. */
  people: string[];
  persons: ChronologyPerson[];
  labels: string[];
  chronologies: string[];
  /** Span in UTC epoch ms: sorts by earliest; latest is exclusive. Null only for evidence that has no time. */
  earliest: number | null;
  latest: number | null;
  /** The span in the display zone, and the source's wall clock beside it. */
  displayTime: string;
  sourceTime: string | null;
  uncertainty: Uncertainty[];
  /** Entries of the same chronology whose spans overlap this one's: no order is claimed between them. */
  overlaps: number[];
  citations: ChronologyCitation[];
  /** For a finding: its rule and explanation; for a day: conversation and day; for an event: the date as given. */
  finding: { key: string; rule: string; explanation: string } | null;
  /** The conversation of its finding or day, else of its first cited message; null for an outside event. */
  conversationId: number | null;
  day: string | null;
  event: { at: string; precision: EventPrecision; approximate: boolean; timeZone: string } | null;
  /** What the entry rests on as kept (a finding by its stable key, found again after every analysis). */
  evidence:
    | { kind: 'messages'; messageIds: number[]; deletedWhenCited: number[] }
    | { kind: 'finding'; findingKey: string }
    | { kind: 'day'; conversationId: number; day: string }
    | { kind: 'event'; at: string; approximate: boolean; timeZone: string };
  removed: boolean;
  createdBy: string;
  createdAt: number;
  changedBy: string;
  changedAt: number;
}

export interface ChronologySummary {
  id: number;
  name: string;
  entries: number;
  createdBy: string;
  createdAt: number;
}

export interface ChronologyWarning {
  entryId: number;
  kind: 'message_deleted' | 'message_missing' | 'conversation_missing' | 'source_changed' | 'privileged';
  text: string;
}

export interface ChronologyView {
  chronology: ChronologySummary;
  displayTimeZone: string;
  entries: ChronologyEntry[];
}

export interface ChronologyExport {
  path: string;
  format: ChronologyFormat;
  entries: number;
  warnings: ChronologyWarning[];
  auditHead: string;
}

/** One CSV row's problem: its line in the file, and what is wrong. */
export interface ImportProblem {
  line: number;
  problem: string;
}

export interface ChronologyImport {
  chronology: string;
  /** Rows that became entries, by line. */
  added: { line: number; entryId: number }[];
  /** Rows not imported, each with every problem found. */
  refused: { line: number; problems: string[] }[];
  rows: number;
}
