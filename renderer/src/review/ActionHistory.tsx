import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import { useReview } from './reviewContext';
import { whenText } from './when';

const SHOWN = 8;

/** The latest coding actions, newest first, with Undo and Redo (z and Shift+Z). */
export function ActionHistory({ onUndo }: { onUndo: (redo: boolean) => void }) {
  const review = useReview();
  const actions = useEngineValue(() => api.listReviewActions({ limit: SHOWN }), String(review.version), review.reportError, 'Could not read the coding history');
  return (
    <section className="coding-section" aria-labelledby="coding-history-title">
      <h3 id="coding-history-title" className="coding-section-title">
        History
        <span className="coding-history-buttons">
          <button type="button" className="secondary-button" data-testid="review-undo" onClick={() => onUndo(false)} aria-keyshortcuts="z Control+z" title="Undo the last coding action (z or Ctrl+Z)">
            Undo
          </button>
          <button type="button" className="secondary-button" data-testid="review-redo" onClick={() => onUndo(true)} aria-keyshortcuts="Shift+Z Control+y" title="Redo (Shift+Z or Ctrl+Y)">
            Redo
          </button>
        </span>
      </h3>
      {actions?.length === 0 && <p className="muted small">Nothing coded yet.</p>}
      <ol className="action-history" data-testid="action-history">
        {(actions ?? []).map((a) => (
          <li key={a.id} className={`action-${a.state}`} data-state={a.state}>
            <span className="action-summary">{a.summary}</span>
            <span className="muted small">
              {a.reviewer}, {whenText(a.at)}
              {a.state !== 'done' && ` · ${a.state}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
