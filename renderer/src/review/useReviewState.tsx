import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewProgress, TagList } from '../../../shared/review';
import { api } from '../api';
import { afterFirstPageAsked, afterFirstRows } from '../engine/firstRows';
import type { ReportError } from '../errors/useErrorBanner';
import { MessageTagCache } from './messageTagCache';
import type { ReviewState } from './reviewContext';
import { laterPart } from '../parts/laterPart';

const ReviewerDialog = laterPart(() => import('./ReviewerDialog').then((m) => m.ReviewerDialog));

/** The review state of the case screen, and the reviewer dialog it opens when a name is needed; progress is read again when the display zone changes. */
export function useReviewState(reportError: ReportError, displayZone: string | null) {
  const [reviewer, setReviewer] = useState<string | null>(null);
  const [known, setKnown] = useState<string[]>([]);
  const [tagList, setTagList] = useState<TagList>({ tags: [], groups: [] });
  const [progress, setProgress] = useState<ReviewProgress | null>(null);
  const [version, setVersion] = useState(0);
  const [chips] = useState(() => new MessageTagCache((messageIds) => api.messageTags({ messageIds }), (error) => reportError('Could not read the tags', error)));
  // The write waiting for a reviewer's name: resolved with the name, or null when the dialog is closed.
  const waiting = useRef<((name: string | null) => void) | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    afterFirstPageAsked(() => api.reviewer({})).then(
      (answer) => {
        setReviewer(answer.current);
        setKnown(answer.reviewers.map((r) => r.name));
      },
      (error: unknown) => reportError('Could not read who is reviewing', error),
    );
  }, [reportError]);

  useEffect(() => {
    let live = true;
    afterFirstPageAsked(() => api.listTags({})).then(
      (tags) => live && setTagList(tags),
      (error: unknown) => reportError('Could not read the tags', error),
    );
    // Progress counts every conversation-day of the case: it is read once the first rows are on
    // screen, and not at all when the display zone or the version moved on meanwhile.
    afterFirstRows(() => (live ? api.reviewProgress({}) : Promise.resolve(null))).then(
      (counted) => live && counted !== null && setProgress(counted),
      (error: unknown) => reportError('Could not read the review progress', error),
    );
    return () => {
      live = false;
    };
  }, [version, displayZone, reportError]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    chips.invalidate();
  }, [chips]);

  const askReviewer = useCallback(() => setAsking(true), []);

  const asReviewer = useCallback(
    async <T,>(write: () => Promise<T>): Promise<T | null> => {
      if (reviewer === null) {
        const name = await new Promise<string | null>((resolve) => {
          waiting.current = resolve;
          setAsking(true);
        });
        if (name === null) return null;
      }
      return write();
    },
    [reviewer],
  );

  const finishAsking = (name: string | null) => {
    setAsking(false);
    waiting.current?.(name);
    waiting.current = null;
  };

  const saveReviewer = async (name: string) => {
    try {
      const { current } = await api.setReviewer({ name });
      setReviewer(current);
      setKnown((names) => (names.includes(current) ? names : [...names, current]));
      finishAsking(current);
    } catch (error) {
      reportError('Could not set the reviewer', error);
    }
  };

  const state: ReviewState = { reviewer, tags: tagList.tags, groups: tagList.groups, progress, version, chips, asReviewer, changed, askReviewer, reportError };
  const dialog = asking ? <ReviewerDialog current={reviewer} known={known} onSave={(name) => void saveReviewer(name)} onClose={() => finishAsking(null)} /> : null;
  return { review: state, reviewerDialog: dialog };
}
