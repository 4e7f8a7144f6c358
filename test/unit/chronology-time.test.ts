// The chronology's time model: spans from precision, assumed zones and clock offsets; ordering by
// earliest instant across zones; overlapping spans named instead of ordered.
import { describe, expect, it } from 'vitest';
import { byEarliest, eventSpan, messageSpan, overlapsOf, parseEventDate, spanText } from '../../electron/backend/chronology/time';

const MIN = 60_000;
const HOUR = 60 * MIN;

function event(at: string, zone: string, approximate = false) {
  const date = parseEventDate(at);
  if (typeof date === 'string') throw new Error(date);
  return eventSpan(date, approximate, zone);
}

function ordered(spans: { id: number; earliest: number; latest: number }[]) {
  const sorted = [...spans].sort(byEarliest);
  return { ids: sorted.map((s) => s.id), overlaps: overlapsOf(sorted) };
}

describe('chronology time', () => {
  it('orders messages by instant across zones, not by their wall clocks', () => {
    // 14:07 in London (UTC+0 in March) is after 09:06 in New York (UTC-5): 14:06Z.
    const london = { id: 1, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, 14, 7), withSeconds: false, timeZone: 'Europe/London', zoneAssumed: false, linkOffsetMs: 0 }) };
    const newYork = { id: 2, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, 14, 6), withSeconds: false, timeZone: 'America/New_York', zoneAssumed: false, linkOffsetMs: 0 }) };
    const { ids, overlaps } = ordered([london, newYork]);
    expect(ids).toEqual([2, 1]);
    expect(overlaps.get(1)).toEqual([]);
    expect(london.latest - london.earliest).toBe(MIN);
  });

  it('widens an assumed zone to every offset in use and then claims no order', () => {
    const assumed = { id: 1, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, 14, 0), withSeconds: true, timeZone: 'UTC', zoneAssumed: true, linkOffsetMs: 0 }) };
    expect(assumed.earliest).toBe(Date.UTC(2024, 2, 5, 0, 0));
    expect(assumed.latest).toBe(Date.UTC(2024, 2, 6, 2, 0) + 1000);
    expect(assumed.uncertainty.map((u) => u.reason)).toEqual(['seconds', 'assumed_zone']);
    const known = { id: 2, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, 9, 0), withSeconds: true, timeZone: 'Europe/Paris', zoneAssumed: false, linkOffsetMs: 0 }) };
    const { ids, overlaps } = ordered([known, assumed]);
    expect(ids).toEqual([1, 2]);
    expect(overlaps.get(2)).toEqual([1]);
  });

  it('widens by a linked copy’s clock offset on both sides', () => {
    const span = messageSpan({ sentAt: 1_000_000, withSeconds: true, timeZone: 'UTC', zoneAssumed: false, linkOffsetMs: -40_000 });
    expect([span.earliest, span.latest]).toEqual([960_000, 1_041_000]);
    // Two messages 30 s apart whose copies disagree by 40 s overlap.
    const later = messageSpan({ sentAt: 1_030_000, withSeconds: true, timeZone: 'UTC', zoneAssumed: false, linkOffsetMs: 40_000 });
    expect(ordered([{ id: 1, ...span }, { id: 2, ...later }]).overlaps.get(1)).toEqual([2]);
  });

  it('puts a day-precision event before the minute-precision messages of its day, overlapping them all', () => {
    const day = { id: 9, ...event('2024-03-05', 'Europe/Berlin') };
    expect([day.earliest, day.latest]).toEqual([Date.UTC(2024, 2, 4, 23, 0), Date.UTC(2024, 2, 5, 23, 0)]);
    const messages = [8, 12, 22].map((h, i) => ({ id: i + 1, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, h, 0), withSeconds: false, timeZone: 'UTC', zoneAssumed: false, linkOffsetMs: 0 }) }));
    const after = { id: 4, ...messageSpan({ sentAt: Date.UTC(2024, 2, 5, 23, 30), withSeconds: false, timeZone: 'UTC', zoneAssumed: false, linkOffsetMs: 0 }) };
    const { ids, overlaps } = ordered([...messages, after, day]);
    expect(ids).toEqual([9, 1, 2, 3, 4]);
    expect(overlaps.get(9)).toEqual([1, 2, 3]);
    expect(overlaps.get(1)).toEqual([9]);
    expect(overlaps.get(4)).toEqual([]);
  });

  it('dates events to the minute, the day or the month, and widens an approximate one by one unit each side', () => {
    expect(event('2024-03-05T14:07', 'UTC')).toMatchObject({ earliest: Date.UTC(2024, 2, 5, 14, 7), latest: Date.UTC(2024, 2, 5, 14, 8) });
    expect(event('2024-02', 'UTC')).toMatchObject({ earliest: Date.UTC(2024, 1, 1), latest: Date.UTC(2024, 2, 1) });
    const approx = event('2024-02', 'UTC', true);
    expect([approx.earliest, approx.latest]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1)]);
    expect(approx.uncertainty.map((u) => u.reason)).toEqual(['month_precision', 'approximate']);
    expect(event('2024-03-05T14:07:00+02:00', 'UTC').earliest).toBe(Date.UTC(2024, 2, 5, 12, 7));
    // A day across the spring-forward change is 23 hours long.
    const short = event('2024-03-31', 'Europe/London');
    expect(short.latest - short.earliest).toBe(23 * HOUR);
  });

  it('refuses what is not a date, saying what to write', () => {
    expect(parseEventDate('2024-02-30')).toMatch(/not a real date/);
    expect(parseEventDate('last Tuesday')).toMatch(/write YYYY-MM/);
    expect(parseEventDate('2024-13')).toMatch(/not a real date/);
  });

  it('shows a span in the display zone, the day once', () => {
    expect(spanText(Date.UTC(2024, 2, 5, 14, 7), Date.UTC(2024, 2, 5, 14, 8), 'Europe/Paris')).toBe('2024-03-05 15:07 Europe/Paris');
    expect(spanText(Date.UTC(2024, 2, 5, 0, 0), Date.UTC(2024, 2, 5, 2, 0), 'UTC')).toBe('2024-03-05 00:00 – 02:00 UTC');
  });
});
