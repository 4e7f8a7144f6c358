import type { ThreadPage } from '../../../shared/api';
import { localDay } from '../format';

// Rows read per probe: enough to step over a few undated lines (system notices without a time).
const PROBE_ROWS = 20;

/**
 * The seq of the first message dated `day` (YYYY-MM-DD) or later, or null when none is. A binary
 * search over source order with one small threadPage call per step (about 20 for a million
 * messages): it assumes dates mostly ascend in source order, which holds for chat exports; where
 * a clock jumps back, it lands on one of the places where the date is crossed.
 */
export async function findFirstSeqOnOrAfter(
  readPage: (fromSeq: number, limit: number) => Promise<ThreadPage>,
  total: number,
  day: string,
): Promise<number | null> {
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const page = await readPage(middle, PROBE_ROWS);
    const dated = page.messages.find((m) => m.sentAtLocal !== null);
    const probeDay = dated === undefined ? null : localDay(dated.sentAtLocal);
    // An undated stretch counts as "before": the search moves on towards dated messages.
    if (probeDay !== null && probeDay >= day) high = middle;
    else low = middle + 1;
  }
  return low < total ? low : null;
}
