// Property: the engine's hand-written zone conversions (electron/backend/time/zone.ts, kept for its
// speed over millions of stamps) agree with @date-fns/tz, a library written for the job, in zones
// chosen for their quirks: offsets of 45 and 30 minutes, daylight saving of 30 minutes or negative,
// a day skipped (Samoa, 2011), southern-hemisphere summers. Wall-clock times a transition repeats
// resolve to the earlier instant; times it skips are read with the offset in force before it
// (docs/design.md#the-time-model).
import { TZDate, tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localToUtc, offsetAt, utcToLocal, type LocalTime } from '../../electron/backend/time/zone';

const ZONES = [
  'UTC', 'Pacific/Chatham', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'America/New_York', 'America/St_Johns', 'America/Santiago',
  'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tehran', 'Africa/Casablanca', 'Pacific/Apia',
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Since 1970 every offset of these zones is whole minutes, as tzOffset reports them.
const FROM = Date.UTC(1970, 0, 2);
const TO = Date.UTC(2037, 11, 30);

const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: FROM / 1000, max: TO / 1000 }).map((s) => s * 1000);

/** The wall clock at `utcMs` in `zone`, as @date-fns/tz reads it. */
function referenceLocal(utcMs: number, zoneName: string): LocalTime {
  const d = new TZDate(utcMs, zoneName);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() };
}

const referenceOffset = (zoneName: string, utcMs: number) => tzOffset(zoneName, new Date(utcMs)) * 60_000;

/**
 * The instant of a wall-clock time by brute force: every offset the zone has within a day either
 * side, kept when it reads back as that wall clock; the earliest such instant, or, in a gap, the
 * wall clock read with the offset in force a day before.
 */
function referenceUtc(t: LocalTime, zoneName: string): number {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const offsets = new Set([-DAY, -HOUR, 0, HOUR, DAY].map((d) => referenceOffset(zoneName, wall + d)));
  const same = (a: LocalTime, b: LocalTime) => a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
  const matching = [...offsets].map((o) => wall - o).filter((u) => same(referenceLocal(u, zoneName), t));
  return matching.length > 0 ? Math.min(...matching) : wall - referenceOffset(zoneName, wall - DAY);
}

// Wall clocks near midnight and in the small hours of the months clocks change in, where gaps and
// repeats are, and anywhere at all.
const transitionWall: fc.Arbitrary<LocalTime> = fc.record({
  year: fc.integer({ min: 1971, max: 2036 }),
  month: fc.constantFrom(3, 4, 9, 10, 11, 12, 1, 5, 8),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.constantFrom(0, 1, 2, 3, 23),
  minute: fc.constantFrom(0, 15, 29, 30, 45, 59),
  second: fc.integer({ min: 0, max: 59 }),
});
const anyWall = instant.map((u) => referenceLocal(u, 'UTC'));
const wallClock = fc.oneof(transitionWall, anyWall);

describe('zone conversions against @date-fns/tz', () => {
  it('the offset at an instant', () => {
    fc.assert(
      fc.property(zone, instant, (z, u) => {
        expect(offsetAt(z, u)).toBe(referenceOffset(z, u));
      }),
      { numRuns: 2000 },
    );
  });

  it('the wall clock at an instant', () => {
    fc.assert(
      fc.property(zone, instant, (z, u) => {
        expect(utcToLocal(u, z)).toEqual(referenceLocal(u, z));
      }),
      { numRuns: 2000 },
    );
  });

  it('the instant of a wall clock: exact when it exists, the earlier when repeated, shifted forward when skipped', () => {
    fc.assert(
      fc.property(zone, wallClock, (z, t) => {
        expect(localToUtc(t, z)).toBe(referenceUtc(t, z));
      }),
      { numRuns: 4000 },
    );
  });

  it('every instant survives the trip to its wall clock and back, unless its wall clock is repeated', () => {
    fc.assert(
      fc.property(zone, instant, (z, u) => {
        const back = localToUtc(utcToLocal(u, z), z);
        const repeated = referenceOffset(z, u - HOUR) > referenceOffset(z, u) || referenceOffset(z, u) > referenceOffset(z, u + HOUR) || referenceOffset(z, u - DAY) !== referenceOffset(z, u + DAY);
        if (repeated) expect(back).toBeLessThanOrEqual(u);
        else expect(back).toBe(u);
      }),
      { numRuns: 2000 },
    );
  });
});
