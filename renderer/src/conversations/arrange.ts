// The conversation list as the reviewer asks for it: narrowed by words, grouped by custodian, app or
// source, and sorted. Pure, so the list's order is the same on every screen and in the tests.
import type { ConversationSummary } from '../../../shared/model';

export type GroupBy = 'none' | 'custodian' | 'app' | 'source';
export type SortBy = 'title' | 'messages' | 'first' | 'last';

export interface Arrangement {
  words: string;
  groupBy: GroupBy;
  sortBy: SortBy;
}

export interface ConversationGroup {
  /** Null when the list is not grouped. */
  label: string | null;
  conversations: ConversationSummary[];
}

const NO_CUSTODIAN = 'No custodian recorded';

function groupLabel(c: ConversationSummary, by: GroupBy): string | null {
  switch (by) {
    case 'none':
      return null;
    case 'custodian':
      return c.custodian ?? NO_CUSTODIAN;
    case 'app':
      return c.platform ?? c.format;
    case 'source':
      return c.sourceFile;
  }
}

/** The text a filter looks in: everything the list shows about a conversation. */
function haystack(c: ConversationSummary): string {
  return [c.title, c.custodian ?? '', c.sourceFile, c.format, c.platform ?? '', c.kind].join(' ').toLowerCase();
}

const byTitle = (a: ConversationSummary, b: ConversationSummary) => a.title.localeCompare(b.title, 'en') || a.id - b.id;

const COMPARE: Record<SortBy, (a: ConversationSummary, b: ConversationSummary) => number> = {
  title: byTitle,
  messages: (a, b) => b.messageCount - a.messageCount || byTitle(a, b),
  // Undated conversations last; the dates are local ISO text, which sorts as written.
  first: (a, b) => (a.firstLocal ?? '\uffff').localeCompare(b.firstLocal ?? '\uffff') || byTitle(a, b),
  last: (a, b) => (b.lastLocal ?? '').localeCompare(a.lastLocal ?? '') || byTitle(a, b),
};

export function arrangeConversations(list: readonly ConversationSummary[], how: Arrangement): ConversationGroup[] {
  const words = how.words.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = list.filter((c) => words.every((w) => haystack(c).includes(w))).sort(COMPARE[how.sortBy]);
  const groups = new Map<string | null, ConversationSummary[]>();
  for (const c of kept) {
    const label = groupLabel(c, how.groupBy);
    groups.set(label, [...(groups.get(label) ?? []), c]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === NO_CUSTODIAN ? 1 : b === NO_CUSTODIAN ? -1 : (a ?? '').localeCompare(b ?? '', 'en')))
    .map(([label, conversations]) => ({ label, conversations }));
}
