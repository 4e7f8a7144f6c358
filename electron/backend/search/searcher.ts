// The search engine behind every door (desktop, browser mode, CLI): pages of hits with snippets and
// the exact total, plus facets, hits inside a thread, term reports and query checks.
import { ApiError, type ApiArg, type QueryCheck, type SearchCursor, type SearchFacets, type SearchHit, type SearchPage, type SearchSort, type TermReport, type ThreadHit } from '../../../shared/api';
import type { Db } from '../case/open';
import { SearchCore, type Prepared, type SearchLimits } from './core';
import { searchFacets } from './facets';
import { snippetOf } from './marks';
import { START, conditionRows, indexRows, pageOf, rankPage, timePage, type RankRow, type TimeRow } from './pages';
import { QuerySyntaxError } from './query/ast';
import { Relevance } from './relevance';
import { RunningSearches } from './scan';
import { termReport } from './term-report';
import { adjacentThreadHit, threadHits } from './thread-hits';

/** A search's options, as the search method takes them beside its query (shared/validate.ts). */
export type SearchRequest = Omit<ApiArg<'search'>, 'q'>;

/** Matches of the words alone, up to which one pass collects them all rather than counting and paging apart. */
const COLLECT_LIMIT = 50_000;

interface HitRow {
  id: number;
  conversation_id: number;
  title: string;
  seq: number;
  sent_at: number | null;
  sent_at_local: string | null;
  kind: string;
  author: string | null;
  body: string;
}

export class Searcher {
  readonly core: SearchCore;
  private readonly running = new RunningSearches();
  private readonly relevance: Relevance;

  constructor(db: Db, limits?: Partial<SearchLimits>) {
    this.core = new SearchCore(db, limits);
    this.relevance = new Relevance(this.core);
  }

  /** Cancels every search still running (each fails with the code 'cancelled'); returns how many. */
  cancelSearches(): number {
    return this.running.cancelAll();
  }

  /** A page of hits; a newer search of the same scope (the case, or one conversation) replaces (cancels) one still running. */
  search(query: string, request: SearchRequest = {}): Promise<SearchPage> {
    return this.running.run(`search in ${request.conversationId ?? 'case'}`, (signal) => this.searchPage(query, request, signal));
  }

  private async searchPage(query: string, request: SearchRequest, signal: AbortSignal): Promise<SearchPage> {
    const started = performance.now();
    const scan = this.core.scan(signal);
    const p = await this.core.prepareCooperatively(query, request.conversationId, scan);
    const limit = request.limit ?? 50;
    const sort: SearchSort = request.sort === 'relevance' && p.plan.fullText !== null ? 'relevance' : 'time';
    if (request.after && ('rank' in request.after) !== (sort === 'relevance')) {
      throw new ApiError('invalid_argument', `That page cursor belongs to a search sorted by ${sort === 'relevance' ? 'time' : 'relevance'}; page on with the same sort.`);
    }
    await this.core.applyRegexes(p, scan);
    const collected = sort === 'time' ? this.collect(p) : null;
    // Ranked first: ranking words in the engine counts their matches, which spares the total a pass.
    const ranked = sort === 'relevance' && !p.plan.empty ? await this.rankedRows(p, request, limit + 1) : null;
    const total = collected?.length ?? this.core.count(p);
    let ids: number[] = [];
    let next: SearchCursor | null = null;
    if (total > 0) {
      if (ranked !== null) {
        const last = ranked[limit - 1];
        if (ranked.length > limit && last) next = { rank: last.rank, id: last.id };
        ids = ranked.slice(0, limit).map((r) => r.id);
      } else {
        const after = request.after && 'sentAt' in request.after ? { id: request.after.id, key: request.after.sentAt } : START;
        const rows = collected === null ? timePage(this.core, p, total, after, limit + 1) : pageOf(collected, after, limit + 1);
        const last = rows[limit - 1];
        if (rows.length > limit && last) next = { sentAt: last.key, id: last.id };
        ids = rows.slice(0, limit).map((r) => r.id);
      }
    }
    const page = { total, tookMs: Math.round((performance.now() - started) * 10) / 10, hits: this.hits(p, ids), next, sort, expansions: p.plan.expansions };
    this.relevance.warm(p);
    this.core.warmVocabulary(p);
    return page;
  }

