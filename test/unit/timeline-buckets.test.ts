// Buckets of the display zone: calendar days and clock hours as UTC bounds, checked against what Intl
// says each instant reads as in the zone, across the days clocks change (23- and 25-hour days, a
// skipped midnight, a half-hour change, a whole day skipped).
import { describe, expect, it } from 'vitest';
import { bucketIndexOf, findingBand, HOURS_MAX_DAYS } from '../../shared/timeline';
import { chooseBucket, dayBuckets, hourBuckets, HOUR_MS } from '../../electron/backend/timeline/buckets';

const DAY_MS = 86_400_000;

/** The local date, clock hour and offset of an instant in a zone, as Intl reads it. */
function reading(t: number, zone: string): { date: string; hour: string; offset: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice(3);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: parts.hour!, offset };
}

const hoursLong = (bounds: number[], i: number) => (bounds[i + 1]! - bounds[i]!) / HOUR_MS;

describe('day buckets', () => {
  it('are 23 and 25 hours long on the days London changes its clocks', () => {
    const spring = dayBuckets(Date.UTC(2024, 2, 30, 12), Date.UTC(2024, 3, 1, 12), 'Europe/London');
    expect(spring.labels).toEqual(['2024-03-30', '2024-03-31', '2024-04-01']);
    expect(spring.bounds).toEqual([Date.UTC(2024, 2, 30), Date.UTC(2024, 2, 31), Date.UTC(2024, 2, 31, 23), Date.UTC(2024, 3, 1, 23)]);
    expect([0, 1, 2].map((i) => hoursLong(spring.bounds, i))).toEqual([24, 23, 24]);
    const autumn = dayBuckets(Date.UTC(2024, 9, 27, 12), Date.UTC(2024, 9, 27, 12), 'Europe/London');
    expect(autumn.labels).toEqual(['2024-10-27']);
    expect(hoursLong(autumn.bounds, 0)).toBe(25);
  });

  it('start at the first instant a day has where midnight is skipped (Santiago, 2023-09-03)', () => {
    const { labels, bounds } = dayBuckets(Date.UTC(2023, 8, 2, 12), Date.UTC(2023, 8, 3, 12), 'America/Santiago');
    expect(labels).toEqual(['2023-09-02', '2023-09-03']);
    expect(bounds[1]).toBe(Date.UTC(2023, 8, 3, 4));
    expect(hoursLong(bounds, 1)).toBe(23);
  });

  it('leave out a day a zone skipped whole (Samoa went from 2011-12-29 to 2011-12-31)', () => {
    const { labels, indexOfDay } = dayBuckets(Date.UTC(2011, 11, 29, 12), Date.UTC(2011, 11, 30, 12), 'Pacific/Apia');
    expect(labels).toEqual(['2011-12-29', '2011-12-31']);
    expect(indexOfDay.get(Date.UTC(2011, 11, 31) / DAY_MS)).toBe(1);
  });

  it.each(['Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns'])(
    'hold every instant on the date %s reads it as, for a whole year',
    (zone) => {
      const from = Date.UTC(2023, 0, 1);
      const to = Date.UTC(2024, 0, 10);
      const { labels, bounds } = dayBuckets(from, to, zone);
      for (let t = from; t <= to; t += 47 * 60_000 + 13_000) {
        expect(labels[bucketIndexOf(bounds, t)]).toBe(reading(t, zone).date);
      }
    },
  );
});

