import { useEffect, useState } from 'react';
import type { FacetBucket, SearchFacets } from '../../../shared/api';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { formatCount, formatMs } from '../format';

interface FacetsPanelProps {
  query: string;
  /** Narrows the search by a bucket's query clause. */
  onNarrow: (clause: string) => void;
}

type Loaded = { query: string; facets: SearchFacets } | { query: string; error: string };

/** How the hits spread over conversations, authors, custodians and days; a bucket narrows the search. */
export function FacetsPanel({ query, onNarrow }: FacetsPanelProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    api.searchFacets({ q: query }).then(
      (facets) => current && setLoaded({ query, facets }),
      (error: unknown) => current && setLoaded({ query, error: `The breakdown could not be computed: ${readableError(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [query]);
  if (loaded === null || loaded.query !== query) return <p className="search-note">Counting…</p>;
  if ('error' in loaded) return <p className="search-note is-error">{loaded.error}</p>;
  const { facets } = loaded;
  return (
    <section className="search-facets" data-testid="search-facets" aria-label="Breakdown of the hits">
      <FacetGroup name="Conversations" facet="conversation" buckets={facets.conversations} more={facets.more.conversations} onNarrow={onNarrow} />
      <FacetGroup name="Authors" facet="author" buckets={facets.authors} more={facets.more.authors} onNarrow={onNarrow} />
      <FacetGroup name="Custodians" facet="custodian" buckets={facets.custodians} more={facets.more.custodians} onNarrow={onNarrow} />
      <FacetGroup name={`Days (${facets.timeZone})`} facet="day" buckets={facets.days} more={0} onNarrow={onNarrow} scroll />
      <p className="search-note">Counted in {formatMs(facets.tookMs)}.</p>
    </section>
  );
}

interface FacetGroupProps {
  name: string;
  facet: string;
  buckets: FacetBucket[];
  more: number;
  onNarrow: (clause: string) => void;
  scroll?: boolean;
}

function FacetGroup({ name, facet, buckets, more, onNarrow, scroll = false }: FacetGroupProps) {
  return (
    <div className="facet-group">
      <div className="facet-name">{name}</div>
      <ul className={`facet-buckets${scroll ? ' is-scrolling' : ''}`}>
        {buckets.map((b) => (
          <li key={b.key}>
            <button
              type="button"
              className="facet-bucket"
              data-testid="facet-bucket"
              data-facet={facet}
              disabled={b.filter === null}
              title={b.filter === null ? 'No search field narrows to this' : `Add ${b.filter} to the search`}
              onClick={() => b.filter !== null && onNarrow(b.filter)}
            >
              <span className="facet-label">{b.label}</span>
              <span className="facet-count">{formatCount(b.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <div className="search-note">and {formatCount(more)} more with fewer hits</div>}
    </div>
  );
}
