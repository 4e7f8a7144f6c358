// A day in a zone starts at the first instant whose wall clock reads that date, daylight saving and
// skipped midnights included, whatever the machine's own zone (the suites also run under Pacific/Chatham).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { silenceDuration } from '../../electron/backend/gaps/rules/cadence';
import { nextDay, startOfDay } from '../../electron/backend/search/zone-days';

const ZONES = ['Europe/Lisbon', 'America/Santiago', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Tehran', 'America/Havana', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC', 'Asia/Kolkata', 'Africa/Casablanca'];
const dateArb = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2037, 11, 31)), noInvalidDate: true }).map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('calendar days in a zone', () => {
  it('a day starts at the first second whose wall clock, read by Intl, shows that date', () => {
    const dateIn = (at: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...ZONES), (date, zone) => {
        const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
        // Samoa skipped 2011-12-30 whole: that date has no instant (the day-bucket tests cover it).
        fc.pre(!(zone === 'Pacific/Apia' && iso === '2011-12-30'));
        const start = startOfDay(date, zone);
        expect(dateIn(start, zone)).toBe(iso);
        expect(dateIn(start - 1000, zone) < iso).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a skipped midnight starts the day at the first instant that exists', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 2022-09-11: the day begins at 01:00 local, 04:00 UTC.
    expect(new Date(startOfDay({ year: 2022, month: 9, day: 11 }, 'America/Santiago')).toISOString()).toBe('2022-09-11T04:00:00.000Z');
  });

  it('the next day crosses months, leap days and years, and keeps years below 100', () => {
    expect(nextDay({ year: 2024, month: 2, day: 28 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nextDay({ year: 2023, month: 2, day: 28 })).toEqual({ year: 2023, month: 3, day: 1 });
    expect(nextDay({ year: 1999, month: 12, day: 31 })).toEqual({ year: 2000, month: 1, day: 1 });
    expect(nextDay({ year: 40, month: 12, day: 31 })).toEqual({ year: 41, month: 1, day: 1 });
    expect(new Date(startOfDay({ year: 40, month: 6, day: 1 }, 'UTC')).getUTCFullYear()).toBe(40);
  });
});

describe('a silence in words', () => {
  it('rounds to the hour and names days and hours', () => {
    expect(silenceDuration(7 * 3_600_000 + 20 * 60_000)).toBe('7 hours');
    expect(silenceDuration(49 * 3_600_000)).toBe('2 days 1 hour');
    expect(silenceDuration(72 * 3_600_000)).toBe('3 days');
    expect(silenceDuration(10 * 60_000)).toBe('0 hours');
  });
});
