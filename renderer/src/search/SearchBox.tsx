import { useState, type FormEvent } from 'react';

interface SearchBoxProps {
  onSearch: (query: string) => void;
}

export function SearchBox({ onSearch }: SearchBoxProps) {
  const [query, setQuery] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed !== '') onSearch(trimmed);
  };

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input
        type="search"
        data-testid="search-input"
        aria-label="Search all messages"
        placeholder="Search messages (Enter)"
        value={query}
        maxLength={2000}
        onChange={(event) => setQuery(event.target.value)}
      />
    </form>
  );
}
