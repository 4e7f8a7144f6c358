import { useState } from 'react';
import type { NoteInfo, NoteTarget } from '../../../shared/review';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import { useReview } from './reviewContext';
import { NOTE_INPUT_ID } from './useReviewActions';
import { whenText as when } from './when';

interface NotesSectionProps {
  target: NoteTarget;
  /** Stands for the target: the notes are read again when it changes. */
  targetKey: string;
  /** What the notes are on, as the heading says it: "this message", "the day". */
  label: string;
  /** Unique in the window: the message's box is the one the note key (m) goes to. */
  inputId: string;
}

/** The notes on one target, oldest first, each editable with its earlier texts kept and shown. */
export function NotesSection({ target, targetKey, label, inputId }: NotesSectionProps) {
  const review = useReview();
  const notes = useEngineValue(() => api.listNotes({ target }), `${targetKey}:${review.version}`, review.reportError, 'Could not read the notes');
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);

  const save = async (write: () => Promise<NoteInfo>, after: () => void) => {
    try {
      if ((await review.asReviewer(write)) === null) return;
      after();
      review.changed();
    } catch (error) {
      review.reportError('Could not save the note', error);
    }
  };

  return (
    <section className="coding-section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="coding-section-title">
        Notes on {label}
      </h3>
      <ul className="note-list" data-testid="note-list">
        {(notes ?? []).map((note) => (
          <li key={note.id} className="note" data-testid="note">
            {editing?.id === note.id ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  void save(() => api.editNote({ noteId: note.id, text: editing.text }), () => setEditing(null));
                }}
              >
                <textarea aria-label="Edit the note" value={editing.text} onChange={(event) => setEditing({ id: note.id, text: event.target.value })} rows={3} />
                <div className="dialog-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                  <button type="submit" className="secondary-button" data-testid="note-save-edit" disabled={editing.text.trim() === ''}>
                    Save
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p className="note-text">{note.text}</p>
                <p className="muted small">
                  {note.reviewer}, {when(note.editedAt ?? note.createdAt)}
                  {note.editedAt !== null && ' (edited)'}{' '}
                  <button type="button" className="link-button" data-testid="note-edit" onClick={() => setEditing({ id: note.id, text: note.text })}>
                    Edit
                  </button>
                </p>
                {note.history.length > 1 && (
                  <details className="note-history">
                    <summary>Earlier texts ({note.history.length - 1})</summary>
                    <ol>
                      {note.history.slice(0, -1).map((v) => (
                        <li key={v.version}>
                          <span className="note-text">{v.text}</span> <span className="muted small">— {v.reviewer}, {when(v.at)}</span>
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        className="note-add"
        onSubmit={(event) => {
          event.preventDefault();
          void save(() => api.addNote({ target, text: draft.trim() }), () => setDraft(''));
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          New note on {label}
        </label>
        <textarea
          id={inputId}
          data-testid="note-input"
          rows={2}
          placeholder={inputId === NOTE_INPUT_ID ? 'A note (m) — Ctrl+Enter saves' : 'A note — Ctrl+Enter saves'}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <button type="submit" className="secondary-button" data-testid="note-add" disabled={draft.trim() === ''}>
          Add note
        </button>
      </form>
    </section>
  );
}
