import { useState } from 'react';
import type { SearchHit, SearchSort } from '../../../shared/api';
import { countOf, formatCount, formatMs } from '../format';
import { ExpansionNotes } from './ExpansionNotes';
import { FacetsPanel } from './FacetsPanel';
import { SavedSearchesPanel } from './SavedSearchesPanel';
import { SearchHitItem } from './SearchHitItem';
import { TermReportPanel } from './TermReportPanel';
import type { SearchState } from './useSearch';
import './search.css';

interface SearchResultsProps {
  search: SearchState;
  activeMessageId: number | null;
  onOpenHit: (hit: SearchHit) => void;
  onLoadMore: () => void;
  onClose: () => void;
  onSearch: (query: string, sort?: SearchSort) => void;
}

type Tool = 'facets' | 'report' | 'saved';

export function SearchResults({ search, activeMessageId, onOpenHit, onLoadMore, onClose, onSearch }: SearchResultsProps) {
  const [tool, setTool] = useState<Tool | null>(null);
  const toggle = (t: Tool) => setTool((open) => (open === t ? null : t));
  const done = search.status === 'done';
  return (
    <aside className="search-results" data-testid="search-results" aria-label="Search results">
      <div className="panel-heading">
        <div>
          <div className="panel-title">Results for “{search.query}”</div>
          <div className="panel-subtitle" data-testid="search-summary">
            {search.status === 'searching' && 'Searching…'}
            {search.status === 'failed' && 'The search could not run.'}
            {done && `${countOf(search.total, 'message')} · ${formatMs(search.tookMs)}`}
          </div>
        </div>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close search results">
          Close
        </button>
      </div>
      <div className="search-tools">
        <label className="search-sort">
          Sort{' '}
          <select data-testid="search-sort" value={search.sort} onChange={(e) => onSearch(search.query, e.target.value as SearchSort)}>
            <option value="time">by time</option>
            <option value="relevance">by relevance</option>
          </select>
        </label>
        {(['facets', 'report', 'saved'] as const).map((t) => (
          <button key={t} type="button" className={`search-tool${tool === t ? ' is-open' : ''}`} data-testid={`search-tool-${t}`} aria-expanded={tool === t} onClick={() => toggle(t)}>
            {t === 'facets' ? 'Breakdown' : t === 'report' ? 'Term report' : 'Saved searches'}
          </button>
        ))}
      </div>
      {done && search.sort === 'relevance' && search.appliedSort === 'time' && (
        <p className="search-note">Sorted by time: this search has no words to rank by.</p>
      )}
      {done && <ExpansionNotes expansions={search.expansions} />}
      {tool === 'facets' && done && <FacetsPanel query={search.query} onNarrow={(clause) => onSearch(`${search.query} ${clause}`)} />}
      {tool === 'report' && <TermReportPanel initialTerms={search.query} />}
      {tool === 'saved' && <SavedSearchesPanel query={search.query} onRun={(query) => onSearch(query)} />}
      {done && search.hits.length === 0 && (
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
