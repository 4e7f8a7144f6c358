// Relevance pages of words that hundreds of thousands of messages hold, without asking FTS5 to rank
// every match: its bm25 looks up each match's length in tokens (150 ms for 400,000 matches at a
// million messages). For words that are each one index term (ranked-words.ts), a message's bm25
// depends only on how often it holds each word (the index's lists of occurrences: one pass a word)
// and on its length (every message's, read once per state of the case), so the engine computes it
// here with FTS5's own formula, constants and floating-point operations in FTS5's order, and the IDF
// from SQLite's ln(), the C log() that FTS5 calls: the ranks are FTS5's to the bit, so the pages
// (bm25, then id) and their cursors are those of `ORDER BY rank, rowid`
// (docs/search-language.md#how-a-search-runs). The last ranking is kept for its next pages and other
// filters; filters are checked on the ranked matches a batch at a time.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SELECTED_PER_MATCH, type Prepared, type SearchCore } from './core';
import { OncePerState } from './once-per-state';
import { varints } from './sqlite-varints';
import type { RankRow } from './pages';
import type { RankedWords } from './ranked-words';
import { wordHits } from './word-hits';

/** FTS5's bm25 parameters (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;

/** Ranked hits checked against the filters at once, at first; each further batch is twice as large. */
const FIRST_BATCH = 512;
const LARGEST_BATCH = 65_536;

/** Fewer ids allowed than one per this many ranked hits are looked up one by one. */
const FEW_ALLOWED_PER_HIT = 8;

/** Message ids whose lengths are read at once: a few milliseconds at a million messages. */
const LENGTHS_CHUNK = 131_072;

/** The averages record of the index: its number of rows and of tokens. */
const AVERAGES_ROWID = 1;

interface IndexState {
  key: string;
  rows: number;
  tokens: number;
}


/** The words' matches in id order with their FTS5 ranks, and the distinct ranks in order with how many matches have each. */
interface Ranking {
  key: string;
  ids: Int32Array;
  ranks: Float64Array;
  distinct: Float64Array;
  counts: Int32Array;
}

export class Relevance {
  /** Tokens of each indexed message, by message id. */
  private readonly lengths = new OncePerState<Int32Array>();
  private ranking: Ranking | null = null;

  constructor(private readonly core: SearchCore) {}

  /**
   * The page after `after` (bm25, then id), or null when FTS5 should rank it: the words are not of a
   * shape ranked here (ranked-words.ts), or ranking them here would not pay.
   */
  async page(p: Prepared, after: RankRow | null, want: number): Promise<RankRow[] | null> {
    const words = this.core.simpleWords(p);
    if (words === null) return null;
    const index = this.indexState(p);
    const key = `${index.key}|${JSON.stringify(words)}`;
    const kept = this.ranking?.key === key ? this.ranking : null;
    if (kept === null && !this.pays(p, words, index)) return null;
    const ranking = kept ?? this.rank(key, index, words, await this.lengthsFor(index.key));
    // The ranked hits are the words' matches: the total needs no second pass over the index.
    p.fullTextMatches = ranking.ids.length;
    p.hitIds = ranking.ids;
    if (p.regexMatches) return this.filtered(ranking, after, want, new Set(p.regexMatches.rows.map((r) => r.id)));
    if (p.plan.conditions.length + p.scope.length === 0) return this.filtered(ranking, after, want, null);
    // The ranked hits are the words' matches already: the messages the conditions select need no second look in the index.
    if (this.core.conditionsDrive(p)) return this.filtered(ranking, after, want, new Set(this.core.selectedIds(p)));
    // The best hits mostly satisfy the filters within a few batches; filters that few of them satisfy
    // (or none: a page of nothing would walk every hit) are answered from the ids they select.
    const quick = this.walked(p, ranking, after, want, this.core.limits.quickRankedWalk);
    if (quick !== null) return quick;
    // As a search's total reads them: when they are not too many for the hits.
    const selected = this.core.selectedIds(p, SELECTED_PER_MATCH * ranking.ids.length);
    return selected === null ? this.walked(p, ranking, after, want, Infinity)! : this.filtered(ranking, after, want, new Set(selected));
  }

  /**
   * Whether ranking here beats FTS5: it reads each word's occurrences whole (and the lengths, if not
   * yet read), where FTS5 ranks only the matches, which an AND or a NOT can make far fewer.
   */
  private pays(p: Prepared, words: RankedWords, index: IndexState): boolean {
    if (words.groups.length === 1 && words.excluded.length === 0 && this.lengths.current(index.key) !== null) return true;
    return this.core.fullTextMatches(p) >= this.core.limits.rankedHereFrom * (words.terms.length + words.excluded.length);
  }

