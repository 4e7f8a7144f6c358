import { useMemo, useState, type ReactNode } from 'react';
import type { SearchHit, SearchSort } from '../../../shared/api';
import { countOf, formatCount, formatMs, utcOffsetText } from '../format';
import { ExpansionNotes } from './ExpansionNotes';
import { FacetsPanel } from './FacetsPanel';
import { SavedSearchesPanel } from './SavedSearchesPanel';
import { PaneSplitter } from './PaneSplitter';
import { SearchHitItem } from './SearchHitItem';
import { TermReportPanel } from './TermReportPanel';
import type { SearchState } from './useSearch';
import './search.css';

interface SearchResultsProps {
  search: SearchState;
  activeMessageId: number | null;
  /** Where the open hit is in the results (-1: none open). */
  hitIndex: number;
  onStep: (direction: 1 | -1) => void;
  /** The pane's width, set by dragging its edge. */
  width: number;
  onWidth: (width: number) => void;
  onOpenHit: (hit: SearchHit) => void;
  onLoadMore: () => void;
  onStop: () => void;
  onClose: () => void;
  onSearch: (query: string, sort?: SearchSort) => void;
  /** What the case does with every hit at once (tag them all), shown once the search is done. */
  hitTools?: ReactNode;
}

type Tool = 'facets' | 'report' | 'saved';

export function SearchResults({ search, activeMessageId, hitIndex, onStep, width, onWidth, onOpenHit, onLoadMore, onStop, onClose, onSearch, hitTools }: SearchResultsProps) {
  const [tool, setTool] = useState<Tool | null>(null);
  const toggle = (t: Tool) => setTool((open) => (open === t ? null : t));
  const done = search.status === 'done';
  // Hits are listed in each source's own clock; when those clocks are in different zones, the
  // list says so, since it is sorted by the instant and the clock times alone would look out of order.
  const offsets = useMemo(() => [...new Set(search.hits.flatMap((h) => utcOffsetText(h.sentAtLocal, h.sentAt) ?? []))].sort(), [search.hits]);
  return (
    <aside className="search-results" data-testid="search-results" aria-labelledby="search-results-title">
      <PaneSplitter width={width} min={260} max={900} onWidth={onWidth} label="Width of the search results" />
      <div className="panel-heading">
        <div>
          <h2 className="panel-title" id="search-results-title">
            Results for “{search.query}”
          </h2>
          <div className="panel-subtitle" data-testid="search-summary">
            {search.status === 'searching' && (
              <>
                Searching…{' '}
                <button type="button" className="link-button" data-testid="search-stop" onClick={onStop}>
                  Stop
                </button>
              </>
            )}
            {search.status === 'failed' && 'The search could not run.'}
            {search.status === 'stopped' && 'Stopped before it finished.'}
            {done && `${countOf(search.total, 'message')} · ${formatMs(search.tookMs)}`}
          </div>
        </div>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close search results">
          Close
        </button>
      </div>
      {done && search.hits.length > 0 && hitTools}
      {done && search.hits.length > 0 && (
        <div className="result-stepper" role="group" aria-label="Step through the hits">
          <button type="button" className="secondary-button" data-testid="result-previous" aria-keyshortcuts="Shift+N" title="Previous hit (Shift+N)" onClick={() => onStep(-1)} disabled={hitIndex === 0}>
            ‹ Previous
          </button>
          <span className="result-position" data-testid="result-position">
            {hitIndex === -1 ? `${countOf(search.total, 'hit')}` : `Hit ${formatCount(hitIndex + 1)} of ${formatCount(search.total)}`}
          </span>
          <button type="button" className="secondary-button" data-testid="result-next" aria-keyshortcuts="n" title="Next hit, in this list's order across conversations (n)" onClick={() => onStep(1)}>
            Next ›
          </button>
        </div>
      )}
      {done && offsets.length > 1 && (
        <p className="search-note" data-testid="mixed-zones">
          These hits come from sources in different zones ({offsets.join(', ')}). Each time is that source’s own clock, with its offset; the list is in order of the instant (UTC).
        </p>
      )}
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
