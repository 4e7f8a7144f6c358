import { useEffect, useState, type FormEvent } from 'react';
import type { SavedSearch } from '../../../shared/api';
import { api } from '../api';
import { readableError } from '../errors/readableError';

interface SavedSearchesPanelProps {
  query: string;
  onRun: (query: string) => void;
}

/** Searches kept in the case: run one, delete one, or save the current search under a name. */
export function SavedSearchesPanel({ query, onRun }: SavedSearchesPanelProps) {
  const [saved, setSaved] = useState<SavedSearch[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Bumped after a save or a delete, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.listSavedSearches({}).then(
      (list) => current && setSaved(list),
      (e: unknown) => current && setError(`The saved searches could not be read: ${readableError(e)}`),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const act = async (what: string, action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setVersion((v) => v + 1);
      return true;
    } catch (e) {
      setError(`${what}: ${readableError(e)}`);
      return false;
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await act('Could not save the search', () => api.saveSearch({ name, query }))) setName('');
  };

  return (
    <section className="saved-searches" data-testid="saved-searches" aria-label="Saved searches">
      <form className="saved-search-form" onSubmit={(e) => void save(e)}>
        <input data-testid="saved-search-name" aria-label="Name for this search" placeholder="Name this search" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="secondary-button" data-testid="saved-search-save" disabled={name.trim() === ''}>
          Save
        </button>
      </form>
      {error !== null && <p className="search-note is-error">{error}</p>}
      {saved !== null && saved.length === 0 && <p className="search-note">No saved searches in this case yet.</p>}
      <ul className="saved-search-list">
        {saved?.map((s) => (
          <li key={s.id} className="saved-search" data-testid="saved-search">
            <button type="button" className="link-button" title={`${s.query}\nSaved by ${s.actor}, ${new Date(s.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`} onClick={() => onRun(s.query)}>
              {s.name}
            </button>
            <code className="saved-search-query">{s.query}</code>
            {/* A saved search as a review batch: what of it is still untagged, to code hit by hit. */}
            <button type="button" className="link-button" data-testid="saved-search-uncoded" title={`(${s.query}) tag:none`} onClick={() => onRun(`(${s.query}) tag:none`)}>
              Untagged
            </button>
            <button type="button" className="link-button" aria-label={`Delete ${s.name}`} onClick={() => void act('Could not delete the search', () => api.deleteSavedSearch({ id: s.id }))}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
