// What the chart draws, computed from the engine's aggregates: series stacked by summing (uPlot draws
// each stack level as its own filled series, the tallest first), the bucket under the pointer, and
// which series of the stack a point in the bucket falls in.
import type { Timeline } from '../../../shared/timeline';

export interface StackLevel {
  /** The series key (shared/timeline.ts), or null for the total of an unsplit timeline. */
  key: string | null;
  label: string;
  total: number;
  /** Messages of this series and every series below it, per bucket. */
  top: number[];
}

/** Levels from the bottom of the stack up: the largest series at the bottom. */
export function stackLevels(t: Timeline): StackLevel[] {
  if (t.series.length === 0) return [{ key: null, label: 'Messages', total: t.totals.reduce((a, b) => a + b, 0), top: t.totals }];
  const below = new Array<number>(t.totals.length).fill(0);
  return t.series.map((s) => {
    const top = s.counts.map((n, i) => (below[i]! += n));
    return { key: s.key, label: s.label, total: s.total, top };
  });
}

/**
 * uPlot's aligned data: x is every bucket bound (one more than buckets, so the last bucket has a right
 * edge), then one row per stack level, tallest first so that lower levels are drawn over it.
 */
export function alignedData(t: Timeline, levels: StackLevel[]): [number[], ...(number | null)[][]] {
  const rows = [...levels].reverse().map((level) => [...level.top, null]);
  return [t.bounds, ...rows];
}

/** The stack level a height `y` (in messages) falls in, in bucket `i`; null above the stack. */
export function levelAt(levels: StackLevel[], i: number, y: number): StackLevel | null {
  if (y < 0) return null;
  return levels.find((level) => y <= level.top[i]! && level.top[i]! > 0) ?? null;
}

export const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar and clock fields of an instant in `zone`, zero-padded. */
function partsIn(t: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(t)).map((part) => [part.type, part.value]));
  return { year: p.year ?? '', month: p.month ?? '', day: p.day ?? '', hour: p.hour ?? '', minute: p.minute ?? '' };
}

/** Tick labels in ISO order, as everything else on screen: years, months, days or clock times, by how far apart the ticks are. */
export function tickLabels(ticks: readonly number[], spacingMs: number, zone: string): string[] {
  return ticks.map((t) => {
    const p = partsIn(t, zone);
    if (spacingMs >= 365 * DAY_MS) return p.year;
    if (spacingMs >= 28 * DAY_MS) return `${p.year}-${p.month}`;
    if (spacingMs >= DAY_MS) return `${p.year}-${p.month}-${p.day}`;
    return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
  });
}

/** An instant as the zone reads it: `2024-03-08 07:00`. */
export function instantLabel(t: number, zone: string): string {
  const p = partsIn(t, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A bucket as the zone reads it, for the readout: `2024-03-31 (23 hours)`, `2024-10-27 01:00 +01:00`. */
export function bucketTitle(t: Timeline, i: number): string {
  const label = t.labels[i] ?? '';
  if (t.bucket === 'hour') return label.replace('T', ' ').replace(/([+-]\d\d:\d\d)$/, ' $1');
  const hours = Math.round(((t.bounds[i + 1]! - t.bounds[i]!) / 3_600_000) * 100) / 100;
  return hours === 24 ? label : `${label} (${hours} hours)`;
}