  /** The relevance page after the request's cursor: ranked by the engine when it can (relevance.ts), else by FTS5. */
  private async rankedRows(p: Prepared, request: SearchRequest, want: number): Promise<RankRow[]> {
    const after = request.after && 'rank' in request.after ? request.after : null;
    return (await this.relevance.page(p, after, want)) ?? rankPage(this.core, p, after, want);
  }

  /**
   * Every match, when one pass answers both the total and the page: the few messages conditions
   * select, or the index's matches when conditions must be checked on each (so counting is not
   * index-only) and they are few; or the matches of regexes, which are all known once they have run.
   */
  private collect(p: Prepared): TimeRow[] | null {
    if (p.regexMatches) return p.regexMatches.rows;
    if (p.plan.empty || p.plan.fullText === null) return null;
    // With the words' matches read whole, the total and a page of a walk cost less than collecting.
    if (this.core.conditionsDrive(p)) return this.core.hitsOfMany(p) === null ? conditionRows(this.core, p) : null;
    if (p.plan.conditions.length + p.scope.length > 0 && this.core.fullTextMatches(p) <= COLLECT_LIMIT) return indexRows(this.core, p);
    return null;
  }

  /** checkQuery() for the search box, typed letter by letter: reads the vocabulary (~fuzzy terms) without holding the engine. */
  async checkTypedQuery(query: string): Promise<QueryCheck> {
    await this.core.readyFor(query);
    return this.checkQuery(query);
  }

  checkQuery(query: string): QueryCheck {
    try {
      this.core.plan(query);
      return { ok: true };
    } catch (e) {
      if (e instanceof QuerySyntaxError) return { ok: false, message: e.message, start: e.start, end: e.end };
      throw e;
    }
  }

  facets(query: string, conversationId?: number): Promise<SearchFacets> {
    return this.running.run(`facets in ${conversationId ?? 'case'}`, (signal) => searchFacets(this.core, query, conversationId, signal));
  }

  /** Hits among at most THREAD_HITS_MAX_RANGE messages; windows of a thread are asked side by side, so none replaces another. */
  async threadHits(query: string, conversationId: number, fromSeq: number, toSeq: number): Promise<{ hits: ThreadHit[] }> {
    return { hits: await threadHits(this.core, query, conversationId, fromSeq, toSeq) };
  }

  async adjacentThreadHit(query: string, conversationId: number, seq: number, direction: 'next' | 'previous'): Promise<{ seq: number | null }> {
    return { seq: await this.running.run(`hit step in ${conversationId}`, (signal) => adjacentThreadHit(this.core, query, conversationId, seq, direction, signal)) };
  }

  termReport(terms: string[]): Promise<TermReport> {
    return this.running.run('termReport', (signal) => termReport(this.core, terms, signal));
  }

  /** The page's messages, in the page's order, each with its snippet. */
  private hits(p: Prepared, ids: number[]): SearchHit[] {
    if (ids.length === 0) return [];
    const rows = this.core
      .statement(
        `SELECT m.id, m.conversation_id, c.title, m.seq, m.sent_at, m.sent_at_local, m.kind, pa.name AS author, m.body
         FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN participants pa ON pa.id = m.author_id
         WHERE m.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as HitRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const marks = this.core.marks(p, rows);
    return ids.map((id) => {
      const r = byId.get(id)!;
      return {
        messageId: r.id,
        conversationId: r.conversation_id,
        conversationTitle: r.title,
        seq: r.seq,
        sentAt: r.sent_at,
        sentAtLocal: r.sent_at_local,
        author: r.author,
        kind: r.kind,
        snippet: snippetOf(r.body, marks.get(id)!),
      };
    });
  }
}
