// Result pages, by keyset (never OFFSET): in time order, or by relevance (bm25).
//
// Time order has four ways in. Without words, SQL walks the messages (the time index serves both the
// order and date filters). When conditions select few messages (a day, a conversation), those are
// read and the full-text index is asked which of them match (conditionRows). With words that hit few
// messages, the index's matches are sorted: cheap when they are few. With words that hit many (a
// common word hits hundreds of thousands), sorting them all costs more than walking the time index
// in windows and asking the full-text index only which messages of each window match
// (SearchCore.matching): a window of a few hundred messages holds a page of hits. A walk that finds
// its hits too sparse (hits bunched elsewhere in time) hands over to sorting from where it stopped,
// so the cost stays bounded and the answer exact.
import { NO_TIME, TIME_KEY } from './time-key';
import type { Prepared, SearchCore } from './core';
import { hitMask } from './word-hits';

export interface TimeRow {
  id: number;
  key: number;
}

export interface RankRow {
  id: number;
  rank: number;
}

/** Measured on the 1,000,000-message benchmark case (scripts/bench.ts): microseconds per hit sorted, per message walked. */
const SORT_COST_PER_HIT = 0.5;
const WALK_COST_PER_MESSAGE = 1;
const FIRST_WINDOW = { min: 64, max: 16_384 };
const LARGEST_WINDOW = 65_536;
/** Messages of the time index a page of conditions alone may walk before SQL sorts their messages instead. */
const CONDITION_WALK = 20_000;
/** A lone condition satisfied by at least one message in this many is paged by walking time order. */
const PROBED_WALK = 100;

const KEYSET = `${TIME_KEY} >= ? AND (${TIME_KEY} > ? OR m.id > ?)`;

/** Before the first message: every time key, NO_TIME included, is after it. */
export const START: TimeRow = { id: 0, key: NO_TIME - 1 };

export function timePage(core: SearchCore, p: Prepared, total: number, after: TimeRow, want: number): TimeRow[] {
  const probe = core.onlyCondition(p)?.probe;
  // A condition many messages satisfy (a tag on a common word's hits) finds a page in a short walk.
  if (probe !== undefined && total * PROBED_WALK >= p.snapshot.visibleMessages) return probedRows(core, probe, after, want);
  if (p.plan.fullText === null) {
    // Conditions that select messages lying together (dates, conversations) are read in time order from their own index.
    // Others are walked in time order when they select messages often enough to find a page early in the walk.
    const together = [...p.plan.conditions, ...p.scope].some((c) => c.rows !== undefined);
    const walk = (want * p.snapshot.visibleMessages) / Math.max(total, 1);
    if (together || walk * 4 > CONDITION_WALK) return sortedRows(core, p, after, want);
    return walkedConditionRows(core, p, after, want) ?? sortedRows(core, p, after, want);
  }
  // Hits per message walked: the conditions (a date range, an author) narrow the walk.
  const density = total / Math.max(1, core.candidates(p));
  if (core.conditionsDrive(p)) {
    // Months of a busy chat: walking them in time order against the words' matches read whole finds
    // a page in a few hundred messages, where reading every one of them takes tens of milliseconds.
    return core.hitsOfMany(p) === null ? pageOf(conditionRows(core, p), after, want) : walkedRows(core, p, after, want, density);
  }
  const walk = want / Math.max(density, 1e-9);
  const sort = core.fullTextMatches(p) * SORT_COST_PER_HIT;
  return sort > walk * WALK_COST_PER_MESSAGE ? walkedRows(core, p, after, want, density) : sortedRows(core, p, after, want);
}

/** Matches after `after` in time order, walking the time index and checking each message with `probe`. */
function probedRows(core: SearchCore, probe: string, after: TimeRow, want: number): TimeRow[] {
  const sql = `SELECT m.id, ${TIME_KEY} AS key FROM messages m INDEXED BY messages_by_time WHERE ${probe} AND ${KEYSET} ORDER BY ${TIME_KEY}, m.id LIMIT ?`;
  return core.statement(sql).all(after.key, after.key, after.id, want) as TimeRow[];
}

/**
 * Messages the conditions alone select after `after` in time order, found by walking at most
 * `budget` messages of the time index (an author's messages, one in six, take a few hundred);
 * null when the walk finds fewer than `want`, for SQL to sort them instead.
 */
export function walkedConditionRows(core: SearchCore, p: Prepared, after: TimeRow, want: number, budget = CONDITION_WALK): TimeRow[] | null {
  const conditions = core.conditions(p);
  const sql = `SELECT m.id, ${TIME_KEY}, (${conditions.sql}) FROM messages m INDEXED BY messages_by_time WHERE ${KEYSET} ORDER BY ${TIME_KEY}, m.id`;
  const found: TimeRow[] = [];
  let walked = 0;
  for (const [id, key, selected] of core.statement(sql).raw().iterate(...conditions.params, after.key, after.key, after.id) as Iterable<[number, number, number]>) {
    if (selected) found.push({ id, key });
    if (found.length === want) return found;
    if (++walked === budget) return null;
  }
  return found;
}

