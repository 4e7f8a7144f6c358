import { useCallback, useRef, useState } from 'react';
import type { SearchHit, SearchPage, SearchSort, TermExpansion } from '../../../shared/api';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { publishSubmittedQuery } from './submittedQuery';

const HITS_PER_PAGE = 50;

export interface SearchState {
  query: string;
  /** The sort asked for; `page.sort` in `appliedSort` says what the engine could apply. */
  sort: SearchSort;
  appliedSort: SearchSort;
  status: 'searching' | 'done' | 'failed';
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

  const runSearch = useCallback(
    async (query: string, sort?: SearchSort) => {
      const mine = ++generation.current;
      publishSubmittedQuery(query);
      const wanted = sort ?? search?.sort ?? 'time';
      setSearch({ query, sort: wanted, appliedSort: wanted, status: 'searching', hits: [], total: 0, tookMs: 0, next: null, expansions: [], loadingMore: false });
      try {
        const page = await api.search({ q: query, limit: HITS_PER_PAGE, sort: wanted });
        if (mine !== generation.current) return;
        setSearch({ query, sort: wanted, appliedSort: page.sort, status: 'done', hits: page.hits, total: page.total, tookMs: page.tookMs, next: page.next, expansions: page.expansions, loadingMore: false });
      } catch (error) {
        if (mine !== generation.current) return;
        setSearch((s) => s && { ...s, status: 'failed' });
        reportError(`Search for “${query}” failed`, error);
      }
    },
    [reportError, search?.sort],
  );

  const loadMore = useCallback(async () => {
    if (search === null || search.next === null || search.loadingMore) return;
    const mine = generation.current;
    const { query, next, sort } = search;
    setSearch({ ...search, loadingMore: true });
    try {
      const page = await api.search({ q: query, limit: HITS_PER_PAGE, after: next, sort });
      if (mine !== generation.current) return;
      setSearch((s) => s && { ...s, hits: [...s.hits, ...page.hits], next: page.next, tookMs: page.tookMs, loadingMore: false });
    } catch (error) {
      if (mine !== generation.current) return;
      setSearch((s) => s && { ...s, loadingMore: false });
      reportError('Could not load more search results', error);
    }
  }, [search, reportError]);

  const closeSearch = useCallback(() => {
    generation.current++;
    publishSubmittedQuery('');
    setSearch(null);
  }, []);

  // The thread marks the hits of a search that ran; a query that failed to parse marks nothing.
  const highlightQuery = search !== null && search.status !== 'failed' ? search.query : null;

  return { search, runSearch, loadMore, closeSearch, highlightQuery };
}
