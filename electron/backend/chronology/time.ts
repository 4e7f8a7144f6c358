// Time told honestly (docs/timeline.md, the chronology): every entry is a span [earliest, latest)
// in UTC ms. What widens it, and by how much, is decided here once:
// - a message whose source wrote seconds is a 1 s span; one written to the minute a 60 s span;
// - a source read in an assumed zone could have been in any zone in use, so its wall clock is
//   widened to every UTC offset there is (UTC−12:00 to UTC+14:00);
// - a message of a conversation linked to a copy whose clock differs by an estimated offset is
//   widened by that offset on both sides;
// - an outside event dated to the minute, the day or the month spans that minute, day or month in
//   its zone; an approximate one is widened by one more such unit on each side.
// Entries sort by earliest instant (then latest, then id); two spans that intersect overlap, and
// no order is claimed between them.
import type { EventPrecision, Uncertainty } from '../../../shared/chronology';
import { formatLocalIso, localToUtc, offsetAt, utcToLocal, type LocalTime } from '../time/zone';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** The offsets of every zone in use (Etc/GMT+12 to Pacific/Kiritimati). */
const EARLIEST_OFFSET = -12 * HOUR;
const LATEST_OFFSET = 14 * HOUR;

export interface Span {
  earliest: number;
  latest: number;
  uncertainty: Uncertainty[];
}

export interface MessageTime {
  sentAt: number;
  withSeconds: boolean;
  /** The zone the source was read in, and whether that zone was assumed rather than known. */
  timeZone: string;
  zoneAssumed: boolean;
  /** The estimated clock offset to a linked copy of the conversation, in ms (0 when none). */
  linkOffsetMs: number;
}

export function messageSpan(m: MessageTime): Span {
  const uncertainty: Uncertainty[] = [];
  const precision = m.withSeconds ? SECOND : MINUTE;
  uncertainty.push(
    m.withSeconds ? { reason: 'seconds', ms: SECOND, text: 'the source wrote seconds' } : { reason: 'minute_precision', ms: MINUTE, text: 'the source wrote minutes only: a 60 s span' },
  );
  let earliest = m.sentAt;
  let latest = m.sentAt + precision;
  if (m.zoneAssumed) {
    const wall = m.sentAt + offsetAt(m.timeZone, m.sentAt);
    earliest = wall - LATEST_OFFSET;
    latest = wall - EARLIEST_OFFSET + precision;
    uncertainty.push({ reason: 'assumed_zone', ms: LATEST_OFFSET - EARLIEST_OFFSET, text: `the zone ${m.timeZone} was assumed: any offset from UTC−12:00 to UTC+14:00` });
  }
  const offset = Math.abs(m.linkOffsetMs);
  if (offset > 0) {
    earliest -= offset;
    latest += offset;
    uncertainty.push({ reason: 'clock_offset', ms: offset, text: `a linked copy's clock differs by about ${Math.round(offset / SECOND)} s` });
  }
  return { earliest, latest, uncertainty };
}

/** The span of several spans: from the first's earliest to the last's latest, reasons merged. */
export function unionSpan(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  const reasons = new Map<string, Uncertainty>();
  for (const s of spans) for (const u of s.uncertainty) if (!reasons.has(u.reason)) reasons.set(u.reason, u);
  return { earliest: Math.min(...spans.map((s) => s.earliest)), latest: Math.max(...spans.map((s) => s.latest)), uncertainty: [...reasons.values()] };
}

export interface EventDate {
  /** The date as given, normalised: YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, or an ISO instant. */
  at: string;
  precision: EventPrecision;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const WALL = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?$/;

/** Reads an investigator's date; a sentence saying what is wrong when it is not one. */
export function parseEventDate(text: string): EventDate | string {
  const at = text.trim();
  if (INSTANT.test(at)) return Number.isNaN(Date.parse(at)) ? `'${at}' is not a real time.` : { at, precision: 'minute' };
  const m = WALL.exec(at);
  if (!m) return `'${at}' is not a date: write YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or an ISO time with Z or an offset.`;
  const [year, month, day, hour, minute] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || hour > 23 || minute > 59) return `'${at}' is not a real date.`;
  const precision: EventPrecision = m[4] !== undefined ? 'minute' : m[3] !== undefined ? 'day' : 'month';
  return { at: at.replace(' ', 'T'), precision };
}

function wallOf(at: string): LocalTime {
  const m = WALL.exec(at)!;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3] ?? 1), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: 0 };
}

/** The wall clock one unit later (the next minute, day or month), calendar-correct. */
function step(t: LocalTime, precision: EventPrecision, by: number): LocalTime {
  const d = new Date(Date.UTC(t.year, t.month - 1 + (precision === 'month' ? by : 0), t.day + (precision === 'day' ? by : 0), t.hour, t.minute + (precision === 'minute' ? by : 0)));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: 0 };
}

const PRECISION_REASON = { minute: 'minute_precision', day: 'day_precision', month: 'month_precision' } as const;

export function eventSpan(date: EventDate, approximate: boolean, zone: string): Span {
  const widen = approximate ? 1 : 0;
  if (INSTANT.test(date.at)) {
    const at = Date.parse(date.at);
    const earliest = at - widen * MINUTE;
    return { earliest, latest: at + MINUTE + widen * MINUTE, uncertainty: uncertaintyOf(date.precision, approximate, MINUTE) };
  }
  const wall = wallOf(date.at);
  const earliest = localToUtc(step(wall, date.precision, -widen), zone);
  const latest = localToUtc(step(wall, date.precision, 1 + widen), zone);
  return { earliest, latest, uncertainty: uncertaintyOf(date.precision, approximate, localToUtc(step(wall, date.precision, 1), zone) - localToUtc(wall, zone)) };
}

function uncertaintyOf(precision: EventPrecision, approximate: boolean, unitMs: number): Uncertainty[] {
  const dated: Uncertainty = { reason: PRECISION_REASON[precision], ms: unitMs, text: `dated to the ${precision}` };
  return approximate ? [dated, { reason: 'approximate', ms: unitMs, text: `approximate: one ${precision} either side` }] : [dated];
}

/** `2024-03-05 14:07 – 14:08 Europe/London`: the span in a zone, to the minute, the day shown once when both ends share it. */
export function spanText(earliest: number, latest: number, zone: string): string {
  const from = formatLocalIso(utcToLocal(earliest, zone), false).replace('T', ' ');
  const to = formatLocalIso(utcToLocal(latest, zone), false).replace('T', ' ');
  if (latest - earliest <= MINUTE) return `${from} ${zone}`;
  return `${from} – ${to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to} ${zone}`;
}

/** Sorts by earliest, then latest, then id. */
export function byEarliest<T extends { id: number; earliest: number | null; latest: number | null }>(a: T, b: T): number {
  const e = (a.earliest ?? Infinity) - (b.earliest ?? Infinity);
  if (e !== 0 && !Number.isNaN(e)) return e;
  const l = (a.latest ?? Infinity) - (b.latest ?? Infinity);
  return l !== 0 && !Number.isNaN(l) ? l : a.id - b.id;
}

/** For entries sorted by earliest: the ids of the others whose spans intersect each one's. */
export function overlapsOf(sorted: readonly { id: number; earliest: number | null; latest: number | null }[]): Map<number, number[]> {
  const found = new Map<number, number[]>(sorted.map((e) => [e.id, []]));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.earliest === null || a.latest === null) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.earliest === null || b.earliest >= a.latest) break;
      found.get(a.id)!.push(b.id);
      found.get(b.id)!.push(a.id);
    }
  }
  return found;
}
