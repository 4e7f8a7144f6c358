// Calendar days in the display zone, for date filters (after:/before:/on:) and the per-day facet.
// Both work on sent_at, the UTC instant: a day is [local midnight, next local midnight) in the zone,
// with its daylight-saving shifts (docs/design.md#display-zone).
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { localToUtc, offsetAt } from '../time/zone';

export const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The instant the day starts in `zone` (where midnight is skipped, the first instant of the day).
 * Not @date-fns/tz: on transition days its midnights depend on the machine's own zone (71 of 146,000
 * zone-days wrong with the machine in America/Santiago), and a day's bounds must not.
 */
export function startOfDay(date: CalendarDate, zone: string): number {
  return localToUtc({ ...date, hour: 0, minute: 0, second: 0 }, zone);
}

export function nextDay(date: CalendarDate): CalendarDate {
  // Calendar arithmetic on a UTC date, where no day is longer than another; years below 100 kept as
  // written (the Date constructor reads them as 19xx).
  const day = new TZDate(2000, 0, 1, 'UTC');
  day.setFullYear(date.year, date.month - 1, date.day);
  const next = addDays(day, 1);
  return { year: next.getFullYear(), month: next.getMonth() + 1, day: next.getDate() };
}

/** Days since 1970-01-01 → YYYY-MM-DD. */
export function isoOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

// Integer division in SQLite truncates toward zero; shifting every instant far above zero first
// makes it a floor for every instant a message can carry.
const BIAS_DAYS = 100_000_000;
const BIAS_MS = BIAS_DAYS * DAY_MS;

interface OffsetChange {
  /** The first instant the offset applies from. */
  at: number;
  offset: number;
}

/**
 * An SQL expression for the local day number (days since 1970-01-01 in `zone`) of `m.sent_at`, valid
 * for instants from `from` to `to`: the zone's offsets over that span, as a CASE over instants.
 */
export function dayNumberSql(zone: string, from: number, to: number): string {
  const changes = offsetChanges(zone, from, to);
  const offset =
    changes.length === 1
      ? String(changes[0]!.offset)
      : `CASE ${changes
          .slice(1)
          .map((c, i) => `WHEN m.sent_at < ${c.at} THEN ${changes[i]!.offset}`)
          .join(' ')} ELSE ${changes[changes.length - 1]!.offset} END`;
  return `((m.sent_at + ${offset} + ${BIAS_MS}) / ${DAY_MS} - ${BIAS_DAYS})`;
}

const changeCache = new Map<string, OffsetChange[]>();

/**
 * The instants days `firstDay` to `lastDay` (day numbers) start in `zone`, as startOfDay() has them.
 * Away from an offset change a day starts at its midnight minus the offset in force; only the few
 * days near a change ask the zone about their midnight.
 */
export function dayStarts(firstDay: number, lastDay: number, zone: string): number[] {
  const [from, to] = [(firstDay - 2) * DAY_MS, (lastDay + 2) * DAY_MS];
  const changes = offsetChanges(zone, from, to);
  const starts: number[] = [];
  let c = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * DAY_MS;
    // The changes are sorted: the last one at or before two days ahead of this midnight is in force.
    while (c + 1 < changes.length && changes[c + 1]!.at <= midnight - 2 * DAY_MS) c++;
    const next = changes[c + 1];
    const quiet = next === undefined || next.at > midnight + 2 * DAY_MS;
    starts.push(quiet ? midnight - changes[c]!.offset : startOfDay(calendarDateOf(day), zone));
  }
  return starts;
}

/** The calendar date of a day number. */
export function calendarDateOf(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The zone's offset at `from` and every change up to `to`, found by sampling each day and bisecting. */
function offsetChanges(zone: string, from: number, to: number): OffsetChange[] {
  const key = `${zone}|${from}|${to}`;
  const cached = changeCache.get(key);
  if (cached) return cached;
  // Offsets change on whole seconds; a grid of whole seconds lets the bisection land on them.
  const start = from - (((from % 1000) + 1000) % 1000);
  const changes: OffsetChange[] = [{ at: start, offset: offsetAt(zone, start) }];
  for (let t = start + DAY_MS; t < to + DAY_MS; t += DAY_MS) {
    const offset = offsetAt(zone, t);
    if (offset === changes[changes.length - 1]!.offset) continue;
    let [before, after] = [t - DAY_MS, t];
    while (after - before > 1000) {
      const mid = before + Math.floor((after - before) / 2000) * 1000;
      if (offsetAt(zone, mid) === offset) after = mid;
      else before = mid;
    }
    changes.push({ at: after, offset });
  }
  if (changeCache.size > 64) changeCache.clear();
  changeCache.set(key, changes);
  return changes;
}
