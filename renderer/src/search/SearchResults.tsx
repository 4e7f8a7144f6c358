import type { SearchHit } from '../../../shared/api';
import { countOf, formatCount, formatMs } from '../format';
import { SearchHitItem } from './SearchHitItem';
import type { SearchState } from './useSearch';

interface SearchResultsProps {
  search: SearchState;
  activeMessageId: number | null;
  onOpenHit: (hit: SearchHit) => void;
  onLoadMore: () => void;
  onClose: () => void;
}

export function SearchResults({ search, activeMessageId, onOpenHit, onLoadMore, onClose }: SearchResultsProps) {
  return (
    <aside className="search-results" data-testid="search-results" aria-label="Search results">
      <div className="panel-heading">
        <div>
          <div className="panel-title">Results for “{search.query}”</div>
          <div className="panel-subtitle" data-testid="search-summary">
            {search.status === 'searching' && 'Searching…'}
            {search.status === 'failed' && 'The search could not run.'}
            {search.status === 'done' &&
              `${countOf(search.total, 'message')} · ${formatMs(search.tookMs)}`}
          </div>
        </div>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close search results">
          Close
        </button>
      </div>
      {search.status === 'done' && search.hits.length === 0 && (
        <p className="empty-note" data-testid="search-empty">
          No messages match “{search.query}”.
        </p>
      )}
      <ol className="search-hit-list">
        {search.hits.map((hit) => (
          <SearchHitItem key={hit.messageId} hit={hit} active={hit.messageId === activeMessageId} onOpen={onOpenHit} />
        ))}
      </ol>
      {search.next !== null && (
        <button type="button" className="secondary-button load-more" onClick={onLoadMore} disabled={search.loadingMore}>
          {search.loadingMore ? 'Loading…' : `Load more (${formatCount(search.hits.length)} of ${formatCount(search.total)} shown)`}
        </button>
      )}
    </aside>
  );
}
