// The shape of a gap rule (docs/gaps.md): it looks at one conversation and either says what it found,
// with evidence and a plain sentence, or says why it cannot run. Silence never reads as "complete".
import type { EvidenceRef, Finding } from '../../../shared/findings';
import type { Db } from '../case/open';
import type { MessageFact } from './rules/message-rows';
import type { ConversationScan } from './source-scan';

/** What every rule may know about the conversation it looks at. */
export interface ConversationFacts {
  conversationId: number;
  sourceId: number;
  title: string;
  format: string;
  /** True for a WhatsApp export made with its media (a zip with files, or its chat text naming attached files). */
  withMedia: boolean;
  /** True when the chat text came inside a zip, whose files were hashed and linked. */
  fromZip: boolean;
  contentNature: 'content' | 'metadata_only';
  timeBasis: 'wall_clock' | 'instant';
  /** The source's file as source references name it (`export.zip!_chat.txt`). */
  sourceLabel: string;
  timeZone: string;
  signals: Record<string, unknown>;
  messageCount: number;
  firstAt: number | null;
  lastAt: number | null;
  firstLocal: string | null;
  lastLocal: string | null;
  /** Every message that is not plain text (tombstones, placeholders, notices…), in source order. */
  special: MessageFact[];
  /** What the source's one pass over its rows read for the rules (gaps/source-scan.ts); null when they must read it themselves. */
  scan: ConversationScan | null;
  /** Local dates YYYY-MM-DD the reviewer set as the matter period, or null. */
  matterPeriod: { start: string; end: string } | null;
  /**
   * What a rule reads about the whole case, computed once per analysis and shared by every
   * conversation it looks at (the official accounts' messages for RK-1), by a key of the rule's own.
   */
  perAnalysis: Map<string, unknown>;
}

export type NewFinding = Omit<Finding, 'id' | 'sourceId' | 'conversationId' | 'beforeMessageId' | 'afterMessageId' | 'beforeSeq' | 'afterSeq' | 'messageId' | 'fromAt' | 'toAt' | 'fromLocal' | 'toLocal' | 'count' | 'score'> &
  Partial<Pick<Finding, 'beforeMessageId' | 'afterMessageId' | 'beforeSeq' | 'afterSeq' | 'messageId' | 'fromAt' | 'toAt' | 'fromLocal' | 'toLocal' | 'count' | 'score'>>;

/** What a source-level rule knows: the facts about a source as a whole, not one conversation. */
export interface SourceFacts {
  sourceId: number;
  format: string;
  /** The source's file name, as evidence names it. */
  label: string;
  signals: Record<string, unknown>;
  caveats: { code: string; text: string }[];
  /** The source's import warnings with one of the given codes. */
  warnings(...codes: string[]): { line: number | null; code: string; message: string }[];
}

export interface RuleOutcome {
  findings: NewFinding[];
  /** Set when the rule cannot run on this conversation: why, in one sentence. */
  notRun?: string;
}

export interface GapRule {
  id: string;
  /** One line for the report: what the rule looks for. */
  title: string;
  run(db: Db, facts: ConversationFacts): RuleOutcome;
}

/** A rule about a source as a whole (its files, its records), not about one conversation. */
export interface SourceRule {
  id: string;
  title: string;
  runSource(db: Db, facts: SourceFacts): RuleOutcome;
}

export function ref(facts: ConversationFacts, messageId: number | null, line: number | null, text: string | null, record: string | null = null): EvidenceRef {
  return { messageId, file: facts.sourceLabel, line, record, text };
}

export const ran = (findings: NewFinding[]): RuleOutcome => ({ findings });
export const cannot = (why: string): RuleOutcome => ({ findings: [], notRun: why });
