import type { ReactNode } from 'react';
import { titleIdOf, useDialogFrame } from './useDialogFrame';

interface PanelDialogProps {
  /** The dialog's test id; its heading's id is this with `-title`. */
  id: string;
  /**
   * The dialog's size and its own classes: `sources-dialog` (the usual size) or a class that sets its
   * own width and max-height. Not both: styles.css comes last in the bundle, so its size would win.
   */
  className: string;
  title: ReactNode;
  /** The dialog's own controls in its heading, between the title and Close. */
  heading?: ReactNode;
  onClose: () => void;
  /** While work runs that closing would leave without its outcome: Escape is refused too. */
  closeDisabled?: boolean;
  children: ReactNode;
}

function stayOpen(): void {}

/** The frame of a large dialog: the overlay, the panel titled by its heading, and Close. */
export function PanelDialog({ id, className, title, heading, onClose, closeDisabled = false, children }: PanelDialogProps) {
  const frame = useDialogFrame<HTMLElement>(id, closeDisabled ? stayOpen : onClose);
  return (
    <div className="overlay">
      <section {...frame} className={`dialog-frame ${className}`}>
        <header className="panel-heading">
          <h2 className="panel-title" id={titleIdOf(id)}>
            {title}
          </h2>
          {heading}
          <button type="button" className="link-button" onClick={onClose} disabled={closeDisabled}>
            Close
          </button>
        </header>
        {children}
      </section>
    </div>
  );
}
