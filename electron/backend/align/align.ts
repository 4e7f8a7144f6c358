// Aligns two copies of one conversation (two custodians' exports) message by message
// (docs/gaps.md#r6): normalized text, author when both sides know the same person, and time within a
// tolerance after removing the clock offset between the two sources. The offset is estimated along
// the conversation, not once for all of it: when one copy's wall-clock times were read in a zone with
// daylight saving and the other's in a zone without (or with other change dates), the offset moves by
// an hour at each change, and one constant offset would leave every other season unmatched. Pure: no
// database, so it is tested on constructed pairs (clock skew, local deletes, different caps,
// different locales, zones that change offset).

export interface AlignItem {
  /** Position in the source's own order (seq). */
  seq: number;
  /**
   * The keys the author is known by (their person, their folded name); empty for system lines. Two
   * authors are compatible when they share a key: the same person however written, or the same name
   * where nothing groups them.
   */
  authors: string[];
  /** The text compared: see comparableText. */
  text: string;
  /** UTC epoch ms, or null when the source gives no time. */
  at: number | null;
  /** The source wrote minutes only (WhatsApp Android): its times are truncated, not rounded. */
  minutePrecision: boolean;
}

export interface AlignedRow {
  a: number | null;
  b: number | null;
}

export interface Alignment {
  rows: AlignedRow[];
  /** Estimated clock offset of B relative to A, in ms (B's time minus A's for the same message), over the whole conversation. */
  offsetMs: number;
  /** Where the offset changes along the conversation (a daylight-saving change on one side only). */
  offsetShifts: OffsetShift[];
  matched: number;
  /** How many matches the offset estimate rests on (unique texts present once on each side). */
  offsetSupport: number;
}

export interface OffsetShift {
  /** A's time of the first message with the new offset. */
  at: number;
  fromMs: number;
  toMs: number;
}

/** What two exports of the same message have in common whatever their locales: placeholders and
 * notices are compared by what they are (their classified subtype), text by its words. */
