// What every search feature shares: a query prepared against the current state of the case (parsed,
// planned, scoped to visible sources), its SQL, exact counts, which of a set of messages match, and
// the matched passages of a message. Pages, facets, thread hits and term reports build on it.
import { ApiError, SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/api';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../case/open';
import { CaseDirectory, type CaseSnapshot } from './directory';
import { IndexTokenizer } from './index-tokenizer';
import { marksFromHighlighted, mergeMarks, regexMarks, type Mark } from './marks';
import { planQuery, type Condition, type SearchPlan } from './plan';
import { QuerySyntaxError } from './query/ast';
import { parseQuery } from './query/parse';
import { NO_TIME, TIME_KEY } from './time-key';
import { Vocabulary } from './vocabulary';
import { dayNumberSql } from './zone-days';

export interface SearchLimits {
  /** A regex filters at most this many messages selected by the rest of the query. */
  regexCandidates: number;
  /** Regex evaluation of one request stops after this long. */
  regexMilliseconds: number;
}

export const DEFAULT_LIMITS: SearchLimits = { regexCandidates: 200_000, regexMilliseconds: 10_000 };

/** A query ready to run: its plan, and the scope every statement adds (visible sources, one conversation). */
export interface Prepared {
  query: string;
  plan: SearchPlan;
  snapshot: CaseSnapshot;
  scope: Condition[];
  /** Messages the full-text expression matches in the whole index, once counted. */
  fullTextMatches?: number;
}

/** So few messages that asking the index about them beats anything the index could do alone. */
const FEW_CANDIDATES = 5000;

/** A date range is counted (to decide how to run a search) only up to this many messages. */
const RANGE_COUNT_CAP = 200_000;

/** Ids that are close together are asked of the index as one rowid range. */
const ID_CLUSTER_GAP = 4096;

export class SearchCore {
  readonly directory: CaseDirectory;
  private readonly tokenizer: IndexTokenizer;
  private readonly vocabulary: Vocabulary;
  private readonly statements = new Map<string, Statement>();
  private readonly regexes = new Map<string, RegExp>();
  private regexDeadline = Infinity;

  constructor(
    private readonly db: Db,
    readonly limits: SearchLimits = DEFAULT_LIMITS,
  ) {
    this.directory = new CaseDirectory(db);
    this.tokenizer = new IndexTokenizer(db);
    this.vocabulary = new Vocabulary(db);
    db.function('threadline_regexp', (source: unknown, body: unknown) => {
      if (performance.now() > this.regexDeadline) throw new RegexTimeout();
      return this.regexFor(source as string).test(body as string) ? 1 : 0;
    });
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
      scope.push({ sql: 'm.conversation_id = ?', params: [conversationId], rows: conversation.messageCount });
    } else if (snapshot.importing) {
      scope.push({ sql: 'm.conversation_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(snapshot.visibleConversationIds)] });
    }
    this.regexDeadline = performance.now() + this.limits.regexMilliseconds;
    return { query, plan, snapshot, scope };
  }

  /** Parses and plans `query`; throws QuerySyntaxError, which says where the mistake is. */
  plan(query: string, snapshot: CaseSnapshot = this.directory.current()): SearchPlan {
    return planQuery(parseQuery(query), {
      snapshot,
      tokenizer: this.tokenizer,
      vocabulary: this.vocabulary,
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
    if (candidates <= FEW_CANDIDATES) return true;
    return candidates < p.snapshot.visibleMessages && 2 * candidates < this.fullTextMatches(p);
  }

  fullTextMatches(p: Prepared): number {
    p.fullTextMatches ??= this.statement('SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?').pluck().get(p.plan.fullText) as number;
    return p.fullTextMatches;
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

  /** Everything the selected messages satisfy, optionally without the regexes. */
  where(p: Prepared, opts: { regexes: boolean } = { regexes: true }): Condition {
    const parts: Condition[] = [];
    if (p.plan.fullText !== null) parts.push({ sql: 'messages_fts MATCH ?', params: [p.plan.fullText] });
    parts.push(...p.plan.conditions, ...p.scope);
    if (opts.regexes) {
      for (const r of p.plan.regexes) parts.push({ sql: `${r.negated ? 'NOT ' : ''}threadline_regexp(?, m.body)`, params: [r.source] });
    }
    return { sql: parts.length ? parts.map((c) => c.sql).join(' AND ') : '1', params: parts.flatMap((c) => c.params) };
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

  /** The exact number of matching messages. A regex first checks how many messages it would have to read. */
  count(p: Prepared): number {
    if (p.plan.empty) return 0;
    if (p.plan.regexes.length === 0) return this.countMatches(p, false);
    const candidates = this.countMatches(p, false);
    if (candidates > this.limits.regexCandidates) {
      throw new ApiError(
        'invalid_argument',
        `A /regex/ filters the messages the rest of the search selects, at most ${this.limits.regexCandidates.toLocaleString('en')}; this search selects ${candidates.toLocaleString('en')}, so add words or filters.`,
      );
    }
    return this.guardRegex(() => this.countMatches(p, true));
  }

  private countMatches(p: Prepared, regexes: boolean): number {
    if (p.plan.fullText !== null && p.plan.conditions.length === 0 && p.scope.length === 0 && !regexes) {
      // Counting in the index alone never reads a message row.
      return this.fullTextMatches(p);
    }
    return p.plan.fullText !== null && this.conditionsDrive(p) ? this.countFromConditions(p, regexes) : this.countFromIndex(p, regexes);
  }

  /** Counts the index's matches that satisfy the rest (or, without words, the messages that do). */
  countFromIndex(p: Prepared, regexes: boolean): number {
    const where = this.where(p, { regexes });
    return this.statement(`SELECT count(*) FROM ${this.from(p)} WHERE ${where.sql}`).pluck().get(...where.params) as number;
  }

  /** Counts the messages the conditions select that the index says match. */
  countFromConditions(p: Prepared, regexes: boolean): number {
    const conditions = this.conditions(p);
    const ids = this.statement(`SELECT m.id FROM messages m WHERE ${conditions.sql}`).pluck().all(...conditions.params) as number[];
    return this.matching(p, ids, { regexes }).size;
  }

  /** Which of `ids` match. With words, the index is asked about rowid ranges only, never the whole match. */
  matching(p: Prepared, ids: number[], opts: { regexes: boolean } = { regexes: true }): Set<number> {
    const found = new Set<number>();
    if (p.plan.empty || ids.length === 0) return found;
    const where = this.where(p, opts);
    if (p.plan.fullText === null) {
      const sql = `SELECT m.id FROM messages m WHERE m.id IN (SELECT value FROM json_each(?)) AND ${where.sql}`;
      for (const id of this.guardRegex(() => this.statement(sql).pluck().all(JSON.stringify(ids), ...where.params) as number[])) found.add(id);
      return found;
    }
    // CAST: FTS5 honours a rowid bound only when it is an integer value, and JS numbers bind as reals.
    const sql = `SELECT m.id FROM ${this.from(p)} WHERE ${where.sql}
                 AND messages_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)`;
    const statement = this.statement(sql).pluck();
    for (const [lo, hi] of clusters(ids)) {
      for (const id of this.guardRegex(() => statement.all(...where.params, lo, hi) as number[])) found.add(id);
    }
    return found;
  }

  /** The passages to mark in a matching message's body. */
  marks(p: Prepared, id: number, body: string): Mark[] {
    const { fullText, regexes } = p.plan.highlight;
    const highlighted = fullText === null ? undefined : this.highlighted(fullText, id);
    return mergeMarks([...(highlighted === undefined ? [] : marksFromHighlighted(highlighted, body)), ...regexMarks(body, regexes)]);
  }

  /** FTS5's highlight() of message `id` for `fullText`: the body with SNIPPET_OPEN / SNIPPET_CLOSE around passages. */
  highlighted(fullText: string, id: number): string | undefined {
    return this.statement('SELECT highlight(messages_fts, 0, ?, ?) FROM messages_fts WHERE messages_fts MATCH ? AND rowid = CAST(? AS INTEGER)')
      .pluck()
      .get(SNIPPET_OPEN, SNIPPET_CLOSE, fullText, id) as string | undefined;
  }

  /** Runs a statement that evaluates regexes, turning an overrun of the time limit into one sentence. */
  guardRegex<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      if (e instanceof RegexTimeout) {
        throw new ApiError('bad_input', `The /regex/ took longer than ${this.limits.regexMilliseconds / 1000} s over the selected messages; narrow the search or simplify the regex.`);
      }
      throw e;
    }
  }

  private regexFor(source: string): RegExp {
    let re = this.regexes.get(source);
    if (!re) {
      if (this.regexes.size >= 64) this.regexes.clear();
      re = new RegExp(source, 'iu');
      this.regexes.set(source, re);
    }
    return re;
  }
}

class RegexTimeout extends Error {}

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
