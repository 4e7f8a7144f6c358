// Buckets of time in the display zone: calendar days (from zone-days, the search's own days) and clock
// hours. Both are lists of UTC bounds, so that a day with 23 or 25 hours, and the hour a fall-back
// change repeats, are buckets of their true length rather than slots of a fixed width.
import { ApiError } from '../../../shared/api';
import { AUTO_HOURS_MAX_DAYS, DAYS_MAX, HOURS_MAX_DAYS, type TimelineBucket, type TimelineBucketChoice } from '../../../shared/timeline';
import { DAY_MS, dayStarts, isoOfDayNumber, type CalendarDate } from '../search/zone-days';
import { formatLocalIso, offsetAt, utcToLocal } from '../time/zone';

export const HOUR_MS = 3_600_000;

export interface Buckets {
  bucket: TimelineBucket;
  /** Bucket i is [bounds[i], bounds[i + 1]). */
  bounds: number[];
  labels: string[];
}

export interface DayBuckets extends Buckets {
  /** Days since 1970-01-01 in the zone (as zone-days numbers them) → bucket index. */
  indexOfDay: Map<number, number>;
}

/** The bucket size for a range: what was asked, or for 'auto' hours up to AUTO_HOURS_MAX_DAYS. */
export function chooseBucket(choice: TimelineBucketChoice, from: number, to: number): TimelineBucket {
  const days = (to - from) / DAY_MS;
  if (choice === 'auto') return days <= AUTO_HOURS_MAX_DAYS ? 'hour' : 'day';
  if (choice === 'hour' && days > HOURS_MAX_DAYS) {
    throw new ApiError('invalid_argument', `Hourly buckets cover at most ${HOURS_MAX_DAYS} days at a time; this range has ${Math.ceil(days)}. Narrow it, or count by day.`);
  }
  return choice;
}

function dateOf(utcMs: number, zone: string): CalendarDate {
  const t = utcToLocal(utcMs, zone);
  return { year: t.year, month: t.month, day: t.day };
}

function dayNumberOf(date: CalendarDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(d.getTime() / DAY_MS);
}

/** The first and last day number of day buckets. */
export function dayRange(indexOfDay: DayBuckets['indexOfDay']): [number, number] {
  const days = [...indexOfDay.keys()];
  return [days[0]!, days[days.length - 1]!];
}

/** The zone's calendar days from the one holding `from` to the one holding `to` (inclusive). */
export function dayBuckets(from: number, to: number, zone: string): DayBuckets {
  const first = dayNumberOf(dateOf(from, zone));
  const last = dayNumberOf(dateOf(to, zone));
  if (last - first >= DAYS_MAX) {
    throw new ApiError('invalid_argument', `The range spans more than ${DAYS_MAX.toLocaleString('en')} days (${isoOfDayNumber(first)} to ${isoOfDayNumber(last)}); narrow it.`);
  }
  const starts = dayStarts(first, last + 1, zone);
  const bounds: number[] = [];
  const labels: string[] = [];
  const indexOfDay = new Map<number, number>();
  for (let day = first; day <= last; day++) {
    const [start, end] = [starts[day - first]!, starts[day - first + 1]!];
    // A day a zone skipped whole (Samoa, 2011-12-30) has no instants: it is no bucket.
    if (end > start) {
      indexOfDay.set(day, labels.length);
      bounds.push(start);
      labels.push(isoOfDayNumber(day));
    }
  }
  bounds.push(starts[last + 1 - first]!);
  return { bucket: 'day', bounds, labels, indexOfDay };
}

/** The first whole second at or after `from` with the offset the zone has at `to`; `from` < `to`. */
function offsetChangeBetween(zone: string, from: number, to: number): number {
  const after = offsetAt(zone, to);
  let [lo, hi] = [Math.floor(from / 1000), Math.ceil(to / 1000)];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * 1000) === after) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** Where the local clock hour holding `t` began: the last whole hour on the clock, or the last offset change. */
function hourStartOf(t: number, zone: string): number {
  const offset = offsetAt(zone, t);
  const onTheHour = t - ((((t + offset) % HOUR_MS) + HOUR_MS) % HOUR_MS);
  return offsetAt(zone, onTheHour) === offset ? onTheHour : offsetChangeBetween(zone, onTheHour, t);
}

/** Where the clock hour that begins at `start` ends: the next whole hour, or an offset change before it. */
function hourEndOf(start: number, zone: string): number {
  const offset = offsetAt(zone, start);
  const next = start - ((((start + offset) % HOUR_MS) + HOUR_MS) % HOUR_MS) + HOUR_MS;
  return offsetAt(zone, next - 1000) === offset ? next : offsetChangeBetween(zone, start, next - 1000);
}

function offsetText(offset: number): string {
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The zone's clock hours from the one holding `from` to the one holding `to`. Where clocks fall back
 * the repeated hour is two buckets, told apart by their offsets in the labels; where they spring
 * forward the skipped hour is none; a change of less than an hour (Lord Howe) makes a short bucket.
 */
export function hourBuckets(from: number, to: number, zone: string): Buckets {
  const bounds: number[] = [];
  const labels: string[] = [];
  let start = hourStartOf(from, zone);
  while (start <= to) {
    const offset = offsetAt(zone, start);
    bounds.push(start);
    labels.push(`${formatLocalIso(utcToLocal(start, zone), false)}${offsetText(offset)}`);
    start = hourEndOf(start, zone);
  }
  bounds.push(start);
  return { bucket: 'hour', bounds, labels };
}

