// What the gap engine says about a conversation (docs/gaps.md): facts the source records apart from
// inferences with a strength and an explanation, and the rules that could not run, with why.
import type { ApiArg } from './api';
import type { FindingReview } from './review';

export const FINDING_TYPES = [
  'deleted',
  'missing_referenced',
  'missing_sequence',
  'expected_loss',
  'truncation',
  'coverage',
  'suspected_gap',
  'cross_source_absence',
  /** A data-integrity warning (file dates before message dates, duplicate record ids): not a gap. */
  'integrity',
  /** Context that changes how other findings read (out-of-order times): never a gap by itself. */
  'context',
  /** Records-keeping (44 U.S.C. 2911): a personal account's message with no official copy within 20 days. */
  'records_not_copied',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

/** Findings that say something is missing around a message (search's `has:gap`); deletions on record are `kind:deleted`. */
export const GAP_TYPES: readonly FindingType[] = ['missing_referenced', 'missing_sequence', 'suspected_gap', 'cross_source_absence', 'truncation'];

export const STRENGTHS = ['fact', 'high', 'medium', 'low', 'context'] as const;
export type Strength = (typeof STRENGTHS)[number];

export interface EvidenceRef {
  messageId: number | null;
  file: string;
  line: number | null;
  record: string | null;
  /** A short quote of what the evidence says (the tombstone, the notice, the counter). */
  text: string | null;
}

export interface Finding {
  id: number;
  rule: string;
  type: FindingType;
  strength: Strength;
  sourceId: number;
  conversationId: number | null;
  /** The message the finding is about (a tombstone, a placeholder), when it is about one message. */
  messageId: number | null;
  /** The messages a span sits between, in source order; null at the ends of the conversation. */
  beforeMessageId: number | null;
  afterMessageId: number | null;
  beforeSeq: number | null;
  afterSeq: number | null;
  /** Span in UTC epoch ms and as local wall clock, when the finding has one. */
  fromAt: number | null;
  toAt: number | null;
  fromLocal: string | null;
  toLocal: string | null;
  /** How many items the finding concerns (missing rows, a run of absent messages), when known. */
  count: number | null;
  /** Ranking for heuristic findings: higher is stronger. */
  score: number | null;
  explanation: string;
  evidence: EvidenceRef[];
  /** A reviewer's decision on it (confirmed, dismissed as not a gap, follow-up), kept across re-analyses; null when none. */
  review?: FindingReview | null;
}

export interface RuleNotRun {
  rule: string;
  sourceId: number;
  conversationId: number | null;
  why: string;
}

/** What listFindings takes: its validator's type (shared/validate.ts). */
export type FindingFilter = ApiArg<'listFindings'>;

export interface DayCompleteness {
  /** The conversation-day, YYYY-MM-DD in the report's display zone. */
  day: string;
  messages: number;
  system: number;
  deleted: number;
  placeholders: number;
  findings: { type: FindingType; strength: Strength; count: number }[];
}

export interface CompletenessReport {
  conversationId: number;
  title: string;
  sources: { id: number; file: string; sha256: string; custodian: string | null; timeZone: string; firstLocal: string | null; lastLocal: string | null }[];
  matterPeriod: { start: string; end: string } | null;
  counts: { messages: number; system: number; deleted: number; placeholders: number; viewOnce: number };
  findings: Finding[];
  notRun: RuleNotRun[];
  days: DayCompleteness[];
  /** The display zone `days` are counted in (conversation-days count in it too), whatever each source's own zone. */
  daysTimeZone: string;
  /** One sentence a reviewer can quote: what is known, inferred, and not determinable. */
  statement: string;
  generatedAt: number;
}

/**
 * How a report groups findings, in order: facts apart from expected loss, inferred leads, coverage,
 * the records-keeping lens and data integrity. The window and the exported report use the same groups.
 */
export const FINDING_GROUPS: { key: string; title: string; note: string; pick: (f: Finding) => boolean }[] = [
  {
    key: 'facts',
    title: 'Recorded by the source',
    note: 'Facts: the export itself says a message was deleted or media existed.',
    pick: (f) => f.strength === 'fact' && f.type !== 'coverage' && f.type !== 'expected_loss',
  },
  {
    key: 'expected',
    title: 'Expected loss by design',
    note: 'Context: settings or app design under which absence is normal.',
    pick: (f) => f.type === 'expected_loss',
  },
  {
    key: 'leads',
    title: 'Inferred leads',
    note: 'Inferences with a strength: high, medium, low. Leads to check, not evidence of deletion.',
    pick: (f) => ['high', 'medium', 'low'].includes(f.strength) && f.type !== 'integrity' && f.type !== 'records_not_copied',
  },
  { key: 'coverage', title: 'Coverage of the matter period', note: 'Facts about the set: what the source covers.', pick: (f) => f.type === 'coverage' },
  {
    key: 'records',
    title: 'Records kept on a personal account',
    note: 'The records lens (44 U.S.C. 2911): messages the holder sent from a personal account with no copy in an official account’s source within 20 days.',
    pick: (f) => f.type === 'records_not_copied',
  },
  {
    key: 'integrity',
    title: 'Data integrity and context',
    note: 'Not gaps: clues about clocks and order that change how other findings read.',
    pick: (f) => f.type === 'integrity' || f.type === 'context',
  },
];
