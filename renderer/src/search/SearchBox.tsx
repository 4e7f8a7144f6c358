import { useState, type FormEvent } from 'react';
import { SearchHelp } from './SearchHelp';
import { SyntaxProblem } from './SyntaxProblem';
import { useQueryCheck } from './useQueryCheck';
import { useSubmittedQuery } from './submittedQuery';
import './search.css';

interface SearchBoxProps {
  onSearch: (query: string) => void;
}

export function SearchBox({ onSearch }: SearchBoxProps) {
  const submitted = useSubmittedQuery();
  const [query, setQuery] = useState(submitted);
  const [shown, setShown] = useState(submitted);
  // A search changed elsewhere (a facet, a saved search) shows here as what ran.
  if (submitted !== shown) {
    setShown(submitted);
    if (submitted !== '') setQuery(submitted);
  }
  const [helpOpen, setHelpOpen] = useState(false);
  const check = useQueryCheck(query);
  const problem = check !== null && !check.ok ? check : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed !== '') onSearch(trimmed);
  };

  return (
    <div className="search-box-area">
      <form className="search-box" role="search" onSubmit={submit}>
        <input
          type="search"
          data-testid="search-input"
          aria-label="Search all messages"
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? 'search-syntax-problem' : undefined}
          placeholder="Search messages: words, &quot;phrases&quot;, AND OR NOT, w/5, from:… (Enter)"
          value={query}
          maxLength={2000}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="search-help-toggle"
          data-testid="search-help-toggle"
          aria-expanded={helpOpen}
          aria-controls="search-help"
          title="How to write a search"
          onClick={() => setHelpOpen((open) => !open)}
        >
          ?
        </button>
      </form>
      {problem !== null && <SyntaxProblem id="search-syntax-problem" query={query} problem={problem} />}
      {helpOpen && <SearchHelp id="search-help" onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
