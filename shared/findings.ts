// What the gap engine says about a conversation (spec/gaps.md): facts the source records apart from
// inferences with a strength and an explanation, and the rules that could not run, with why.

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
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

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
}

export interface RuleNotRun {
  rule: string;
  sourceId: number;
  conversationId: number | null;
  why: string;
}

export interface FindingFilter {
  conversationId?: number;
  rule?: string;
  type?: FindingType;
  strength?: Strength;
}

export interface DayCompleteness {
  /** Local date YYYY-MM-DD (the conversation-day). */
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
  /** One sentence a reviewer can quote: what is known, inferred, and not determinable. */
  statement: string;
  generatedAt: number;
}
