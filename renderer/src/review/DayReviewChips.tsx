import type { DayStatus } from '../../../shared/review';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import { useOptionalReview, type ReviewState } from './reviewContext';

// Every row of a day list asks for the same conversation's progress: one call per version serves them all.
let progressRead: { key: string; answer: ReturnType<typeof api.conversationProgress> } | null = null;
function progressOf(conversationId: number, version: number) {
  const key = `${conversationId}:${version}`;
  if (progressRead?.key !== key) progressRead = { key, answer: api.conversationProgress({ conversationId }) };
  return progressRead.answer;
}

const STATUS_WORDS: Record<DayStatus, string> = { unreviewed: 'unreviewed', in_review: 'in review', reviewed: 'reviewed' };

/** A day's review status and its own tags, in the day list. */
export function DayReviewChips({ conversationId, day }: { conversationId: number; day: string }) {
  const review = useOptionalReview();
  if (review === null) return null;
  return <DayChips review={review} conversationId={conversationId} day={day} />;
}

function DayChips({ review, conversationId, day }: { review: ReviewState; conversationId: number; day: string }) {
  const key = `${conversationId}:${day}:${review.version}`;
  const read = async () => {
    const [progress, targets] = await Promise.all([progressOf(conversationId, review.version), api.targetTags({ conversationId, day })]);
    return { status: progress.days.find((d) => d.day === day)?.status ?? 'unreviewed', tags: targets.day };
  };
  const shown = useEngineValue(read, key, review.reportError, 'Could not read the day’s review');
  if (shown === null) return null;
  return (
    <span className="day-review" data-testid="day-review" data-status={shown.status}>
      <span className={`day-status status-${shown.status}`}>{STATUS_WORDS[shown.status]}</span>
      {shown.tags.map((t) => (
        <span key={t.tagId} className="day-tag" data-testid="day-tag" title={`${t.name} (on the day, by ${t.reviewer})`}>
          <span className="tag-swatch" style={{ background: t.color }} aria-hidden="true" />
          {t.name}
        </span>
      ))}
    </span>
  );
}
