import { BulkTagControls } from './BulkTagControls';
import './review.css';

/** Every hit of the search in force, tagged (or untagged) as one job: one action, undone as one. */
export function BulkTagHits({ query, say }: { query: string; say: (status: string) => void }) {
  return (
    <section className="bulk-tag" aria-label="Tag every hit of the search" data-testid="bulk-tag">
      <BulkTagControls
        what={`Every hit of “${query}”`}
        selection={() => ({ kind: 'query', query })}
        label="Every hit:"
        startText={{ add: 'Tag all hits', remove: 'Untag all hits' }}
        testId="bulk-tag"
        say={say}
      />
    </section>
  );
}
