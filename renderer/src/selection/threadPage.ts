// Reading what a selection names. A conversation's selection counts its seqs; a merged thread's
// (linked copies) counts the merged rows, each a message of one copy, so it is read through the link.
import type { ThreadPage } from '../../../shared/api';
import { api } from '../api';
import { selectionReducer, type ThreadSelection } from './selection';

/** The messages at positions from..from+limit-1 of the selection's thread. */
export function selectionPage(selection: ThreadSelection, from: number, limit: number): Promise<ThreadPage> {
  return selection.linkId === undefined
    ? api.threadPage({ conversationId: selection.conversationId, fromSeq: from, limit })
    : api.linkedThreadPage({ linkId: selection.linkId, fromPos: from, limit });
}

/**
 * The focused message alone, as its own conversation has it. A merged thread's row is a message of
 * one copy: its day, its findings and its conversation are that copy's, found by the message's id.
 */
export async function inFocusedCopy(selection: ThreadSelection): Promise<ThreadSelection> {
  if (selection.linkId === undefined) return selection;
  const message = (await selectionPage(selection, selection.focus, 1)).messages[0];
  if (message === undefined) throw new Error('The focused message could not be read.');
  const place = await api.locateMessage({ messageId: message.id });
  return selectionReducer(null, { type: 'focus', conversationId: place.conversationId, seq: place.seq })!;
}
