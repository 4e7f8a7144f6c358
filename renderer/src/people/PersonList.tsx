import { useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/model';
import { countOf } from '../format';
import { sourcesOf } from './words';

interface PersonListProps {
  persons: Person[] | null;
  selectedId: number | null;
  busy: boolean;
  onSelect: (personId: number) => void;
  onMerge: (personIds: number[], displayName?: string) => void;
}

/** Every person, filtered by any name a source wrote or its number; ticked persons can be merged by hand. */
export function PersonList({ persons, selectedId, busy, onSelect, onMerge }: PersonListProps) {
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState<number[]>([]);
  const [name, setName] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = (persons ?? []).filter(
    (p) => needle === '' || p.name.toLowerCase().includes(needle) || p.participants.some((x) => x.name.toLowerCase().includes(needle) || x.identity.key.includes(needle)),
  );
  const tick = (id: number, on: boolean) => setTicked((t) => (on ? [...t, id] : t.filter((x) => x !== id)));
  const live = ticked.filter((id) => persons?.some((p) => p.id === id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onMerge(live, name.trim() === '' ? undefined : name.trim());
    setTicked([]);
    setName('');
  };

  return (
    <>
      <h3 className="people-section-title">Persons</h3>
      <input className="person-filter" type="search" placeholder="Filter by name or number" aria-label="Filter persons" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="person-list" data-testid="person-list">
        {shown.map((p) => (
          <li key={p.id} className={`person-item${p.id === selectedId ? ' is-selected' : ''}`} data-testid="person-item" data-person-id={p.id}>
            <input type="checkbox" aria-label={`Select ${p.name} for a merge`} data-testid="person-check" checked={live.includes(p.id)} onChange={(e) => tick(p.id, e.target.checked)} />
            <button type="button" onClick={() => onSelect(p.id)}>
              <strong data-testid="person-item-name">{p.name}</strong>
              <span className="muted">
                {countOf(p.participants.length, 'participant')} · {sourcesOf(p).length === 1 ? sourcesOf(p)[0] : countOf(sourcesOf(p).length, 'source')} · {countOf(p.messageCount, 'message')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <form className="merge-selected" onSubmit={submit}>
        <input value={name} maxLength={200} placeholder="Name (optional)" aria-label="Name of the merged person" onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="secondary-button" data-testid="merge-selected" disabled={busy || live.length < 2}>
          Merge {live.length >= 2 ? live.length : ''} selected
        </button>
      </form>
    </>
  );
}
