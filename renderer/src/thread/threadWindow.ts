// Browsers cap the height of an element (Chromium near 33.5 million px), so a million rows cannot be
// one scrollable list: the rows past the cap would be unreachable. The virtualizer therefore holds a
// window of WINDOW_ROWS consecutive messages, which slides along the conversation when the reading
// position comes near one of its edges, and jumps when the reviewer goes to a far message.

/**
 * 20,000 rows stay far below the cap even at 100 px a row. Fewer rows keep each frame short while
 * scrolling: every newly measured row makes the virtualizer recompute the positions of the rows after
 * it in the window (about 50 ms a frame at 100,000 rows in Chromium on the reference machine).
 */
export const WINDOW_ROWS = 20_000;
/** Slide when the visible rows come this close to a window edge (a long way to scroll by hand). */
const SLIDE_MARGIN_ROWS = 5_000;

/** The window start that puts `seq` in the middle of the window. */
export function windowAround(seq: number, total: number): number {
  const start = Math.max(0, seq - WINDOW_ROWS / 2);
  return Math.min(start, Math.max(0, total - WINDOW_ROWS));
}

export function windowHolds(windowStart: number, seq: number, total: number): boolean {
  return seq >= windowStart && seq < windowStart + Math.min(total, WINDOW_ROWS);
}

/** The window start after the rows firstIndex..lastIndex (window indices) became visible. */
export function slidWindow(windowStart: number, firstIndex: number, lastIndex: number, total: number): number {
  if (total <= WINDOW_ROWS) return 0;
  const nearStart = firstIndex < SLIDE_MARGIN_ROWS && windowStart > 0;
  const nearEnd = lastIndex >= WINDOW_ROWS - SLIDE_MARGIN_ROWS && windowStart + WINDOW_ROWS < total;
  return nearStart || nearEnd ? windowAround(windowStart + firstIndex, total) : windowStart;
}
