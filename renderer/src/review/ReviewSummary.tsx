import type { ProgressCounts } from '../../../shared/review';
import { formatCount } from '../format';
import { useOptionalReview, useReview } from './reviewContext';

function progressText(p: ProgressCounts): string {
  return `${formatCount(p.reviewed)} of ${formatCount(p.days)} days reviewed${p.inReview > 0 ? `, ${formatCount(p.inReview)} in review` : ''}`;
}

/** The header's review corner: who is reviewing (changeable) and the case's progress. */
export function ReviewSummary() {
  const review = useReview();
  const counts = review.progress?.case ?? null;
  return (
    <span className="review-summary">
      <button type="button" className="link-button" data-testid="reviewer-button" onClick={review.askReviewer} title="Who is reviewing: every decision carries this name">
        {review.reviewer === null ? 'Reviewer: not named' : `Reviewer: ${review.reviewer}`}
      </button>
      {counts !== null && counts.days > 0 && (
        <span className="review-progress" data-testid="case-progress" title={`Conversation-days: ${formatCount(counts.unreviewed)} unreviewed, ${formatCount(counts.inReview)} in review, ${formatCount(counts.reviewed)} reviewed`}>
          <ProgressBar counts={counts} />
          {progressText(counts)}
        </span>
      )}
    </span>
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
