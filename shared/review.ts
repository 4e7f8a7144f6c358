// The review model the doors show (issue: tags, notes, reviewers, review progress): tags and their
// groups, where a tag is applied (a message, a conversation-day, a conversation) and what a message
// inherits, notes with their history, decisions on findings and each conversation-day's progress.

export const TAG_SCOPES = ['message', 'day', 'conversation'] as const;
export type TagScope = (typeof TAG_SCOPES)[number];

export interface TagGroupInfo {
  id: number;
  name: string;
  /** Its members exclude each other on one target: applying one removes the other. */
  exclusive: boolean;
  /** A conversation-day is reviewed when every message in it carries a tag of this group. */
  coding: boolean;
}

export interface TagInfo {
  id: number;
  name: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
  description: string;
  /** One key that applies the tag in the review pane, or null. */
  shortcut: string | null;
  group: TagGroupInfo | null;
  /** Removed tags keep their history but are no longer in force. */
  removed: boolean;
}

export interface TagCounts {
  message: number;
  day: number;
  conversation: number;
}

export interface TagSummary extends TagInfo {
  /** Where the tag is applied (targets, not messages reached by inheritance). */
  counts: TagCounts;
  /** The same counts per reviewer who applied it, most first. */
  byReviewer: (TagCounts & { reviewer: string })[];
}

export interface TagList {
  tags: TagSummary[];
  groups: TagGroupInfo[];
}

/** What one coding action applies a tag to. `day` is a date of the case's display zone. */
export type TagTarget =
  | { scope: 'message'; messageIds: number[] }
  | { scope: 'day'; conversationId: number; day: string }
  | { scope: 'conversation'; conversationId: number };

/** What a coding action changed: targets that now carry the tag (or, removing, no longer do) and those already so. */
export interface TagResult {
  tagged: number;
  alreadyTagged: number;
  scope: TagScope;
  removed: boolean;
  /** The action to undo; null when nothing changed. */
  actionId: number | null;
}

/**
 * A selection coded as one job: message ids, every hit of a search, a time range (UTC ms, or the
 * display zone's wall clock `YYYY-MM-DDTHH:MM` as a reviewer types it; `to` not included), or every
 * day of a conversation.
 */
export type BulkSelection =
  | { kind: 'messages'; messageIds: number[] }
  | { kind: 'query'; query: string; conversationId?: number }
  | { kind: 'range'; from: number; to: number; conversationId?: number }
  | { kind: 'localRange'; from: string; to: string; conversationId?: number }
  | { kind: 'conversationDays'; conversationId: number };

export interface ReviewJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error: string | null;
  result: TagResult | null;
}

/** A tag a message carries: its own (scope message) or inherited from its day or conversation. */
export interface AppliedTag {
  tagId: number;
  name: string;
  color: string;
  scope: TagScope;
  inherited: boolean;
  /** An inherited tag of an exclusive group that a tag of the same group nearer the message replaces. */
  overridden: boolean;
  reviewer: string;
  at: number;
}

export interface MessageTags {
  messageId: number;
  tags: AppliedTag[];
}

export interface ReviewActionInfo {
  id: number;
  kind: string;
  reviewer: string;
  at: number;
  summary: string;
  state: 'done' | 'undone' | 'discarded';
}

export const NOTE_SCOPES = ['message', 'day', 'conversation', 'finding'] as const;
export type NoteScope = (typeof NOTE_SCOPES)[number];

export type NoteTarget =
  | { scope: 'message'; messageId: number }
  | { scope: 'day'; conversationId: number; day: string }
  | { scope: 'conversation'; conversationId: number }
  | { scope: 'finding'; findingId: number };

export interface NoteVersion {
  version: number;
  text: string;
  reviewer: string;
  at: number;
}

export interface NoteInfo {
  id: number;
  scope: NoteScope;
  messageId: number | null;
  conversationId: number | null;
  day: string | null;
  /** What a finding note is about, kept across re-analyses. */
  findingKey: string | null;
  text: string;
  reviewer: string;
  createdAt: number;
  editedAt: number | null;
  removed: boolean;
  /** Every text the note has had, oldest first (the current one last). */
  history: NoteVersion[];
}

export const FINDING_DECISIONS = ['confirmed', 'dismissed', 'follow_up'] as const;
export type FindingDecision = (typeof FINDING_DECISIONS)[number];

export interface FindingReview {
  decision: FindingDecision;
  note: string | null;
  reviewer: string;
  at: number;
}

export const DAY_STATUSES = ['unreviewed', 'in_review', 'reviewed'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

export interface DayProgress {
  day: string;
  start: number;
  end: number;
  messages: number;
  status: DayStatus;
  /** By a reviewer's hand, by coding (tags of the coding group), or null while nothing was done. */
  setBy: 'hand' | 'coding' | null;
  reviewer: string | null;
  at: number | null;
}

export interface ConversationProgress {
  conversationId: number;
  timeZone: string;
  days: DayProgress[];
}

export interface ProgressCounts {
  days: number;
  unreviewed: number;
  inReview: number;
  reviewed: number;
}

export interface ReviewProgress {
  timeZone: string;
  case: ProgressCounts;
  conversations: (ProgressCounts & { conversationId: number; title: string; custodian: string | null })[];
  custodians: (ProgressCounts & { custodian: string | null })[];
}

export interface AuditEntryView {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: unknown;
  hash: string;
}

export interface AuditTrail {
  entries: AuditEntryView[];
  /** The chain's head: print it, keep it, give it to `verify --head` later. */
  head: { hash: string; entries: number };
  verifies: boolean;
  /** The first entry that does not fit the chain, or null. */
  brokenAt: number | null;
}

/** The chain's state, with who wrote the log and which actions it holds (for the viewer's filters). */
export interface AuditOverview extends Omit<AuditTrail, 'entries'> {
  actors: { name: string; entries: number }[];
  actions: { action: string; entries: number }[];
}

/**
 * An entry as the window lists it: its detail said in short (a bulk entry names its selection and
 * counts, never its rows), what it acted on, and the values before and after where it records them.
 */
export interface AuditEntrySummary {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
  /** The recorded detail's length in characters: a summary shorter than it left something out. */
  detailChars: number;
  hash: string;
}

/** One page of the log, oldest first; `next` is the `after` of the following page, null at the end. */
export interface AuditPage {
  entries: AuditEntrySummary[];
  next: number | null;
}