  /** The first `want` ranked hits after `after` that `allowed` holds (every hit when null). */
  private filtered(ranking: Ranking, after: RankRow | null, want: number, allowed: Set<number> | null): RankRow[] {
    // Far fewer allowed than hits: look each up, rather than walk the hits in rank order to find them.
    if (allowed !== null && allowed.size * FEW_ALLOWED_PER_HIT < ranking.ids.length) return allowedInRankOrder(ranking, after, want, allowed);
    const found: RankRow[] = [];
    for (const batch of inRankOrder(ranking, after, want)) {
      for (const row of batch) {
        if (allowed !== null && !allowed.has(row.id)) continue;
        found.push(row);
        if (found.length === want) return found;
      }
    }
    return found;
  }

  /**
   * The first `want` ranked hits after `after` that satisfy the filters, asked of the messages a batch
   * at a time; null when `budget` hits were checked without finding them all.
   */
  private walked(p: Prepared, ranking: Ranking, after: RankRow | null, want: number, budget: number): RankRow[] | null {
    const conditions = this.core.conditions(p);
    const satisfying = this.core.statement(`SELECT m.id FROM messages m WHERE m.id IN (SELECT value FROM json_each(?)) AND ${conditions.sql}`).pluck();
    const found: RankRow[] = [];
    let checked = 0;
    for (const batch of inRankOrder(ranking, after, FIRST_BATCH)) {
      if (checked >= budget) return null;
      checked += batch.length;
      const kept = new Set(satisfying.all(JSON.stringify(batch.map((r) => r.id)), ...conditions.params) as number[]);
      for (const row of batch) {
        if (!kept.has(row.id)) continue;
        found.push(row);
        if (found.length === want) return found;
      }
    }
    return found;
  }

  /** The index's rows and tokens (its averages record), and a key for its state: they change together with the case's. */
  private indexState(p: Prepared): IndexState {
    const averages = this.core.statement('SELECT block FROM messages_fts_data WHERE id = ?').pluck().get(AVERAGES_ROWID) as Buffer | undefined;
    const [rows = 0, tokens = 0] = averages ? varints(averages) : [];
    return { key: `${p.snapshot.key}|${rows}|${tokens}`, rows, tokens };
  }

  /**
   * Starts reading the messages' lengths in the background (once per state of the case), so that the
   * first relevance search of a common word need not: when the case is large enough to hold one.
   */
  warm(p: Prepared): void {
    if (p.snapshot.importing || p.snapshot.visibleMessages < this.core.limits.rankedHereFrom) return;
    // A case closed while its lengths were read leaves nothing to keep; a search that needs them reads them again.
    void this.lengthsFor(this.indexState(p).key).catch(() => undefined);
  }

  /** The words' matches with their ranks: FTS5's bm25(messages_fts) of each, computed as FTS5 computes it. */
  private rank(key: string, index: IndexState, words: RankedWords, lengths: Int32Array): Ranking {
    const occurrences = new Map([...words.terms, ...words.excluded].map((term) => [term, this.occurrencesOf(term, lengths.length)]));
    const matched = wordHits(words, (term) => occurrences.get(term)!.ids);
    const matches = matched.length;
    const frequencies = words.terms.map((term) => occurrences.get(term)!.frequency);
    const idfs = words.terms.map((term) => this.idf(index.rows, occurrences.get(term)!.ids.length));
    const avgdl = index.tokens / index.rows;
    // Few combinations of frequencies and length occur: each is scored once, and its hits counted.
    const combinations = new Map<number, number>();
    const combinationRanks: number[] = [];
    const combinationHits: number[] = [];
    const ranks = new Float64Array(matches);
    for (let hit = 0; hit < matches; hit++) {
      const id = matched[hit]!;
      const D = lengths[id]!;
      const combination = combinationKey(frequencies, id, D);
      let scored = combination === null ? undefined : combinations.get(combination);
      if (scored === undefined) {
        // fts5Bm25Function, operation for operation: the score starts at 0.0, adds each phrase's part in
        // the expression's order (excluded words add 0.0, so they are left out), and the result is -1.0 * score.
        let score = 0.0;
        for (let i = 0; i < frequencies.length; i++) {
          const f = frequencies[i]![id]!;
          score += idfs[i]! * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / avgdl)));
        }
        scored = combinationRanks.push(-1.0 * score) - 1;
        combinationHits.push(0);
        if (combination !== null) combinations.set(combination, scored);
      }
      ranks[hit] = combinationRanks[scored]!;
      combinationHits[scored]!++;
    }
    const perRank = new Map<number, number>();
    combinationRanks.forEach((rank, i) => perRank.set(rank, (perRank.get(rank) ?? 0) + combinationHits[i]!));
    const distinct = Float64Array.from(perRank.keys()).sort();
    const counts = Int32Array.from(distinct, (rank) => perRank.get(rank)!);
    this.ranking = { key, ids: matched, ranks, distinct, counts };
    return this.ranking;
  }

  /** The messages holding an index term (ascending) and, by message id, how often each holds it. */
  private occurrencesOf(term: string, size: number): { ids: Int32Array; frequency: Int32Array } {
    const { ids, counts } = this.core.postings(term);
    const frequency = new Int32Array(size);
    for (let i = 0; i < ids.length; i++) frequency[ids[i]!] = counts[i]!;
    return { ids, frequency };
  }

  /** FTS5's IDF of a phrase `hits` of `rows` messages hold, with SQLite's ln() (the C library's log, as FTS5's). */
  private idf(rows: number, hits: number): number {
    const idf = this.core.statement('SELECT ln((? - ? + 0.5) / (? + 0.5))').pluck().get(rows, hits, hits) as number;
    return idf <= 0.0 ? 1e-6 : idf;
  }

  /** Every indexed message's length in tokens, for this state of the index: read once, by one reader at a time. */
  private lengthsFor(key: string): Promise<Int32Array> {
    return this.lengths.get(key, () => this.readLengths());
  }

  /**
   * Reads the lengths from the index's docsize table (one varint per message: the index has one
   * column), a chunk of ids at a time as one blob, handing the event loop back between chunks.
   */
  private async readLengths(): Promise<Int32Array> {
    const last = (this.core.statement('SELECT max(id) FROM messages_fts_docsize').pluck().get() as number | null) ?? 0;
    const tokens = new Int32Array(last + 1);
    const sizes = this.core.statement("SELECT CAST(group_concat(sz, '') AS BLOB) FROM messages_fts_docsize WHERE id BETWEEN ? AND ?").pluck();
    const bounds = this.core.statement(
      'SELECT (SELECT min(id) FROM messages_fts_docsize WHERE id BETWEEN :from AND :to) AS lo, (SELECT max(id) FROM messages_fts_docsize WHERE id BETWEEN :from AND :to) AS hi',
    );
    const ids = this.core.statement('SELECT json_group_array(id) FROM messages_fts_docsize WHERE id BETWEEN ? AND ?').pluck();
    for (let from = 0; from <= last; from += LENGTHS_CHUNK) {
      const to = from + LENGTHS_CHUNK - 1;
      const blob = sizes.get(from, to) as Buffer | null;
      if (blob !== null) {
        const values = varints(blob);
        const { lo, hi } = bounds.get({ from, to }) as { lo: number; hi: number };
        if (values.length === hi - lo + 1) tokens.set(values, lo);
        else (JSON.parse(ids.get(from, to) as string) as number[]).forEach((id, i) => (tokens[id] = values[i]!));
      }
      await nextTurn();
    }
    return tokens;
  }
}

