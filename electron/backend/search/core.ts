// What every search feature shares: a query prepared against the current state of the case (parsed,
// planned, scoped to visible sources), its SQL, exact counts, which of a set of messages match, and
// the matched passages of a message. Pages, facets, thread hits and term reports build on it.
import { ApiError, SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/api';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../case/open';
import { CaseDirectory, type CaseSnapshot } from './directory';
import { IndexPostings, type Postings } from './index-postings';
import { IndexTokenizer } from './index-tokenizer';
import { rankedWords, type RankedWords } from './ranked-words';
import { hitMask, wordHits } from './word-hits';
import { marksFromHighlighted, mergeMarks, regexMarks, type Mark } from './marks';
import type { TimeRow } from './pages';
import { planQuery, type Condition, type SearchPlan } from './plan';
import { QuerySyntaxError } from './query/ast';
import { parseQuery } from './query/parse';
import { searchRegex } from './regex';
import { Scan } from './scan';
import { NO_TIME, TIME_KEY } from './time-key';
import { Vocabulary } from './vocabulary';
import { reviewLookup, type ReviewLookup } from './review-fields';
import { MessageFacts, type Facts } from './message-facts';
import { dayNumberSql } from './zone-days';

export interface SearchLimits {
  /** A regex filters at most this many messages selected by the rest of the query. */
  regexCandidates: number;
  /** A scan of one request (regexes, a walk of a thread) stops after this long. */
  regexMilliseconds: number;
  /** From this many hits on, facets and term reports tally them with the message facts (read once per state of the case). */
  factsFrom: number;
  /**
   * From this many matches a word (more for several) on, a search sorted by relevance is ranked by the
   * engine (relevance.ts) rather than by FTS5, which ranks fewer in about 20 ms.
   */
  rankedHereFrom: number;
  /**
   * Conditions that select at most this many messages are checked in the index for those alone;
   * above it, simple words' matches are read whole (wordHits) and matched against what they select.
   */
  fewCandidates: number;
  /** A relevance page checks this many ranked hits against its filters before it reads the ids they select instead. */
  quickRankedWalk: number;
}

export const DEFAULT_LIMITS: SearchLimits = { regexCandidates: 200_000, regexMilliseconds: 10_000, factsFrom: 20_000, rankedHereFrom: 50_000, fewCandidates: 5000, quickRankedWalk: 4096 };

/** A query ready to run: its plan, and the scope every statement adds (visible sources, one conversation). */
export interface Prepared {
  query: string;
  plan: SearchPlan;
  snapshot: CaseSnapshot;
  scope: Condition[];
  /** Messages the full-text expression matches in the whole index, once counted. */
  fullTextMatches?: number;
  /** Every match, once the regexes have been run over what the rest selects (applyRegexes). */
  regexMatches?: RegexMatches;
  /** The ids of the full-text expression's matches in ascending order, once read from the words' postings (wordHits) or ranked (relevance.ts). */
  hitIds?: Int32Array;
  /** The ids the conditions and the scope select, once read whole (selectedIds). */
  selectedIds?: number[];
}

interface RegexMatches {
  rows: TimeRow[];
  /** The ids of `rows` as a JSON array, for `m.id IN (SELECT value FROM json_each(?))`. */
  ids: string;
}


/** A date range is counted (to decide how to run a search) only up to this many messages. */
const RANGE_COUNT_CAP = 200_000;

/** Ids that are close together are asked of the index as one rowid range. */
const ID_CLUSTER_GAP = 4096;

/**
 * The words' matches, when known, are counted against the messages the conditions select when those
 * are at most this many times as many: reading a selected message's id costs about a fifth of
 * looking up a match's message.
 */
export const SELECTED_PER_MATCH = 3;

/** Messages whose bodies a regex reads between two turns of the event loop. */
const REGEX_CHUNK = 256;

/** A query that may hold a term that expands into indexed words: a ~fuzzy term, an emoji or other symbol. */
const MAY_EXPAND = /[~\p{So}\p{Co}]/u;

export class SearchCore {
  readonly directory: CaseDirectory;
  private readonly tokenizer: IndexTokenizer;
  private readonly vocabulary: Vocabulary;
  readonly review: ReviewLookup;
  private readonly facts: MessageFacts;
  private readonly indexPostings: IndexPostings;
  private readonly statements = new Map<string, Statement>();
  /** The last regex results, so a search and its facets (or the next page) run the regexes once. */
  private lastRegexMatches: { key: string; matches: RegexMatches } | null = null;

  readonly limits: SearchLimits;

  constructor(
    private readonly db: Db,
    limits: Partial<SearchLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.directory = new CaseDirectory(db);
    this.tokenizer = new IndexTokenizer(db);
    this.vocabulary = new Vocabulary(db);
    this.review = reviewLookup(db);
    this.facts = new MessageFacts(db);
    this.indexPostings = new IndexPostings(db);
  }

  /** A scan for one request, bounded by the time limit and stopped by `signal`. */
  scan(signal?: AbortSignal): Scan {
    return new Scan(this.limits.regexMilliseconds, signal);
  }

  /** Parses and plans `query`; a mistake in it becomes an invalid_argument error that says where. */
  prepare(query: string, conversationId?: number): Prepared {
    const snapshot = this.directory.current();
    let plan: SearchPlan;
    try {
      plan = this.plan(query, snapshot);
    } catch (e) {
      if (e instanceof QuerySyntaxError) throw new ApiError('invalid_argument', e.message);
      throw e;
    }
    const scope: Condition[] = [];
    if (conversationId !== undefined) {
      const conversation = snapshot.conversations.get(conversationId);
      if (!conversation?.visible) throw new ApiError('not_found', `There is no conversation ${conversationId} in this case.`);
      // The case's only conversation holds every message: scoping to it would only slow the search.
      const whole = !snapshot.importing && snapshot.visibleConversationIds.length === 1;
      if (!whole) scope.push({ sql: 'm.conversation_id = ?', params: [conversationId], rows: conversation.messageCount });
    } else if (snapshot.importing) {
      scope.push({ sql: 'm.conversation_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(snapshot.visibleConversationIds)] });
    }
    return { query, plan, snapshot, scope };
  }

  /**
   * Reads, a chunk at a time, what planning `query` needs that takes long: the index's vocabulary,
   * for terms that expand. True when the query may need it.
   */
  async readyFor(query: string): Promise<boolean> {
    if (!MAY_EXPAND.test(query)) return false;
    await this.vocabulary.load(this.directory.current().key);
    return true;
  }

  /**
   * Starts reading the vocabulary in the background after a search (once per state of the case), so
   * that the reviewer's first ~fuzzy or emoji search need not wait for it.
   */
  warmVocabulary(p: Prepared): void {
    if (p.snapshot.importing) return;
    // A case closed while it was read leaves nothing to keep; a search that needs it reads it again.
    void this.vocabulary.load(p.snapshot.key).catch(() => undefined);
  }

  /** prepare(), once readyFor() has read what it needs without holding the engine. */
  async prepareCooperatively(query: string, conversationId: number | undefined, scan: Scan): Promise<Prepared> {
    // A search replaced while it waited stops here.
    if (await this.readyFor(query)) await scan.turn();
    return this.prepare(query, conversationId);
  }

  /** Parses and plans `query`; throws QuerySyntaxError, which says where the mistake is. */
  plan(query: string, snapshot: CaseSnapshot = this.directory.current()): SearchPlan {
    return planQuery(parseQuery(query), {
      snapshot,
      tokenizer: this.tokenizer,
      vocabulary: this.vocabulary,
      review: this.review,
      messagesTagged: (tagId) => this.statement('SELECT count(*) FROM message_tags WHERE tag_id = ?').pluck().get(tagId) as number,
      messagesInTime: (lo, hi) => {
        const n = this.statement(`SELECT count(*) FROM (SELECT 1 FROM messages m WHERE ${TIME_KEY} >= ? AND ${TIME_KEY} < ? LIMIT ?)`).pluck().get(lo, hi, RANGE_COUNT_CAP) as number;
        return n < RANGE_COUNT_CAP ? n : undefined;
      },
    });
  }

  /**
   * How many messages the conditions let through at most, known without reading them (the smallest
   * bound of a date range or a set of conversations), or every visible message.
   */
  candidates(p: Prepared): number {
    const bounds = [...p.plan.conditions, ...p.scope].flatMap((c) => (c.rows === undefined ? [] : [c.rows]));
    return Math.min(p.snapshot.visibleMessages, ...bounds);
  }

  /**
   * Whether to start from the messages the conditions select and ask the index about them, rather
   * than from the index's matches: when the conditions select far fewer (a day, one conversation).
   */
  conditionsDrive(p: Prepared): boolean {
    if (p.plan.fullText === null) return true;
    const candidates = this.candidates(p);
    // So few messages that asking the index about them beats anything the index could do alone.
    if (candidates <= this.limits.fewCandidates) return true;
    return candidates < p.snapshot.visibleMessages && 2 * candidates < this.fullTextMatches(p);
  }

  fullTextMatches(p: Prepared): number {
    p.fullTextMatches ??= this.wordHits(p)?.length ?? this.statement('SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?').pluck().get(p.plan.fullText) as number;
    return p.fullTextMatches;
  }

  /** The query's one condition when it has nothing else: no words, scope or regexes. */
  onlyCondition(p: Prepared): Condition | null {
    const alone = p.plan.fullText === null && p.scope.length === 0 && !p.regexMatches && p.plan.regexes.length === 0 && p.plan.conditions.length === 1;
    return alone ? p.plan.conditions[0]! : null;
  }

  /** The conditions and the scope alone, as one SQL condition on `m`. */
  conditions(p: Prepared): Condition {
    const parts = [...p.plan.conditions, ...p.scope];
    return { sql: parts.length ? parts.map((c) => c.sql).join(' AND ') : '1', params: parts.flatMap((c) => c.params) };
  }

  /** `messages m`, joined to the index when the query has words (the index drives: CROSS JOIN keeps it outside). */
  from(p: Prepared): string {
    return p.plan.fullText === null ? 'messages m' : 'messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid';
  }

  /** Everything the selected messages satisfy: the regexes too once they have run (applyRegexes). */
  where(p: Prepared): Condition {
    const parts: Condition[] = [];
    if (p.plan.fullText !== null) parts.push({ sql: 'messages_fts MATCH ?', params: [p.plan.fullText] });
    parts.push(...p.plan.conditions, ...p.scope);
    if (p.regexMatches) parts.push({ sql: 'm.id IN (SELECT value FROM json_each(?))', params: [p.regexMatches.ids] });
    return { sql: parts.length ? parts.map((c) => c.sql).join(' AND ') : '1', params: parts.flatMap((c) => c.params) };
  }

  /** Whether the query has regexes that have not yet run over its messages. */
  regexesPending(p: Prepared): boolean {
    return !p.plan.empty && p.plan.regexes.length > 0 && p.regexMatches === undefined;
  }

  /**
   * Runs the regexes over the messages the rest of the query selects (at most
   * limits.regexCandidates), a chunk at a time so the engine answers other calls meanwhile; from
   * then on where() selects exactly the matches.
   */
  async applyRegexes(p: Prepared, scan: Scan): Promise<void> {
    if (!this.regexesPending(p)) return;
    const key = JSON.stringify([p.snapshot.key, p.query, p.scope]);
    if (this.lastRegexMatches?.key === key) {
      p.regexMatches = this.lastRegexMatches.matches;
      return;
    }
    const where = this.where(p);
    const limit = this.limits.regexCandidates;
    const rows = this.statement(`SELECT m.id, ${TIME_KEY} AS key FROM ${this.from(p)} WHERE ${where.sql} LIMIT ?`).all(...where.params, limit + 1) as TimeRow[];
    if (rows.length > limit) {
      throw new ApiError(
        'invalid_argument',
        `A /regex/ filters the messages the rest of the search selects, at most ${limit.toLocaleString('en')}; this search selects ${this.countMatches(p).toLocaleString('en')}, so add words or filters.`,
      );
    }
    const kept = new Set<number>();
    for (let at = 0; at < rows.length; at += REGEX_CHUNK) {
      for (const id of this.satisfyingRegexes(p, rows.slice(at, at + REGEX_CHUNK).map((r) => r.id))) kept.add(id);
      await scan.turn();
    }
    const matched = rows.filter((r) => kept.has(r.id));
    p.regexMatches = { rows: matched, ids: JSON.stringify(matched.map((r) => r.id)) };
    this.lastRegexMatches = { key, matches: p.regexMatches };
  }

  /** Which of `ids` satisfy every regex of the query (negated ones by not matching). */
  private satisfyingRegexes(p: Prepared, ids: number[]): number[] {
    if (ids.length === 0) return [];
    const regexes = p.plan.regexes.map((r) => ({ compiled: searchRegex(r.source), negated: r.negated }));
    const rows = this.statement('SELECT id, body FROM messages WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)) as [number, string][];
    return rows.filter(([, body]) => regexes.every((r) => r.compiled.test(body) !== r.negated)).map(([id]) => id);
  }

  statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size >= 500) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** SQL for the display-zone day number of `m.sent_at` (NULL without a time); see zone-days.ts. */
  dayExpression(snapshot: CaseSnapshot): string {
    const first = this.statement(`SELECT ${TIME_KEY} FROM messages m WHERE ${TIME_KEY} > ${NO_TIME} ORDER BY ${TIME_KEY} LIMIT 1`).pluck().get() as number | undefined;
    const last = this.statement(`SELECT ${TIME_KEY} FROM messages m ORDER BY ${TIME_KEY} DESC LIMIT 1`).pluck().get() as number | undefined;
    return first === undefined || last === undefined ? 'NULL' : dayNumberSql(snapshot.timeZone, first, last);
  }

  /**
   * Facts to tally `p`'s hits with: those of this state of the case once read, or read now when the
   * hits may be many enough that reading a row per hit would cost more; null when they are few.
   */
  async factsFor(p: Prepared): Promise<Facts | null> {
    const key = this.facts.keyOf(p.snapshot.key);
    const current = this.facts.current(key);
    if (current) return current;
    const bound = p.regexMatches?.rows.length ?? (p.plan.fullText !== null ? this.fullTextMatches(p) : this.candidates(p));
    return bound >= this.limits.factsFrom ? this.facts.read(key, this.dayExpression(p.snapshot)) : null;
  }

  /** The ids of every match (regexes: once they have run); words alone are one pass over the index, reading no message row. */
  matchIds(p: Prepared): number[] {
    if (p.plan.empty) return [];
    if (this.regexesPending(p)) throw new Error('matchIds() before applyRegexes()');
    if (p.regexMatches) return p.regexMatches.rows.map((r) => r.id);
    const hits = this.wordHits(p);
    if (hits !== null) {
      if (p.plan.conditions.length + p.scope.length === 0) return Array.from(hits);
      const selected = this.selectedHits(p, hits);
      if (selected !== null) return selected;
    }
    if (p.plan.fullText !== null && p.plan.conditions.length === 0 && p.scope.length === 0) {
      return JSON.parse(this.statement('SELECT json_group_array(rowid) FROM messages_fts WHERE messages_fts MATCH ?').pluck().get(p.plan.fullText) as string) as number[];
    }
    const where = this.where(p);
    const json = this.statement(`SELECT json_group_array(m.id) FROM ${this.from(p)} WHERE ${where.sql}`).pluck().get(...where.params);
    return JSON.parse(json as string) as number[];
  }

  /** The exact number of matching messages (a query with regexes: once they have run). */
  count(p: Prepared): number {
    if (p.plan.empty) return 0;
    if (this.regexesPending(p)) throw new Error('count() before applyRegexes()');
    return p.regexMatches?.rows.length ?? this.countMatches(p);
  }

  /** Matches of everything where() holds: without pending regexes. */
  private countMatches(p: Prepared): number {
    if (p.plan.fullText !== null && p.plan.conditions.length === 0 && p.scope.length === 0 && !p.regexMatches) {
      // Counting in the index alone never reads a message row.
      return this.fullTextMatches(p);
    }
    const alone = this.onlyCondition(p);
    if (alone?.count !== undefined) return alone.count;
    // Conditions that select few messages are checked in the index for those alone (countFromConditions).
    const hits = this.hitsOfMany(p);
    const amongHits = hits === null ? undefined : this.selectedHits(p, hits)?.length;
    if (amongHits !== undefined) return amongHits;
    if (p.plan.fullText !== null && this.conditionsDrive(p)) return this.countFromConditions(p);
    return this.countFromIndex(p);
  }

  /**
   * The words' matches when the conditions select more messages than asking the index about each of
   * them would suit (over limits.fewCandidates) and the words are simple; else null.
   */
  hitsOfMany(p: Prepared): Int32Array | null {
    return !p.regexMatches && p.plan.fullText !== null && this.candidates(p) > this.limits.fewCandidates ? this.wordHits(p) : null;
  }

  /** The words of the full-text expression when it is of simple words (ranked-words.ts), else null. */
  simpleWords(p: Prepared): RankedWords | null {
    return p.plan.fullText === null ? null : rankedWords(p.plan.fullText, (quoted) => this.singleToken(`(${quoted})`));
  }

  /**
   * The ids (ascending) of the full-text expression's matches, from the words' postings when it is of
   * simple words, else null: kept on the prepared search for its total, facets and ranking.
   */
  wordHits(p: Prepared): Int32Array | null {
    if (p.hitIds !== undefined) return p.hitIds;
    const words = this.simpleWords(p);
    if (words === null) return null;
    p.hitIds = wordHits(words, (term) => this.postings(term).ids);
    p.fullTextMatches ??= p.hitIds.length;
    return p.hitIds;
  }

  /**
   * The ids the conditions and the scope select, in no particular order, or null when they are more
   * than `most`; read once for a prepared search (a ranked page and its total share them).
   */
  selectedIds(p: Prepared, most = Infinity): number[] | null {
    if (p.selectedIds !== undefined) return p.selectedIds.length > most ? null : p.selectedIds;
    const conditions = this.conditions(p);
    const sql = `SELECT json_group_array(id) FROM (SELECT m.id AS id FROM messages m WHERE ${conditions.sql} LIMIT ?)`;
    // LIMIT -1 is no limit.
    const ids = JSON.parse(this.statement(sql).pluck().get(...conditions.params, Number.isFinite(most) ? most + 1 : -1) as string) as number[];
    if (ids.length > most) return null;
    p.selectedIds = ids;
    return ids;
  }

  /**
   * The `hits` (the words' matches, ascending) that the conditions and the scope select, ascending,
   * from the selected ids rather than each match's message; null when those are too many to read.
   */
  private selectedHits(p: Prepared, hits: Int32Array): number[] | null {
    // NOT X alone (everything but one person's messages): the hits less those X selects, which are fewer to read.
    const [only, ...others] = [...p.plan.conditions, ...p.scope];
    if (only?.complement !== undefined && others.length === 0) {
      const excluded = this.statement(`SELECT json_group_array(m.id) FROM messages m WHERE ${only.complement.sql}`).pluck().get(...only.complement.params) as string;
      const isExcluded = hitMask(hits, JSON.parse(excluded) as number[]);
      return Array.from(hits).filter((id) => isExcluded[id] !== 1);
    }
    const selected = this.selectedIds(p, SELECTED_PER_MATCH * hits.length);
    if (selected === null) return null;
    const isHit = hitMask(hits);
    // Hits in id order (`selected` is in no particular one).
    return selected.filter((id) => isHit[id] === 1).sort((a, b) => a - b);
  }

  /** Counts the index's matches that satisfy the rest (or, without words, the messages that do). */
  countFromIndex(p: Prepared): number {
    const where = this.where(p);
    return this.statement(`SELECT count(*) FROM ${this.from(p)} WHERE ${where.sql}`).pluck().get(...where.params) as number;
  }

  /** Counts the messages the conditions select that the index says match. */
  countFromConditions(p: Prepared): number {
    const conditions = this.conditions(p);
    const ids = this.statement(`SELECT m.id FROM messages m WHERE ${conditions.sql}`).pluck().all(...conditions.params) as number[];
    return this.matching(p, ids, { pendingRegexes: false }).size;
  }

  /**
   * Which of `ids` match. With words, the index is asked about rowid ranges only, never the whole
   * match. Pending regexes are run (unless left out) over those of `ids` the rest selects, so `ids`
   * must then be few: a window of a thread.
   */
  matching(p: Prepared, ids: number[], opts = { pendingRegexes: true }): Set<number> {
    if (p.plan.empty || ids.length === 0) return new Set();
    const where = this.where(p);
    let found: number[];
    if (p.plan.fullText === null) {
      const sql = `SELECT m.id FROM messages m WHERE m.id IN (SELECT value FROM json_each(?)) AND ${where.sql}`;
      found = this.statement(sql).pluck().all(JSON.stringify(ids), ...where.params) as number[];
    } else {
      // CAST: FTS5 honours a rowid bound only when it is an integer value, and JS numbers bind as reals.
      const sql = `SELECT m.id FROM ${this.from(p)} WHERE ${where.sql}
                   AND messages_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)`;
      const statement = this.statement(sql).pluck();
      found = clusters(ids).flatMap(([lo, hi]) => statement.all(...where.params, lo, hi) as number[]);
    }
    return new Set(opts.pendingRegexes && this.regexesPending(p) ? this.satisfyingRegexes(p, found) : found);
  }

  /**
   * The index terms a highlight expression marks when it is one word (`"the"`) or one word's prefix
   * (`"the" *`: every indexed word that begins with it); else null.
   */
  markedTerms(highlight: string): string[] | null {
    const word = this.singleToken(highlight);
    if (word !== null) return [word];
    const prefix = this.singleToken(highlight, { prefix: true });
    return prefix === null ? null : this.vocabulary.beginningWith(prefix);
  }

  /** The one index term a highlight expression marks when it is one quoted word (with `prefix`: one quoted word's prefix), else null. */
  singleToken(highlight: string, { prefix } = { prefix: false }): string | null {
    const quoted = (prefix ? /^\("((?:[^"]|"")*)" \*\)$/ : /^\("((?:[^"]|"")*)"\)$/).exec(highlight);
    if (!quoted) return null;
    const tokens = this.tokenizer.tokens(quoted[1]!.replace(/""/g, '"'));
    return tokens.length === 1 ? tokens[0]! : null;
  }

  /** The messages holding an index term, ascending, and how often each does, from the index alone. */
  postings(token: string): Postings {
    return this.indexPostings.read(token);
  }

  /** The passages to mark in matching messages' bodies, by id. */
  marks(p: Prepared, rows: { id: number; body: string }[]): Map<number, Mark[]> {
    const { fullText, regexes } = p.plan.highlight;
    const highlighted = fullText === null || rows.length === 0 ? new Map<number, string>() : this.tokenizer.highlighted(fullText, rows, SNIPPET_OPEN, SNIPPET_CLOSE);
    return new Map(
      rows.map(({ id, body }) => {
        const text = highlighted.get(id);
        return [id, mergeMarks([...(text === undefined ? [] : marksFromHighlighted(text, body)), ...regexMarks(body, regexes)])];
      }),
    );
  }

  /** FTS5's highlight() of message `id` for `fullText`: the body with SNIPPET_OPEN / SNIPPET_CLOSE around passages. */
  highlighted(fullText: string, id: number): string | undefined {
    return this.statement('SELECT highlight(messages_fts, 0, ?, ?) FROM messages_fts WHERE messages_fts MATCH ? AND rowid = CAST(? AS INTEGER)')
      .pluck()
      .get(SNIPPET_OPEN, SNIPPET_CLOSE, fullText, id) as string | undefined;
  }

}

/** Sorted ids grouped into [first, last] runs without large gaps. */
function clusters(ids: number[]): [number, number][] {
  const sorted = [...ids].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of sorted) {
    const last = runs[runs.length - 1];
    if (last && id - last[1] <= ID_CLUSTER_GAP) last[1] = id;
    else runs.push([id, id]);
  }
  return runs;
}