export function comparableText(kind: string, subtype: string | null, body: string): string {
  if (subtype?.startsWith('deleted.')) return '<deleted>';
  if (subtype === 'media.view_once') return '<view-once>';
  if (subtype && /^(media|contact)\.(omitted|attached)$/.test(subtype)) return `<${subtype.split('.')[0]}>`;
  if (kind === 'system' && subtype) return `<${subtype}>`;
  return body
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function compatibleAuthors(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((key) => b.includes(key));
}

const MINUTE = 60_000;
/** Besides the offset: a minute of truncation on each side, and a little drift. */
export const BASE_TOLERANCE_MS = 2 * MINUTE;
const MIN_OFFSET_SUPPORT = 3;
/** Anchors on each side of one whose median is its local offset: enough to outvote a few coincidences. */
const LOCAL_ANCHORS = 7;
/** A change of the local offset at least this large is reported as a shift (zone changes are 30 min or more). */
const SHIFT_MS = 15 * MINUTE;

/** The median of numbers sorted in place (a typed array sorts numerically). */
function median(xs: Float64Array): number {
  xs.sort();
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * The clock offset of B relative to A along the conversation, from anchors: messages whose text
 * occurs exactly once on each side (robust to repeats). Each anchor's local offset is the median of
 * the anchors around it, so a few coincidences are outvoted and a change of offset (daylight saving
 * on one side) takes effect where it happens.
 */
export class OffsetTrack {
  /** A's times of the anchors, ascending, and the local offset at each. */
  private readonly at: number[] = [];
  private readonly local: number[] = [];
  readonly offsetMs: number;
  readonly support: number;

  constructor(a: AlignItem[], b: AlignItem[]) {
    const once = (items: AlignItem[]) => {
      const seen = new Map<string, AlignItem | null>();
      for (const it of items) if (it.at !== null && !it.text.startsWith('<')) seen.set(it.text, seen.has(it.text) ? null : it);
      return seen;
    };
    const inA = once(a);
    const inB = once(b);
    const anchors: { at: number; diff: number }[] = [];
    for (const [text, itemA] of inA) {
      const itemB = inB.get(text);
      if (itemA && itemB) anchors.push({ at: itemA.at!, diff: itemB.at! - itemA.at! });
    }
    this.support = anchors.length;
    // One or two coincidences say nothing about the clocks.
    if (anchors.length < MIN_OFFSET_SUPPORT) {
      this.offsetMs = 0;
      return;
    }
    // A side that writes minutes only is on average half a minute behind its own clock: correct for it.
    const truncated = (items: AlignItem[]) => (items.length > 0 && items.every((x) => x.minutePrecision) ? MINUTE / 2 : 0);
    const correction = truncated(b) - truncated(a);
    anchors.sort((x, y) => x.at - y.at);
    const diffs = Float64Array.from(anchors, (x) => x.diff);
    this.offsetMs = Math.round(median(diffs.slice()) + correction);
    const window = new Float64Array(2 * LOCAL_ANCHORS + 1);
    anchors.forEach((anchor, i) => {
      const from = Math.max(0, i - LOCAL_ANCHORS);
      const around = window.subarray(0, Math.min(diffs.length, i + LOCAL_ANCHORS + 1) - from);
      around.set(diffs.subarray(from, from + around.length));
      this.at.push(anchor.at);
      this.local.push(Math.round(median(around) + correction));
    });
  }

  /** The offsets a message of A at `at` may have: those of the anchors just before and after it (the same one twice at the ends). */
  around(at: number): [number, number] {
    if (this.at.length === 0) return [this.offsetMs, this.offsetMs];
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    const before = this.local[lo - 1] ?? this.local[lo]!;
    return [before, this.local[lo] ?? before];
  }

  /** Where the local offset moves by SHIFT_MS or more. */
  shifts(): OffsetShift[] {
    const shifts: OffsetShift[] = [];
    let settled = 0;
    for (let i = 1; i < this.local.length; i++) {
      if (Math.abs(this.local[i]! - this.local[settled]!) < SHIFT_MS) continue;
      shifts.push({ at: this.at[i]!, fromMs: this.local[settled]!, toMs: this.local[i]! });
      settled = i;
    }
    return shifts;
  }
}

/**
 * Greedy monotone matching: walking A in order, each message takes the earliest unused message of B
 * after the last match that has the same text, a compatible author, and a time within tolerance.
 * Unmatched messages keep their place in their own source's order.
 */
export function align(a: AlignItem[], b: AlignItem[], toleranceMs = BASE_TOLERANCE_MS): Alignment {
  const offsets = new OffsetTrack(a, b);
  const byText = new Map<string, number[]>();
  b.forEach((item, i) => {
    const list = byText.get(item.text);
    if (list) list.push(i);
    else byText.set(item.text, [i]);
  });
  const cursor = new Map<string, number>();
  const matchOf = new Array<number>(a.length).fill(-1);
  let lastB = -1;
  a.forEach((itemA, i) => {
    const candidates = byText.get(itemA.text);
    if (!candidates) return;
    let k = cursor.get(itemA.text) ?? 0;
    while (k < candidates.length && candidates[k]! <= lastB) k++;
    cursor.set(itemA.text, k);
    const [before, after] = itemA.at === null ? [0, 0] : offsets.around(itemA.at);
    for (let j = k; j < candidates.length; j++) {
      const itemB = b[candidates[j]!]!;
      if (itemA.at !== null && itemB.at !== null) {
        const gap = itemB.at - itemA.at;
        if (gap - before > toleranceMs && gap - after > toleranceMs) break; // candidates are in B's order, roughly time order: later ones are later still
        if (Math.abs(gap - before) > toleranceMs && Math.abs(gap - after) > toleranceMs) continue;
      }
      if (!compatibleAuthors(itemA.authors, itemB.authors) && !itemA.text.startsWith('<system')) continue;
      matchOf[i] = candidates[j]!;
      lastB = candidates[j]!;
      cursor.set(itemA.text, j + 1);
      return;
    }
  });
  const rows: AlignedRow[] = [];
  let nextB = 0;
  let matched = 0;
  a.forEach((itemA, i) => {
    const j = matchOf[i]!;
    if (j >= 0) {
      while (nextB < j) rows.push({ a: null, b: b[nextB++]!.seq });
      rows.push({ a: itemA.seq, b: b[nextB++]!.seq });
      matched++;
    } else {
      rows.push({ a: itemA.seq, b: null });
    }
  });
  while (nextB < b.length) rows.push({ a: null, b: b[nextB++]!.seq });
  return { rows, offsetMs: offsets.offsetMs, offsetShifts: offsets.shifts(), matched, offsetSupport: offsets.support };
}

export interface AbsenceRun {
  /** The side the messages are missing from. */
  missingFrom: 'a' | 'b';
  /** Row indexes [first, last] of the run in the alignment. */
  first: number;
  last: number;
  count: number;
  /** True when the run lies before the other side's first message or after its last: a coverage
   * difference (export cap, later join), not an absence inside a shared window. */
  outsideWindow: boolean;
}

/** Consecutive rows present on one side only, as runs (docs/gaps.md#r6: one finding per run). */
export function absenceRuns(rows: AlignedRow[]): AbsenceRun[] {
  const firstWith = (side: 'a' | 'b') => rows.findIndex((r) => r[side] !== null);
  const lastWith = (side: 'a' | 'b') => rows.length - 1 - [...rows].reverse().findIndex((r) => r[side] !== null);
  const window = { a: [firstWith('a'), lastWith('a')], b: [firstWith('b'), lastWith('b')] };
  const runs: AbsenceRun[] = [];
  let i = 0;
  while (i < rows.length) {
    const r = rows[i]!;
    const missingFrom = r.a === null ? 'a' : r.b === null ? 'b' : null;
    if (missingFrom === null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]![missingFrom] === null) j++;
    const [start, end] = window[missingFrom];
    runs.push({ missingFrom, first: i, last: j, count: j - i + 1, outsideWindow: j < start! || i > end! });
    i = j + 1;
  }
  return runs;
}
