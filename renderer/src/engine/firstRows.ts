// The engine answers calls one at a time, in the order they arrive. When the window opens, the first
// rows of the thread are what the reviewer waits for; reads that only fill in around them (gap
// findings, review progress, a thread's authors) are held until those rows are on screen, so the
// first thread page never queues behind them. The reads the window makes as it is first drawn (the
// display zone, the reviewer, the tags) wait only until the first page is asked for: the window's
// script may run before the conversation list has arrived. Nothing is held unless the window asks
// for it at start (main.tsx): a component shown on its own reads at once.

let held: Promise<void> | null = null;
let release: () => void = () => {};
let heldForPage: Promise<void> | null = null;
let releaseForPage: () => void = () => {};

/** From now until the first rows are shown, reads passed to afterFirstRows wait (and afterFirstPageAsked until the page is asked). */
export function holdReadsUntilFirstRows(): void {
  held = new Promise((resolve) => {
    release = resolve;
  });
  heldForPage = new Promise((resolve) => {
    releaseForPage = resolve;
  });
}

/** The first thread page has been asked for: reads passed to afterFirstPageAsked go ahead. */
export function firstPageAsked(): void {
  heldForPage = null;
  releaseForPage();
}

/** The first rows of a thread are on screen, or the window has none to show: held reads go ahead. */
export function firstRowsShown(): void {
  firstPageAsked();
  held = null;
  release();
}

/**
 * A thread drew its first rows (or its emptiness): held reads go ahead once that frame is painted.
 * A window not yet shown paints no frame; its held reads go when it is shown.
 */
export function firstRowsDrawn(): void {
  if (held !== null) requestAnimationFrame(() => setTimeout(firstRowsShown, 0));
}

/** Runs `read` once the first rows are on screen: at once when nothing is held. */
export function afterFirstRows<T>(read: () => Promise<T>): Promise<T> {
  return held === null ? read() : held.then(read);
}

/** Runs `read` once the first thread page has been asked for: at once when nothing is held. */
export function afterFirstPageAsked<T>(read: () => Promise<T>): Promise<T> {
  return heldForPage === null ? read() : heldForPage.then(read);
}
