import { useCallback } from 'react';
import type { ShortcutAction } from '../keyboard/shortcuts';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import type { ThreadSelection } from '../selection/selection';
import { inFocusedCopy } from '../selection/threadPage';
import { applyTagTo, dayOfFocus, resultText, type CodingScope } from './coding';
import type { ReviewState } from './reviewContext';
import { tagIdOf } from './reviewShortcuts';

export const NOTE_INPUT_ID = 'coding-note-input';

interface ReviewKeyDeps {
  review: ReviewState;
  scope: CodingScope;
  /** A jump to a message, kept for Back. */
  goTo: (conversationId: number, seq: number) => void;
  say: (status: string) => void;
  onTogglePane: () => void;
}

/** The coding actions behind the keys and the pane's buttons: true when the action was one of them. */
export function useReviewActions({ review, scope, goTo, say, onTogglePane }: ReviewKeyDeps) {
  const { asReviewer, changed, tags } = review;

  const undo = useCallback(
    async (redo: boolean) => {
      try {
        const answer = await asReviewer(() => (redo ? api.redoReview({}) : api.undoReview({})));
        if (answer === null) return;
        say(answer.action === null ? `Nothing to ${redo ? 'redo' : 'undo'}.` : `${redo ? 'Redone' : 'Undone'}: ${answer.action.summary}`);
        changed();
      } catch (error) {
        say(`Could not ${redo ? 'redo' : 'undo'}: ${readableError(error)}`);
      }
    },
    [asReviewer, changed, say],
  );

  const stepUntagged = async (selected: ThreadSelection, direction: 'next' | 'previous') => {
    const selection = await inFocusedCopy(selected);
    const found = await api.adjacentThreadHit({ q: 'tag:none', conversationId: selection.conversationId, seq: selection.focus, direction });
    if (found.seq === null) return say(direction === 'next' ? 'No untagged message after this one.' : 'No untagged message before this one.');
    goTo(selection.conversationId, found.seq);
  };

  const nextUnreviewedDay = async (selected: ThreadSelection | null) => {
    const selection = selected === null ? null : await inFocusedCopy(selected);
    const after = selection === null ? {} : { afterConversationId: selection.conversationId, afterDay: (await dayOfFocus(selection)) ?? undefined };
    const { next } = await api.nextUnreviewedDay(after);
    if (next === null) return say('Every day is reviewed.');
    const day = (await api.conversationProgress({ conversationId: next.conversationId })).days.find((d) => d.day === next.day);
    const located = day === undefined ? null : await api.locateTime({ conversationId: next.conversationId, from: day.start, to: day.end });
    if (located?.message == null) return say(`The next unreviewed day is ${next.day}, but none of its messages could be found.`);
    goTo(next.conversationId, located.message.seq);
    say(`Next unreviewed day: ${next.day}.`);
  };

  const markDayReviewed = async (selected: ThreadSelection) => {
    const selection = await inFocusedCopy(selected);
    const day = await dayOfFocus(selection);
    if (day === null) return say('This message has no time, so it lies on no day.');
    const done = await asReviewer(() => api.setDayStatus({ conversationId: selection.conversationId, day, status: 'reviewed' }));
    if (done === null) return;
    changed();
    say(`${day} marked reviewed.`);
  };

  const applyKey = async (tagId: number, selection: ThreadSelection) => {
    const tag = tags.find((t) => t.id === tagId);
    if (tag === undefined) return;
    const result = await asReviewer(() => applyTagTo(tag, scope, selection));
    if (result === null) return;
    changed();
    say(resultText(tag, result));
  };

  const run = (action: ShortcutAction, selection: ThreadSelection | null): boolean => {
    const attempt = (work: Promise<void>) => {
      work.catch((error: unknown) => say(readableError(error)));
      return true;
    };
    const tagId = tagIdOf(action);
    if (tagId !== null) return selection !== null && attempt(applyKey(tagId, selection));
    switch (action) {
      case 'review:undo':
      case 'review:redo':
        return attempt(undo(action === 'review:redo'));
      case 'review:toggle-pane':
        onTogglePane();
        return true;
      case 'review:next-unreviewed-day':
        return attempt(nextUnreviewedDay(selection));
      case 'review:note': {
        const box = document.getElementById(NOTE_INPUT_ID);
        if (box === null) say('Open the coding pane to write a note.');
        box?.focus();
        return true;
      }
      case 'review:next-untagged':
      case 'review:previous-untagged':
        return selection !== null && attempt(stepUntagged(selection, action === 'review:next-untagged' ? 'next' : 'previous'));
      case 'review:mark-day-reviewed':
        return selection !== null && attempt(markDayReviewed(selection));
      default:
        return false;
    }
  };

  return { run, undo };
}
