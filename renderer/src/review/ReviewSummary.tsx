import type { ProgressCounts, ReviewProgress } from '../../../shared/review';
import { countOf, formatCount } from '../format';
import { useOptionalReview, useReview } from './reviewContext';
import './review.css';

function progressText(p: ProgressCounts): string {
  return `${formatCount(p.reviewed)} of ${countOf(p.days, 'day')} reviewed${p.inReview > 0 ? `, ${formatCount(p.inReview)} in review` : ''}`;
}

/** The header's review corner: who is reviewing (changeable) and the case's progress, per custodian when opened. */
export function ReviewSummary() {
  const review = useReview();
  const counts = review.progress?.case ?? null;
  return (
    <span className="review-summary">
      <button type="button" className="link-button" data-testid="reviewer-button" onClick={review.askReviewer} title="Who is reviewing: every decision carries this name">
        {review.reviewer === null ? 'Reviewer: not named' : `Reviewer: ${review.reviewer}`}
      </button>
      {counts !== null && counts.days > 0 && (
        <>
          <button
            type="button"
            className="review-progress review-progress-button"
            data-testid="case-progress"
            popoverTarget={CUSTODIAN_PROGRESS_ID}
            title={`Conversation-days: ${countsText(counts)}. Click for each custodian.`}
          >
            <ProgressBar counts={counts} />
            {progressText(counts)}
          </button>
          <CustodianProgress custodians={review.progress?.custodians ?? []} />
        </>
      )}
    </span>
  );
}

function countsText(p: ProgressCounts): string {
  return `${formatCount(p.unreviewed)} unreviewed, ${formatCount(p.inReview)} in review, ${formatCount(p.reviewed)} reviewed`;
}

const CUSTODIAN_PROGRESS_ID = 'custodian-progress';

/** The case's progress per custodian, opened from the header's progress; a popover, so the header's clipping cannot hide it. */
function CustodianProgress({ custodians }: { custodians: ReviewProgress['custodians'] }) {
  return (
    <div id={CUSTODIAN_PROGRESS_ID} popover="auto" className="review-breakdown" data-testid="custodian-progress">
      <h3 className="coding-section-title">Conversation-days by custodian</h3>
      <table>
        <tbody>
          {custodians.map((c) => (
            <tr key={c.custodian ?? ''} data-testid="custodian-progress-row">
              <th scope="row">{c.custodian ?? 'No custodian given'}</th>
              <td>
                <ProgressBar counts={c} />
              </td>
              <td title={countsText(c)}>{progressText(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProgressBar({ counts }: { counts: ProgressCounts }) {
  const share = (n: number) => `${(100 * n) / Math.max(1, counts.days)}%`;
  return (
    <span className="review-bar" aria-hidden="true">
      <span className="review-bar-done" style={{ width: share(counts.reviewed) }} />
      <span className="review-bar-started" style={{ width: share(counts.inReview) }} />
    </span>
  );
}

/** A conversation's progress in the conversation list. */
export function ConversationProgressLine({ conversationId }: { conversationId: number }) {
  const counts = useOptionalReview()?.progress?.conversations.find((c) => c.conversationId === conversationId);
  if (counts === undefined || counts.days === 0) return null;
  return (
    <span className="conversation-line conversation-progress" data-testid="conversation-progress">
      <ProgressBar counts={counts} />
      {progressText(counts)}
    </span>
  );
}
