import { useState } from 'react';
import type { Finding } from '../../../shared/findings';
import type { FindingDecision, FindingReview } from '../../../shared/review';
import { api } from '../api';
import { useOptionalReview } from './reviewContext';
import { whenText } from './when';

const DECISIONS: { decision: FindingDecision; label: string }[] = [
  { decision: 'confirmed', label: 'Confirm' },
  { decision: 'dismissed', label: 'Dismiss…' },
  { decision: 'follow_up', label: 'Follow up…' },
];
const SAID: Record<FindingDecision, string> = { confirmed: 'Confirmed', dismissed: 'Dismissed as not a gap', follow_up: 'Marked for follow-up' };

/** A finding's review: confirm it, dismiss it as not a gap (saying why), or mark it for follow-up with a note. */
export function FindingReviewControls({ finding }: { finding: Finding }) {
  const review = useOptionalReview();
  const [decided, setDecided] = useState<FindingReview | null>(finding.review ?? null);
  const [asking, setAsking] = useState<FindingDecision | null>(null);
  const [note, setNote] = useState('');
  if (review === null) return null;

  const decide = async (decision: FindingDecision, text: string) => {
    try {
      const answer = await review.asReviewer(() => api.reviewFinding({ findingId: finding.id, decision, ...(text.trim() === '' ? {} : { note: text.trim() }) }));
      if (answer === null) return;
      setDecided(answer);
      setAsking(null);
      setNote('');
    } catch (error) {
      review.reportError('Could not record the decision', error);
    }
  };

  return (
    <div className={`finding-review${decided?.decision === 'dismissed' ? ' is-dismissed' : ''}`} data-testid="finding-review" data-decision={decided?.decision}>
      {decided !== null && (
        <p className="finding-decision" data-testid="finding-decision">
          <b>{SAID[decided.decision]}</b> by {decided.reviewer} on {whenText(decided.at)}
          {decided.note !== null && `: ${decided.note}`}
        </p>
      )}
      {asking === null ? (
        <span className="finding-review-buttons">
          {DECISIONS.map((d) => (
            <button
              key={d.decision}
              type="button"
              className="link-button"
              data-testid={`finding-${d.decision}`}
              onClick={() => (d.decision === 'confirmed' ? void decide('confirmed', '') : setAsking(d.decision))}
            >
              {d.label}
            </button>
          ))}
        </span>
      ) : (
        <form
          className="finding-review-form"
          onSubmit={(event) => {
            event.preventDefault();
            void decide(asking, note);
          }}
        >
          <label className="field">
            <span>{asking === 'dismissed' ? 'Why is it not a gap?' : 'What should be followed up?'}</span>
            <input data-testid="finding-note-input" value={note} onChange={(event) => setNote(event.target.value)} maxLength={20_000} />
          </label>
          <button type="submit" className="secondary-button" data-testid="finding-decide" disabled={asking === 'dismissed' && note.trim() === ''}>
            {asking === 'dismissed' ? 'Dismiss' : 'Mark for follow-up'}
          </button>
          <button type="button" className="link-button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
