// Browsers cap the height of an element (Chromium near 33.5 million px), so a million rows cannot be
// one scrollable list: the rows past the cap would be unreachable. The virtualizer therefore holds a
// window of WINDOW_ROWS consecutive messages, which slides along the conversation when the reading
// position comes near one of its edges, and jumps when the reviewer goes to a far message.

/**
 * The window's size is what a frame costs while scrolling: a newly drawn row whose height differs
 * from the estimate, above the top of the list's view, makes the virtualizer recompute the position
 * of every row after it in the window before it measures the next one. With 40 new rows a frame
 * (a fast fling) that was 100–300 ms a frame at 20,000 rows on the loaded reference machine, and is
 * under 20 ms at 3,000. The window slides about every thousand rows, which costs one ordinary frame.
 */
export const WINDOW_ROWS = 3_000;
/** Slide when the visible rows come this close to a window edge (still many screens away). */
const SLIDE_MARGIN_ROWS = 1_000;

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
