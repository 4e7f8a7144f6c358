// What several gap rules read from every message of a conversation, read for all of a source's
// conversations in one pass over its rows in storage order: a sequential read of the table, where
// each rule's own query would walk a conversation's index and jump between pages for every message
// (the conversations of a Wickr, RSMF or CSV source are interleaved). Only a few numbers and one
// string per message cross into JavaScript; of a plain message nothing is kept beyond the next one.
//
// The rules need source order (seq), and R7 local-time order. A conversation is read this way only
// when its rows are stored in seq order, which importers do; otherwise, and for R7 when the local
// times of its timed messages ever go back, the scan says so and the rule runs its own ordered query.
import type { Db } from '../case/open';
import { TimesInOrder } from './rules/cadence';
import { specialSql } from './rules/message-rows';

export interface ConversationScan {
  /** Messages whose time is earlier than the previous timed message's in source order (ORDER / WA-9). */
  stepsBack: number;
  /** The seq of the first of them. */
  firstStepBackSeq: number | null;
  /** R7's pass, when the timed messages' local times never go back in source order; null when R7 must sort them itself. */
  times: TimesInOrder | null;
  /** Whether any message carries an expiry setting (R2). */
  anyExpiry: boolean;
  /** Whether any message names the message it continues or answers (R5). */
  anyThreadParent: boolean;
  /** The seqs of the messages that are not plain text, in source order (rules/message-rows.ts reads them in full). */
  specialSeqs: number[];
}

const IS_NOTICE = 1;
const HAS_EXPIRY = 2;
const HAS_THREAD_PARENT = 4;
const IS_SPECIAL = 8;

/** Ids read per query. */
const PAGE = 20_000;

/** One conversation's scan as its rows pass, with what tells whether they came in source order. */
class Scanning {
  readonly scan: ConversationScan = { stepsBack: 0, firstStepBackSeq: null, times: new TimesInOrder(), anyExpiry: false, anyThreadParent: false, specialSeqs: [] };
  private inSourceOrder = true;
  private lastSeq = -Infinity;
  private lastAt: number | null = null;
  private lastTimedLocal = '';

  add(seq: number, at: number | null, local: string | null, flags: number): void {
    if (seq <= this.lastSeq) this.inSourceOrder = false;
    this.lastSeq = seq;
    const scan = this.scan;
    if (flags & HAS_EXPIRY) scan.anyExpiry = true;
    if (flags & HAS_THREAD_PARENT) scan.anyThreadParent = true;
    if (flags & IS_SPECIAL) scan.specialSeqs.push(seq);
    if (at === null) return;
    if (this.lastAt !== null && at < this.lastAt) {
      if (scan.stepsBack === 0) scan.firstStepBackSeq = seq;
      scan.stepsBack++;
    }
    this.lastAt = at;
    if (local === null || flags & IS_NOTICE || scan.times === null) return;
    if (local < this.lastTimedLocal) scan.times = null;
    else {
      scan.times.add(at, local, seq);
      this.lastTimedLocal = local;
    }
  }

  finish(): ConversationScan | null {
    if (!this.inSourceOrder) return null;
    this.scan.times?.finish();
    return this.scan;
  }
}

/**
 * Every conversation of the source, scanned; a conversation missing from the map (its rows not in seq
 * order) is left to the rules' own queries.
 */
export function scanSource(db: Db, sourceId: number): Map<number, ConversationScan> {
  const scanning = new Map<number, Scanning>();
  const inSource = '(SELECT id FROM conversations WHERE source_id = ?)';
  const span = db.prepare(`SELECT min(id), max(id) FROM messages WHERE conversation_id IN ${inSource}`).raw().get(sourceId) as [number | null, number | null];
  if (span[0] !== null && span[1] !== null) {
    // Read a page of ids at a time (fewer crossings into SQLite than a row at a time); the unary +
    // keeps SQLite on the id range rather than the conversation index.
    const page = db
      .prepare(
        `SELECT conversation_id, seq, sent_at, sent_at_local,
                (kind = 'system') * ${IS_NOTICE} + (ttl_seconds IS NOT NULL OR burn_on_read_seconds IS NOT NULL) * ${HAS_EXPIRY} + (thread_parent IS NOT NULL) * ${HAS_THREAD_PARENT}
                + (${specialSql('messages')}) * ${IS_SPECIAL}
         FROM messages WHERE id BETWEEN ? AND ? AND +conversation_id IN ${inSource} ORDER BY id`,
      )
      .raw();
    let current: Scanning | undefined;
    let currentId = -1;
    for (let lo = span[0]; lo <= span[1]; lo += PAGE) {
      for (const [conversationId, seq, at, local, flags] of page.all(lo, Math.min(lo + PAGE - 1, span[1]), sourceId) as [number, number, number | null, string | null, number][]) {
        if (conversationId !== currentId) {
          currentId = conversationId;
          current = scanning.get(conversationId);
          if (current === undefined) scanning.set(conversationId, (current = new Scanning()));
        }
        current!.add(seq, at, local, flags);
      }
    }
  }
  const scans = new Map<number, ConversationScan>();
  for (const [conversationId, s] of scanning) {
    const scan = s.finish();
    if (scan !== null) scans.set(conversationId, scan);
  }
  return scans;
}
