import { useCallback, useRef, useState } from 'react';
import type { SearchHit, SearchPage } from '../../../shared/api';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';

const HITS_PER_PAGE = 50;

export interface SearchState {
  query: string;
  status: 'searching' | 'done' | 'failed';
  hits: SearchHit[];
  total: number;
  tookMs: number;
  next: SearchPage['next'];
  loadingMore: boolean;
}

export function useSearch(reportError: ReportError) {
  const [search, setSearch] = useState<SearchState | null>(null);
  // Each new query (or closing the panel) bumps this, so answers to older requests are dropped.
  const generation = useRef(0);

  const runSearch = useCallback(
    async (query: string) => {
      const mine = ++generation.current;
      setSearch({ query, status: 'searching', hits: [], total: 0, tookMs: 0, next: null, loadingMore: false });
      try {
        const page = await api.search({ q: query, limit: HITS_PER_PAGE });
        if (mine !== generation.current) return;
        setSearch({ query, status: 'done', ...page, loadingMore: false });
      } catch (error) {
        if (mine !== generation.current) return;
        setSearch((s) => s && { ...s, status: 'failed' });
        reportError(`Search for “${query}” failed`, error);
      }
    },
    [reportError],
  );

  const loadMore = useCallback(async () => {
    if (search === null || search.next === null || search.loadingMore) return;
    const mine = generation.current;
    const { query, next } = search;
    setSearch({ ...search, loadingMore: true });
    try {
      const page = await api.search({ q: query, limit: HITS_PER_PAGE, after: next });
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
    setSearch(null);
  }, []);

  return { search, runSearch, loadMore, closeSearch };
}
