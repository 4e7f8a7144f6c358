import { useState } from 'react';
import { FormDialog } from '../dialog/FormDialog';

interface ReviewerDialogProps {
  current: string | null;
  /** Names used on this machine for this case before, offered as suggestions. */
  known: string[];
  onSave: (name: string) => void;
  onClose: () => void;
}

/** Asks who is reviewing: every tag, note and decision carries this name in the audit log. */
export function ReviewerDialog({ current, known, onSave, onClose }: ReviewerDialogProps) {
  const [name, setName] = useState(current ?? '');
  return (
    <FormDialog
      id="reviewer-dialog"
      title="Who is reviewing?"
      onClose={onClose}
      onSubmit={() => onSave(name.trim())}
      submitLabel="Start reviewing"
      submitTestId="reviewer-save"
      submitDisabled={name.trim() === ''}
    >
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
    </FormDialog>
  );
}
