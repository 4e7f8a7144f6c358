// The contract's search methods: searches, facets, hits in a thread, term reports, and the searches a
// reviewer saves in the case (a write, so it waits for a job's transaction to end).
import { ApiError, type EngineApi } from '../../../shared/api';
import type { CaseFile } from '../case/open';
import type { JobRunner } from '../jobs/runner';
import { writeWhenFree } from '../review/busy';
import { SavedSearches } from '../search/saved-searches';
import { Searcher } from '../search/searcher';

type SearchMethods = Pick<
  EngineApi,
  | 'search' | 'checkQuery' | 'searchFacets' | 'threadHits' | 'adjacentThreadHit' | 'searchTermReport' | 'cancelSearch'
  | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch'
>;

export function searchMethods(cf: CaseFile, jobs: JobRunner): SearchMethods {
  const searcher = new Searcher(cf.reader);
  const saved = new SavedSearches(cf.writer, (query) => {
    const check = searcher.checkQuery(query);
    if (!check.ok) throw new ApiError('invalid_argument', check.message);
  });
  return {
    search: async ({ q, ...options }) => searcher.search(q, options),
    checkQuery: ({ q }) => searcher.checkTypedQuery(q),
    searchFacets: async ({ q, conversationId }) => searcher.facets(q, conversationId),
    threadHits: async ({ q, conversationId, fromSeq, toSeq }) => searcher.threadHits(q, conversationId, fromSeq, toSeq),
    adjacentThreadHit: async ({ q, conversationId, seq, direction }) => searcher.adjacentThreadHit(q, conversationId, seq, direction),
    searchTermReport: async ({ terms }) => searcher.termReport(terms),
    cancelSearch: async () => ({ cancelled: searcher.cancelSearches() }),
    listSavedSearches: async () => saved.list(),
    saveSearch: ({ name, query }) => jobs.write(() => writeWhenFree(cf.writer, () => saved.save(name, query))),
    deleteSavedSearch: ({ id }) => jobs.write(() => writeWhenFree(cf.writer, () => saved.delete(id))),
  };
}