/** Matches after `after` in time order, sorted by SQL. */
export function sortedRows(core: SearchCore, p: Prepared, after: TimeRow, want: number): TimeRow[] {
  const where = core.where(p);
  const sql = `SELECT m.id, ${TIME_KEY} AS key FROM ${core.from(p)} WHERE ${where.sql} AND ${KEYSET} ORDER BY key, m.id LIMIT ?`;
  return core.statement(sql).all(...where.params, after.key, after.key, after.id, want) as TimeRow[];
}

/**
 * Matches after `after` in time order, found by walking the time index in windows (conditions
 * checked on the way); which messages of a window match is read from the words' matches when they
 * are read whole, else asked of the index.
 */
export function walkedRows(core: SearchCore, p: Prepared, after: TimeRow, want: number, density: number): TimeRow[] {
  const conditions = core.conditions(p);
  const hits = core.hitsOfMany(p);
  const isHit = hits === null ? null : hitMask(hits);
  // Walking means time order: the time index, whatever other index the conditions could use.
  const window = core.statement(
    `SELECT m.id, ${TIME_KEY} AS key FROM messages m INDEXED BY messages_by_time WHERE ${conditions.sql} AND ${KEYSET} ORDER BY ${TIME_KEY}, m.id LIMIT ?`,
  );
  const budget = Math.max(50_000, (4 * want) / density);
  const found: TimeRow[] = [];
  let size = Math.min(FIRST_WINDOW.max, Math.max(FIRST_WINDOW.min, Math.ceil((1.25 * want) / density)));
  let cursor = after;
  let walked = 0;
  for (;;) {
    const rows = window.all(...conditions.params, cursor.key, cursor.key, cursor.id, size) as TimeRow[];
    const matching = isHit === null ? core.matching(p, rows.map((r) => r.id)) : null;
    for (const row of rows) {
      if (matching === null ? isHit![row.id] !== 1 : !matching.has(row.id)) continue;
      found.push(row);
      if (found.length === want) return found;
    }
    if (rows.length < size) return found;
    cursor = rows[rows.length - 1]!;
    walked += rows.length;
    if (walked >= budget) return [...found, ...sortedRows(core, p, cursor, want - found.length)];
    size = Math.min(LARGEST_WINDOW, size * 2);
  }
}

/**
 * Every match with its time key, unsorted, from one pass over the index's matches: the exact total
 * and any page at once, when the words alone match few enough messages to hold them.
 */
export function indexRows(core: SearchCore, p: Prepared): TimeRow[] {
  const where = core.where(p);
  return core.statement(`SELECT m.id, ${TIME_KEY} AS key FROM ${core.from(p)} WHERE ${where.sql}`).all(...where.params) as TimeRow[];
}

/** Every match with its time key, unsorted: the messages the conditions select that the index says match. */
export function conditionRows(core: SearchCore, p: Prepared): TimeRow[] {
  const conditions = core.conditions(p);
  const candidates = core.statement(`SELECT m.id, ${TIME_KEY} AS key FROM messages m WHERE ${conditions.sql}`).all(...conditions.params) as TimeRow[];
  const matching = core.matching(p, candidates.map((c) => c.id));
  return candidates.filter((c) => matching.has(c.id));
}

/** The rows after `after` in time order, at most `want`. */
export function pageOf(rows: TimeRow[], after: TimeRow, want: number): TimeRow[] {
  return rows
    .filter((r) => r.key > after.key || (r.key === after.key && r.id > after.id))
    .sort((a, b) => a.key - b.key || a.id - b.id)
    .slice(0, want);
}

/**
 * bm25 order (FTS5's rank: lower is better), then id; only for queries with words. Words alone rank
 * in the index without reading a message row, and SQLite keeps only the best `want` while it sorts.
 * Words that many messages hold are mostly ranked by the engine instead (relevance.ts), in the same order.
 */
export function rankPage(core: SearchCore, p: Prepared, after: RankRow | null, want: number): RankRow[] {
  const wordsAlone = p.plan.conditions.length === 0 && p.scope.length === 0 && !p.regexMatches;
  const where = wordsAlone ? { sql: 'messages_fts MATCH ?', params: [p.plan.fullText] } : core.where(p);
  const from = wordsAlone ? 'messages_fts' : core.from(p);
  const id = wordsAlone ? 'messages_fts.rowid' : 'm.id';
  const keyset = after === null ? '' : `AND (messages_fts.rank > ? OR (messages_fts.rank = ? AND ${id} > ?))`;
  const sql = `SELECT ${id} AS id, messages_fts.rank AS rank FROM ${from} WHERE ${where.sql} ${keyset} ORDER BY rank, ${id} LIMIT ?`;
  const params = after === null ? [...where.params, want] : [...where.params, after.rank, after.rank, after.id, want];
  return core.statement(sql).all(...params) as RankRow[];
}
