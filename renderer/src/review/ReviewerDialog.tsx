import { useRef, useState } from 'react';
import { useModal } from '../engine/useModal';
import './review.css';

interface ReviewerDialogProps {
  current: string | null;
  /** Names used on this machine for this case before, offered as suggestions. */
  known: string[];
  onSave: (name: string) => void;
  onClose: () => void;
}

/** Asks who is reviewing: every tag, note and decision carries this name in the audit log. */
export function ReviewerDialog({ current, known, onSave, onClose }: ReviewerDialogProps) {
  const dialogRef = useRef<HTMLFormElement>(null);
  useModal(onClose, dialogRef);
  const [name, setName] = useState(current ?? '');
  return (
    <div className="overlay">
      <form
        ref={dialogRef}
        className="small-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reviewer-dialog-title"
        data-testid="reviewer-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') onSave(name.trim());
        }}
      >
        <h2 id="reviewer-dialog-title" className="small-dialog-title">
          Who is reviewing?
        </h2>
        <p className="muted small">Every tag, note and decision is recorded with this name and the time, in the case's audit log.</p>
        <label className="field">
          <span>Reviewer's name</span>
          <input data-testid="reviewer-name-input" list="known-reviewers" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={200} />
        </label>
        <datalist id="known-reviewers">
          {known.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="secondary-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary-button" data-testid="reviewer-save" disabled={name.trim() === ''}>
            Start reviewing
          </button>
        </div>
      </form>
    </div>
  );
}