/**
 * A message's length and its frequency of each word as one number (small, so fast to look up, for
 * all but huge messages and words repeated 64 times or more in one), or null when they do not fit.
 */
function combinationKey(frequencies: Int32Array[], id: number, length: number): number | null {
  let key = length;
  for (const frequency of frequencies) {
    const f = frequency[id]!;
    if (f >= 64) return null;
    key = key * 64 + f;
  }
  return key <= Number.MAX_SAFE_INTEGER ? key : null;
}

/**
 * The ranked hits after `after` in (rank, id) order, in batches of at least `first` hits (the ties
 * of the last rank included), each twice the one before up to LARGEST_BATCH.
 */
function* inRankOrder(ranking: Ranking, after: RankRow | null, first: number): Generator<RankRow[]> {
  const { ids, ranks, distinct, counts } = ranking;
  let next = after === null ? 0 : firstAtLeast(distinct, after.rank);
  let size = first;
  while (next < distinct.length) {
    const lowest = distinct[next]!;
    let upTo = next;
    for (let taken = counts[next]!; taken < size && upTo + 1 < distinct.length; taken += counts[++upTo]!);
    const highest = distinct[upTo]!;
    const batch: RankRow[] = [];
    for (let i = 0; i < ids.length; i++) {
      const rank = ranks[i]!;
      if (rank < lowest || rank > highest) continue;
      if (after !== null && rank === after.rank && ids[i]! <= after.id) continue;
      batch.push({ id: ids[i]!, rank });
    }
    // Hits are in id order, and the sort is stable: (rank, id) order.
    batch.sort((a, b) => a.rank - b.rank);
    yield batch;
    next = upTo + 1;
    size = Math.min(LARGEST_BATCH, size * 2);
  }
}

/** The first `want` of the ranked hits `allowed` holds after `after`, in (rank, id) order, each looked up by id. */
function allowedInRankOrder(ranking: Ranking, after: RankRow | null, want: number, allowed: Set<number>): RankRow[] {
  const rows: RankRow[] = [];
  for (const id of allowed) {
    const at = firstAtLeast(ranking.ids, id);
    if (ranking.ids[at] !== id) continue;
    const rank = ranking.ranks[at]!;
    if (after === null || rank > after.rank || (rank === after.rank && id > after.id)) rows.push({ id, rank });
  }
  return rows.sort((a, b) => a.rank - b.rank || a.id - b.id).slice(0, want);
}

/** The index of the first value of ascending `values` that is at least `value`. */
function firstAtLeast(values: Float64Array | Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
