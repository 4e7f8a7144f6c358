import type { TermExpansion } from '../../../shared/api';
import { formatCount } from '../format';

/** Which indexed words a ~fuzzy or emoji term was searched as: the reviewer sees what ran. */
export function ExpansionNotes({ expansions }: { expansions: TermExpansion[] }) {
  if (expansions.length === 0) return null;
  return (
    <ul className="search-expansions" data-testid="search-expansions">
      {expansions.map((e) => (
        <li key={`${e.start}:${e.term}`}>
          <code>{e.term}</code> searched as{' '}
          {e.used.length === 0 ? <em>nothing: no {e.kind === 'fuzzy' ? 'similar words' : 'words containing it'} in the case</em> : e.used.join(', ')}
          {e.omitted > 0 && ` and ${formatCount(e.omitted)} less ${e.kind === 'fuzzy' ? 'similar' : 'frequent'} words not searched`}
        </li>
      ))}
    </ul>
  );
}