describe('hour buckets', () => {
  it('skip the hour London springs over and repeat, with its offset, the hour it falls back', () => {
    const spring = hourBuckets(Date.UTC(2024, 2, 31, 0), Date.UTC(2024, 2, 31, 22, 59), 'Europe/London');
    expect(spring.labels).toHaveLength(23);
    expect(spring.labels.slice(0, 3)).toEqual(['2024-03-31T00:00+00:00', '2024-03-31T02:00+01:00', '2024-03-31T03:00+01:00']);
    const autumn = hourBuckets(Date.UTC(2024, 9, 26, 23), Date.UTC(2024, 9, 27, 23, 59), 'Europe/London');
    expect(autumn.labels).toHaveLength(25);
    expect(autumn.labels.slice(1, 4)).toEqual(['2024-10-27T01:00+01:00', '2024-10-27T01:00+00:00', '2024-10-27T02:00+00:00']);
  });

  it('start on the half hour in a half-hour zone, and make a half-hour bucket where Lord Howe moves by 30 minutes', () => {
    expect(hourBuckets(Date.UTC(2024, 0, 1, 0, 40), Date.UTC(2024, 0, 1, 1, 10), 'Asia/Kolkata').bounds).toEqual([
      Date.UTC(2024, 0, 1, 0, 30),
      Date.UTC(2024, 0, 1, 1, 30),
    ]);
    // 2024-04-07 02:00 at +11:00 became 01:30 at +10:30 (15:00 UTC on the 6th).
    const { labels, bounds } = hourBuckets(Date.UTC(2024, 3, 6, 14, 10), Date.UTC(2024, 3, 6, 15, 50), 'Australia/Lord_Howe');
    expect(labels).toEqual(['2024-04-07T01:00+11:00', '2024-04-07T01:30+10:30', '2024-04-07T02:00+10:30']);
    expect(bounds).toEqual([Date.UTC(2024, 3, 6, 14), Date.UTC(2024, 3, 6, 15), Date.UTC(2024, 3, 6, 15, 30), Date.UTC(2024, 3, 6, 16, 30)]);
  });

  it.each(['Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'])('hold every instant in the clock hour and offset %s reads it in', (zone) => {
    // Ranges around each zone's changes of 2024 (London, Lord Howe and Santiago move in April).
    for (const [from, to] of [
      [Date.UTC(2024, 2, 29), Date.UTC(2024, 3, 9)],
      [Date.UTC(2024, 8, 1), Date.UTC(2024, 8, 10)],
      [Date.UTC(2024, 9, 25), Date.UTC(2024, 10, 5)],
    ] as const) {
      const { labels, bounds } = hourBuckets(from, to, zone);
      for (let t = from; t <= to; t += 7 * 60_000 + 1_000) {
        const r = reading(t, zone);
        const label = labels[bucketIndexOf(bounds, t)]!;
        expect([label.slice(0, 10), label.slice(11, 13), label.slice(-6)]).toEqual([r.date, r.hour, r.offset]);
      }
      // Buckets are maximal: two neighbours never read as the same hour.
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.slice(0, 13) + labels[i]!.slice(-6)).not.toBe(labels[i - 1]!.slice(0, 13) + labels[i - 1]!.slice(-6));
    }
  });
});

describe('choosing a bucket', () => {
  it('takes hours up to two weeks on auto, days beyond, and refuses hours over more than the hourly limit', () => {
    expect(chooseBucket('auto', 0, 14 * DAY_MS)).toBe('hour');
    expect(chooseBucket('auto', 0, 14 * DAY_MS + 1)).toBe('day');
    expect(chooseBucket('day', 0, DAY_MS)).toBe('day');
    expect(chooseBucket('hour', 0, HOURS_MAX_DAYS * DAY_MS)).toBe('hour');
    expect(() => chooseBucket('hour', 0, HOURS_MAX_DAYS * DAY_MS + 1)).toThrow(/Hourly buckets cover at most 92 days at a time; this range has 93/);
  });

  it('refuses a range of days too long to draw, naming it', () => {
    expect(() => dayBuckets(Date.UTC(1700, 0, 1), Date.UTC(2024, 0, 1), 'UTC')).toThrow(/more than 100,000 days \(1700-01-01 to 2024-01-01\)/);
  });
});

describe('bucket lookup and finding bands', () => {
  it('finds the bucket holding an instant, and none outside', () => {
    const bounds = [10, 20, 35, 50];
    expect([9, 10, 19, 20, 34, 35, 49, 50].map((t) => bucketIndexOf(bounds, t))).toEqual([-1, 0, 0, 1, 1, 2, 2, -1]);
    expect(bucketIndexOf([], 1)).toBe(-1);
  });

  it('keeps facts, expected loss and leads apart, and draws no band for coverage, integrity or context', () => {
    expect(findingBand({ type: 'deleted', strength: 'fact' })).toBe('fact');
    expect(findingBand({ type: 'expected_loss', strength: 'context' })).toBe('expected');
    expect(findingBand({ type: 'expected_loss', strength: 'high' })).toBe('expected');
    expect(findingBand({ type: 'suspected_gap', strength: 'low' })).toBe('lead');
    expect(findingBand({ type: 'missing_referenced', strength: 'high' })).toBe('lead');
    expect(findingBand({ type: 'truncation', strength: 'medium' })).toBe('lead');
    expect(findingBand({ type: 'coverage', strength: 'fact' })).toBeNull();
    expect(findingBand({ type: 'integrity', strength: 'medium' })).toBeNull();
    expect(findingBand({ type: 'context', strength: 'context' })).toBeNull();
  });
});
