// Turning the thread's selection (seqs) into what the engine codes (message ids, a day, a conversation).
import type { TagResult, TagSummary } from '../../../shared/review';
import { api } from '../api';
import { selectedRanges, type ThreadSelection } from '../selection/selection';
import { inFocusedCopy, selectionPage } from '../selection/threadPage';

/** Where a tag key or a palette click applies: the selected messages, their day, or the conversation. */
export type CodingScope = 'message' | 'day' | 'conversation';

const PAGE = 500;
/** The engine codes at most this many messages by id in one action; more is a bulk job. */
export const MAX_MESSAGE_IDS = 10_000;

/** The ids of the selected messages, read page by page from the thread. */
export async function selectedMessageIds(selection: ThreadSelection): Promise<number[]> {
  const ids: number[] = [];
  for (const [first, last] of selectedRanges(selection)) {
    for (let from = first; from <= last; from += PAGE) {
      if (ids.length >= MAX_MESSAGE_IDS) throw new Error(`The selection holds more than ${MAX_MESSAGE_IDS.toLocaleString('en')} messages: code it as a search or a day instead.`);
      const page = await selectionPage(selection, from, Math.min(PAGE, last - from + 1));
      ids.push(...page.messages.map((m) => m.id));
    }
  }
  return ids;
}

/** The display-zone day the focused message lies on, from the conversation's days. */
export async function dayOfFocus(selected: ThreadSelection): Promise<string | null> {
  const selection = await inFocusedCopy(selected);
  const [page, progress] = await Promise.all([
    api.threadPage({ conversationId: selection.conversationId, fromSeq: selection.focus, limit: 1 }),
    api.conversationProgress({ conversationId: selection.conversationId }),
  ]);
  const at = page.messages[0]?.sentAt ?? null;
  if (at === null) return null;
  return progress.days.find((d) => at >= d.start && at < d.end)?.day ?? null;
}

export async function applyTagTo(tag: TagSummary, scope: CodingScope, selected: ThreadSelection, remove = false): Promise<TagResult | null> {
  if (scope === 'message') return api.applyTag({ tag: tag.id, target: { scope, messageIds: await selectedMessageIds(selected) }, remove });
  // A day or a conversation is the focused message's own (in a merged thread, its copy's).
  const selection = await inFocusedCopy(selected);
  if (scope === 'conversation') return api.applyTag({ tag: tag.id, target: { scope, conversationId: selection.conversationId }, remove });
  const day = await dayOfFocus(selection);
  if (day === null) throw new Error('The focused message has no time, so it lies on no day: tag it as a message.');
  return api.applyTag({ tag: tag.id, target: { scope, conversationId: selection.conversationId, day }, remove });
}

export function resultText(tag: TagSummary, result: TagResult): string {
  const noun = result.scope === 'message' ? 'message' : result.scope === 'day' ? 'day' : 'conversation';
  const plural = (n: number) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  if (result.removed) return `${tag.name} removed from ${plural(result.tagged)}.`;
  return `${tag.name} applied to ${plural(result.tagged)}${result.alreadyTagged > 0 ? ` (${result.alreadyTagged.toLocaleString('en')} already had it)` : ''}.`;
}
