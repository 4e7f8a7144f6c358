import { useCallback, useRef, useState } from 'react';
import { ApiError, type SearchHit, type SearchPage, type SearchSort, type TermExpansion } from '../../../shared/api';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { publishSubmittedQuery } from './submittedQuery';

const HITS_PER_PAGE = 50;

export interface SearchState {
  query: string;
  /** The sort asked for; `page.sort` in `appliedSort` says what the engine could apply. */
  sort: SearchSort;
  appliedSort: SearchSort;
  /** 'stopped': the reviewer stopped it (or a newer search replaced it) before it finished. */
  status: 'searching' | 'done' | 'failed' | 'stopped';
  hits: SearchHit[];
  total: number;
  tookMs: number;
  next: SearchPage['next'];
  expansions: TermExpansion[];
  loadingMore: boolean;
}

export function useSearch(reportError: ReportError) {
  const [search, setSearch] = useState<SearchState | null>(null);
  // Each new query (or closing the panel) bumps this, so answers to older requests are dropped.
  const generation = useRef(0);

  /** Runs a search; resolves with its first page of hits, or null when it failed or was replaced. */
  const runSearch = useCallback(
    async (query: string, sort?: SearchSort): Promise<SearchHit[] | null> => {
      const mine = ++generation.current;
      publishSubmittedQuery(query);
      const wanted = sort ?? search?.sort ?? 'time';
      setSearch({ query, sort: wanted, appliedSort: wanted, status: 'searching', hits: [], total: 0, tookMs: 0, next: null, expansions: [], loadingMore: false });
      try {
        const page = await api.search({ q: query, limit: HITS_PER_PAGE, sort: wanted });
        if (mine !== generation.current) return null;
        setSearch({ query, sort: wanted, appliedSort: page.sort, status: 'done', hits: page.hits, total: page.total, tookMs: page.tookMs, next: page.next, expansions: page.expansions, loadingMore: false });
        return page.hits;
      } catch (error) {
        if (mine !== generation.current) return null;
        if (error instanceof ApiError && error.code === 'cancelled') {
          setSearch((s) => s && { ...s, status: 'stopped' });
          return null;
        }
        setSearch((s) => s && { ...s, status: 'failed' });
        reportError(`Search for “${query}” failed`, error);
        return null;
      }
    },
    [reportError, search?.sort],
  );

  /** Loads the next page; resolves with every hit loaded so far (null when nothing more could be loaded). */
  const loadMore = useCallback(async (): Promise<SearchHit[] | null> => {
    if (search === null || search.next === null || search.loadingMore) return null;
    const mine = generation.current;
    const { query, next, sort } = search;
    setSearch({ ...search, loadingMore: true });
    try {
      const page = await api.search({ q: query, limit: HITS_PER_PAGE, after: next, sort });
      if (mine !== generation.current) return null;
      const hits = [...search.hits, ...page.hits];
      setSearch((s) => s && { ...s, hits, next: page.next, tookMs: page.tookMs, loadingMore: false });
      return hits;
    } catch (error) {
      if (mine !== generation.current) return null;
      setSearch((s) => s && { ...s, loadingMore: false });
      reportError('Could not load more search results', error);
      return null;
    }
  }, [search, reportError]);

  /** Asks the engine to stop every search still running; the one shown ends as 'stopped'. */
  const stopSearch = useCallback(() => {
    api.cancelSearch({}).catch((error: unknown) => reportError('Could not stop the search', error));
  }, [reportError]);

  const closeSearch = useCallback(() => {
    generation.current++;
    publishSubmittedQuery('');
    // A long regex scan nobody waits for any more would keep the engine busy.
    if (search?.status === 'searching') stopSearch();
    setSearch(null);
  }, [search?.status, stopSearch]);

  // The thread marks the hits of a search that ran; a query that failed to parse marks nothing.
  const highlightQuery = search !== null && search.status !== 'failed' ? search.query : null;

  return { search, runSearch, loadMore, stopSearch, closeSearch, highlightQuery };
}
