// The searches run in this window, newest last, for stepping back through them in the search box.
const HISTORY_LIMIT = 50;

/** The history with `query` added as the newest entry (an earlier copy of it moves up). */
export function remembered(history: readonly string[], query: string): string[] {
  return [...history.filter((q) => q !== query), query].slice(-HISTORY_LIMIT);
}

/**
 * Where a step through the history lands: `at` is the entry shown (history.length = the query being
 * written, not yet in the history). Older is -1, newer +1; the ends hold.
 */
export function historyStep(history: readonly string[], at: number, direction: -1 | 1): number {
  return Math.max(0, Math.min(history.length, at + direction));
}
