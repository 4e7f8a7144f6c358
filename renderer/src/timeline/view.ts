import type { TimelineBucketChoice, TimelineSplit } from '../../../shared/timeline';

/** What the reviewer is looking at; kept by the case screen, so the timeline reopens where it was left. */
export interface TimelineView {
  conversationId: number | null;
  split: TimelineSplit;
  bucket: TimelineBucketChoice;
  /** The zoomed range in UTC ms, or null for the whole scope. */
  zoom: { from: number; to: number } | null;
}

/** The case by conversation, a conversation by author; days or hours as the range suits. */
export function timelineViewOf(conversationId: number | null): TimelineView {
  return { conversationId, split: conversationId === null ? 'conversation' : 'author', bucket: 'auto', zoom: null };
}
