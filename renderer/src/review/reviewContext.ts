import { createContext, useContext } from 'react';
import type { ReviewProgress, TagGroupInfo, TagSummary } from '../../../shared/review';
import type { ReportError } from '../errors/useErrorBanner';
import type { MessageTagCache } from './messageTagCache';

/** What every review view shares: who reviews, the tags, the case's progress, and a version that moves after each change. */
export interface ReviewState {
  reviewer: string | null;
  tags: TagSummary[];
  groups: TagGroupInfo[];
  progress: ReviewProgress | null;
  /** Bumped after every coding action, note or status change: views read again what they show. */
  version: number;
  chips: MessageTagCache;
  /** Runs a write once a reviewer is named (asking for the name first when none is); null when the reviewer declined. */
  asReviewer: <T>(write: () => Promise<T>) => Promise<T | null>;
  /** After a write: tags, counts, progress and chips are read again. */
  changed: () => void;
  askReviewer: () => void;
  reportError: ReportError;
}

export const ReviewContext = createContext<ReviewState | null>(null);

export function useReview(): ReviewState {
  const review = useContext(ReviewContext);
  if (review === null) throw new Error('useReview() is used outside the case screen.');
  return review;
}

/** For rows drawn also outside the case screen (tests, a merged thread): null without review. */
export function useOptionalReview(): ReviewState | null {
  return useContext(ReviewContext);
}
