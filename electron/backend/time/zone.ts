// Wall-clock time in a named IANA zone → UTC, without ever touching the analyst machine's own zone
// (docs/design.md#assumed-zone). Offsets come from Intl and are cached per zone and local hour, because an
// import converts millions of timestamps that cluster in few hours.

export interface LocalTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling (e.g. `utc` → `UTC`), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC, in milliseconds, at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
    }
  }
  if (bc) year = 1 - year;
  const asUtc = wallClockMs({ year, month, day, hour, minute, second });
  const wholeSeconds = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return asUtc - wholeSeconds;
}

const dayOffsetCache = new Map<string, number>();
const DAY = 86_400_000;

function wallClockMs(t: LocalTime): number {
  const d = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second));
  d.setUTCFullYear(t.year); // Date.UTC reads years below 100 as 19xx
  return d.getTime();
}

/**
 * UTC epoch ms for a wall-clock time in `zone`. Times repeated at a fall-back transition resolve
 * to the earlier instant; times skipped at a spring-forward transition are read with the offset in
 * force before the gap (both as Temporal's 'compatible' disambiguation does).
 */
export function localToUtc(t: LocalTime, zone: string): number {
  const wall = wallClockMs(t);
  if (zone === 'UTC' || zone === 'Etc/UTC') return wall;
  const dayStart = wall - (((wall % DAY) + DAY) % DAY);
  const dayKey = `${zone}|${dayStart}`;
  let offset = dayOffsetCache.get(dayKey);
  if (offset !== undefined) return wall - offset;
  const startOffset = resolveOffset(dayStart, zone);
  if (startOffset === resolveOffset(dayStart + DAY - 1000, zone)) {
    // One offset all day: the common case, cached. Transition days are resolved per timestamp.
    if (dayOffsetCache.size > 100_000) dayOffsetCache.clear();
    dayOffsetCache.set(dayKey, startOffset);
    return wall - startOffset;
  }
  offset = resolveOffset(wall, zone);
  return wall - offset;
}

function resolveOffset(wall: number, zone: string): number {
  // Offsets in force a day either side bracket every real transition.
  const before = offsetAt(zone, wall - 86_400_000);
  const after = offsetAt(zone, wall + 86_400_000);
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates.filter((o) => offsetAt(zone, wall - o) === o);
  if (valid.length === 0) return before; // in a spring-forward gap
  return Math.max(...valid); // the larger offset gives the earlier instant
}

/** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, as docs/design.md#time-model gives sentAtLocal. */
export function formatLocalIso(t: LocalTime, withSeconds: boolean): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const y = t.year >= 0 && t.year <= 9999 ? String(t.year).padStart(4, '0') : String(t.year);
  const base = `${y}-${p2(t.month)}-${p2(t.day)}T${p2(t.hour)}:${p2(t.minute)}`;
  return withSeconds ? `${base}:${p2(t.second)}` : base;
}

export function parseLocalIso(iso: string): LocalTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: m[6] ? Number(m[6]) : 0,
  };
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The wall-clock time in `zone` at the instant `utcMs` (for sources whose evidence is the instant). */
export function utcToLocal(utcMs: number, zone: string): LocalTime {
  const d = new Date(utcMs + (zone === 'UTC' || zone === 'Etc/UTC' ? 0 : offsetAt(zone, utcMs)));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
