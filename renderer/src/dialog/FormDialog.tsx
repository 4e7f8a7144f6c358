import type { ReactNode } from 'react';
import { titleIdOf, useDialogFrame } from './useDialogFrame';

interface FormDialogProps {
  /** The dialog's test id; its heading's id is this with `-title`. */
  id: string;
  /** The dialog's own class, for what it lays out inside. */
  className?: string;
  title: ReactNode;
  onClose: () => void;
  /** Called on the submit button or Enter in a field, only while the submit button is enabled. */
  onSubmit: () => void;
  submitLabel: ReactNode;
  submitTestId: string;
  submitDisabled: boolean;
  children: ReactNode;
}

/** A small dialog that is one form: its title, its fields, then Cancel and the submit button. */
export function FormDialog({ id, className, title, onClose, onSubmit, submitLabel, submitTestId, submitDisabled, children }: FormDialogProps) {
  const frame = useDialogFrame<HTMLFormElement>(id, onClose);
  return (
    <div className="overlay">
      <form
        {...frame}
        className={className === undefined ? 'dialog-frame small-dialog' : `dialog-frame small-dialog ${className}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitDisabled) onSubmit();
        }}
      >
        <h2 id={titleIdOf(id)} className="small-dialog-title">
          {title}
        </h2>
        {children}
        <div className="dialog-actions">
          <button type="button" className="secondary-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary-button" data-testid={submitTestId} disabled={submitDisabled}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
