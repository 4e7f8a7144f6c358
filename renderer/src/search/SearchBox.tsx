import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { SearchHelp } from './SearchHelp';
import { SyntaxProblem } from './SyntaxProblem';
import { historyStep, remembered } from './queryHistory';
import { useQueryCheck } from './useQueryCheck';
import { useSubmittedQuery } from './submittedQuery';
import './search.css';

interface SearchBoxProps {
  onSearch: (query: string) => void;
  /** Escape in the box: back to the thread. */
  onLeave: () => void;
}

const MAX_ROWS = 6;

/**
 * The query editor: Enter runs the search, Shift+Enter starts a new line (a long query reads better
 * over lines), ↑ on the first line and ↓ on the last step through the searches run before.
 */
export function SearchBox({ onSearch, onLeave }: SearchBoxProps) {
  const submitted = useSubmittedQuery();
  const [query, setQuery] = useState(submitted);
  const [shown, setShown] = useState(submitted);
  const [history, setHistory] = useState<string[]>([]);
  // The history entry in the box; history.length while writing a new query (kept in `draft`).
  const [at, setAt] = useState(0);
  const [draft, setDraft] = useState('');
  // A search changed elsewhere (a facet, a saved search) shows here as what ran.
  if (submitted !== shown) {
    setShown(submitted);
    if (submitted !== '') {
      setQuery(submitted);
      const next = remembered(history, submitted);
      setHistory(next);
      setAt(next.length);
    }
  }
  const [helpOpen, setHelpOpen] = useState(false);
  const check = useQueryCheck(query);
  const problem = check !== null && !check.ok ? check : null;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = query.trim();
    if (trimmed === '') return;
    const next = remembered(history, trimmed);
    setHistory(next);
    setAt(next.length);
    onSearch(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const box = event.currentTarget;
    const onFirstLine = !box.value.slice(0, box.selectionStart).includes('\n');
    const onLastLine = !box.value.slice(box.selectionEnd).includes('\n');
    const direction = event.key === 'ArrowUp' ? -1 : 1;
    if ((direction === -1 && !onFirstLine) || (direction === 1 && !onLastLine) || history.length === 0) return;
    const target = historyStep(history, at, direction);
    if (target === at) return;
    event.preventDefault();
    if (at === history.length) setDraft(query);
    setAt(target);
    setQuery(target === history.length ? draft : history[target]!);
  };

  const rows = Math.min(MAX_ROWS, query.split('\n').length);
  return (
    <div className="search-box-area">
      <form className="search-box" role="search" onSubmit={submit}>
        <textarea
          id="search-input"
          data-testid="search-input"
          aria-label="Search all messages"
          aria-keyshortcuts="/ Control+F"
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? 'search-syntax-problem' : 'search-box-hint'}
          placeholder="Search messages: words, &quot;phrases&quot;, AND OR NOT, w/5, from:… (Enter)"
          value={query}
          rows={rows}
          maxLength={2000}
          spellCheck={false}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            setQuery(event.target.value);
            setAt(history.length);
          }}
        />
        <span id="search-box-hint" className="visually-hidden">
          Enter searches and opens the first hit; Shift+Enter starts a new line; up and down arrows step through earlier searches; Escape goes back to the thread.
        </span>
        <button
          type="button"
          className="search-help-toggle"
          data-testid="search-help-toggle"
          aria-expanded={helpOpen}
          aria-controls="search-help"
          aria-label="How to write a search"
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
