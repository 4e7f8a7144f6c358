// Times in forensic report tables: a date column and a time column (or one combined column), the
// date in the examiner's locale order, the time in 24- or 12-hour form, often followed by the zone
// the report was rendered in, `(UTC+0)` or `(UTC-5:30)` (docs/formats.md#forensic-time).
import type { DateOrder, DateOrderDecision } from '../../../../shared/model';
import { isValidCalendarDate, type LocalTime } from '../../time/zone';
import type { Instant } from '../types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface DateFields {
  /** Three numeric fields in written order, or a resolved date when the text decides it (year first, month names). */
  fields: [number, number, number] | null;
  resolved: { year: number; month: number; day: number } | null;
}

/** Reads the date part: `14/11/2023`, `11-14-2023`, `14.11.2023`, `2023-11-14`, `14-Nov-2023`, `Nov 14, 2023`. */
export function readDate(text: string): DateFields | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return { fields: null, resolved: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } };
  m = /^(\d{1,2})[-/. ]([A-Za-z]{3,9})\.?[-/. ,]*(\d{2,4})$/.exec(t);
  if (m && MONTHS.includes(m[2]!.slice(0, 3).toLowerCase())) {
    return { fields: null, resolved: { year: fullYear(Number(m[3])), month: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, day: Number(m[1]) } };
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{2,4})$/.exec(t);
  if (m && MONTHS.includes(m[1]!.slice(0, 3).toLowerCase())) {
    return { fields: null, resolved: { year: fullYear(Number(m[3])), month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, day: Number(m[2]) } };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(t);
  if (m) return { fields: [Number(m[1]), Number(m[2]), fullYear(Number(m[3]))], resolved: null };
  return null;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

export interface TimeFields {
  hour: number;
  minute: number;
  second: number;
  /** The zone the report states, in minutes east of UTC; null when it states none. */
  offsetMinutes: number | null;
  withSeconds: boolean;
}

/** Reads the time part: `22:13:20`, `10:13:20 PM`, `22:13:20(UTC+0)`, `22:13:20 (UTC-05:30)`, `22:13:20 UTC`. */
export function readTime(text: string): TimeFields | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*(?:\(?\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?)?$/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  if (hour > 23 || Number(m[2]) > 59) return null;
  const hasZone = /UTC|GMT/i.test(text);
  const offsetMinutes = hasZone ? (m[5] === '-' ? -1 : 1) * (Number(m[6] ?? 0) * 60 + Number(m[7] ?? 0)) : null;
  return { hour, minute: Number(m[2]), second: m[3] ? Number(m[3]) : 0, offsetMinutes, withSeconds: m[3] !== undefined };
}

/** Splits a combined `date time` cell at the first space that the date is not made of. */
export function splitDateTime(text: string): [string, string] | null {
  const t = text.trim();
  const m = /^(\S+(?: [A-Za-z]{3,9}\.?,? \d{2,4}| \d{1,2},? \d{2,4})?)[ T,]+(\d{1,2}:\d{2}.*)$/.exec(t);
  return m ? [m[1]!.replace(/,$/, ''), m[2]!] : null;
}

/** Counts what the dates of a whole file say about day/month order; decides once every row is seen. */
export class DateOrderVotes {
  private dayFirst = 0;
  private monthFirst = 0;
  private dayFirstExample = '';
  private monthFirstExample = '';
  private undecided = 0;

  add(date: DateFields | null, text: string): void {
    if (!date?.fields) return;
    const [a, b] = date.fields;
    if (a > 12 && b <= 12) {
      this.dayFirst++;
      this.dayFirstExample ||= text;
    } else if (b > 12 && a <= 12) {
      this.monthFirst++;
      this.monthFirstExample ||= text;
    } else this.undecided++;
  }

  decide(locked?: DateOrder): DateOrderDecision {
    if (locked) return { value: locked, ambiguous: false, locked: true, evidence: `locked by the reviewer as ${locked}` };
    if (this.dayFirst && !this.monthFirst) return { value: 'DMY', ambiguous: false, locked: false, evidence: `a first date field above 12 ('${this.dayFirstExample}', ${this.dayFirst} dates)` };
    if (this.monthFirst && !this.dayFirst) return { value: 'MDY', ambiguous: false, locked: false, evidence: `a second date field above 12 ('${this.monthFirstExample}', ${this.monthFirst} dates)` };
    if (this.dayFirst && this.monthFirst) {
      return { value: 'DMY', ambiguous: true, locked: false, evidence: `the dates contradict each other ('${this.dayFirstExample}' reads only as D/M, '${this.monthFirstExample}' only as M/D); read provisionally as DMY` };
    }
    if (this.undecided) return { value: 'DMY', ambiguous: true, locked: false, evidence: 'nothing in the file decides between D/M/Y and M/D/Y (no date field above 12); read provisionally as DMY' };
    return { value: null, ambiguous: false, locked: false, evidence: 'the dates are year-first or spell the month: no day/month order to decide' };
  }
}

export interface ReadStamp {
  local: LocalTime | null;
  instant: Instant | null;
  withSeconds: boolean;
  /** The text as written (date and time cells joined by a space). */
  raw: string;
  problem: string | null;
}

/** A report time from its cells, read under a decided date order. */
export function readStamp(dateText: string, timeText: string, order: DateOrder | null): ReadStamp | null {
  let d = dateText.trim();
  let t = timeText.trim();
  if (!d && !t) return null;
  const raw = [d, t].filter(Boolean).join(' ');
  if (!t) {
    const split = splitDateTime(d);
    if (split) [d, t] = split;
  }
  const date = readDate(d);
  const time = readTime(t);
  if (!date || !time) return { local: null, instant: null, withSeconds: false, raw, problem: `'${raw}' is not a date and time this importer reads` };
  let ymd = date.resolved;
  if (!ymd && date.fields) {
    const [a, b, y] = date.fields;
    ymd = order === 'MDY' ? { year: y, month: a, day: b } : { year: y, month: b, day: a };
  }
  if (!ymd || !isValidCalendarDate(ymd.year, ymd.month, ymd.day)) return { local: null, instant: null, withSeconds: false, raw, problem: `'${raw}' is not a valid date when read as ${order ?? 'written'}` };
  const local: LocalTime = { year: ymd.year, month: ymd.month, day: ymd.day, hour: time.hour, minute: time.minute, second: time.second };
  if (time.offsetMinutes === null) return { local, instant: null, withSeconds: time.withSeconds, raw, problem: null };
  const wall = new Date(Date.UTC(2000, local.month - 1, local.day, local.hour, local.minute, local.second));
  wall.setUTCFullYear(local.year);
  return { local: null, instant: { us: (wall.getTime() - time.offsetMinutes * 60_000) * 1000, fine: false }, withSeconds: true, raw, problem: null };
}
