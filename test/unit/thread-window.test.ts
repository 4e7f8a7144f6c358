// The window of rows the thread's virtualizer holds: where it starts around a message, and when the
// reviewer's scrolling slides it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOW_ROWS, slidWindow, windowAround, windowHolds } from '../../renderer/src/thread/threadWindow';

describe('the thread window', () => {
  it('holds the message it was put around, inside the conversation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, at) => {
        const seq = Math.min(total - 1, Math.floor(at * total));
        const start = windowAround(seq, total);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start + Math.min(total, WINDOW_ROWS)).toBeLessThanOrEqual(total);
        expect(windowHolds(start, seq, total)).toBe(true);
      }),
    );
  });

  it('puts a message far from either end in the middle', () => {
    expect(windowAround(500_000, 1_000_000)).toBe(500_000 - WINDOW_ROWS / 2);
    expect(windowAround(3, 1_000_000)).toBe(0);
    expect(windowAround(999_999, 1_000_000)).toBe(1_000_000 - WINDOW_ROWS);
  });

  it('does not slide while the rows read are far from its edges, nor in a conversation it holds whole', () => {
    const start = 100_000;
    const middle = WINDOW_ROWS / 2;
    expect(slidWindow(start, middle, middle + 20, 1_000_000)).toBe(start);
    expect(slidWindow(0, WINDOW_ROWS - 30, WINDOW_ROWS - 1, WINDOW_ROWS)).toBe(0);
  });

  it('slides to keep the rows read inside it when they come near an edge, but not past the conversation', () => {
    fc.assert(
      fc.property(fc.integer({ min: WINDOW_ROWS + 1, max: 2_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(WINDOW_ROWS - 40), (total, at, first) => {
        const start = Math.floor(at * (total - WINDOW_ROWS));
        const last = first + 39;
        const next = slidWindow(start, first, last, total);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next + WINDOW_ROWS).toBeLessThanOrEqual(total);
        // The rows on screen stay inside the window, wherever it went.
        expect(windowHolds(next, start + first, total)).toBe(true);
        expect(windowHolds(next, start + last, total)).toBe(true);
      }),
    );
  });
});
