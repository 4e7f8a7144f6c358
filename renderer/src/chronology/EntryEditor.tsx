import { useState } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology';
import type { Person } from '../../../shared/model';

export interface EntryEdit {
  title: string;
  description: string;
  labels: string[];
  personIds: number[];
  people: string[];
  addTo: string[];
}

interface EntryEditorProps {
  entry: ChronologyEntry;
  persons: Person[];
  chronologies: string[];
  onSave: (edit: EntryEdit) => void;
  onRemove: () => void;
  onOpen: (() => void) | null;
}

const listOf = (text: string) => text.split(/[;,]/).map((v) => v.trim()).filter((v) => v !== '');

/**
 * One entry's words and people. People come from People; only an outside event, which may concern
 * someone who never wrote in the case, also takes free names.
 */
export function EntryEditor({ entry, persons, chronologies, onSave, onRemove, onOpen }: EntryEditorProps) {
  const [title, setTitle] = useState(entry.title);
  const [description, setDescription] = useState(entry.description);
  const [labels, setLabels] = useState(entry.labels.join(', '));
  const [personIds, setPersonIds] = useState(entry.persons.flatMap((p) => (p.id === null ? [] : [String(p.id)])));
  const [names, setNames] = useState(entry.persons.filter((p) => p.id === null).map((p) => p.name).join(', '));
  const [addTo, setAddTo] = useState('');
  const others = chronologies.filter((name) => !entry.chronologies.includes(name));
  return (
    <form
      className="chronology-editor"
      data-testid="chronology-editor"
      aria-label={`Entry ${entry.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ title, description, labels: listOf(labels), personIds: personIds.map(Number), people: entry.kind === 'event' ? listOf(names) : [], addTo: listOf(addTo) });
      }}
    >
      <div className="chronology-editor-head">
        <b>Entry {entry.id}</b>
        <span className="muted small">
          {entry.kind} · made by {entry.createdBy} · last changed by {entry.changedBy}
        </span>
      </div>
      <label className="field">
        <span>Title</span>
        <input data-testid="chronology-edit-title" value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field">
        <span>Description</span>
        <textarea data-testid="chronology-edit-description" rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      <label className="field">
        <span>Labels (comma between)</span>
        <input data-testid="chronology-edit-labels" value={labels} onChange={(event) => setLabels(event.target.value)} />
      </label>
      <label className="field">
        <span>People (from People; Ctrl+click for several)</span>
        <select multiple data-testid="chronology-edit-people" size={Math.min(6, Math.max(3, persons.length))} value={personIds} onChange={(event) => setPersonIds([...event.target.selectedOptions].map((o) => o.value))}>
          {persons.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {entry.kind === 'event' && (
        <label className="field">
          <span>Others, not in the case (comma between)</span>
          <input data-testid="chronology-edit-names" value={names} onChange={(event) => setNames(event.target.value)} />
        </label>
      )}
      <label className="field">
        <span>Also put in chronology (in {entry.chronologies.join(', ')} now)</span>
        <input list="chronology-other-names" data-testid="chronology-edit-add-to" value={addTo} maxLength={200} onChange={(event) => setAddTo(event.target.value)} />
        <datalist id="chronology-other-names">
          {others.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <div className="dialog-actions">
        {onOpen !== null && (
          <button type="button" className="secondary-button" onClick={onOpen}>
            Open in thread
          </button>
        )}
        <button type="button" className="secondary-button danger-text" data-testid="chronology-remove" onClick={onRemove}>
          Remove entry
        </button>
        <button type="submit" className="primary-button" data-testid="chronology-save" disabled={title.trim() === ''}>
          Save
        </button>
      </div>
    </form>
  );
}
