// Wall-clock → UTC in a named zone, never the machine's own (docs/design.md#assumed-zone).
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatLocalIso, isValidCalendarDate, localToUtc, parseLocalIso } from '../../electron/backend/time/zone';

const t = (iso: string) => parseLocalIso(iso)!;

describe('localToUtc', () => {
  it('applies the zone offset, summer and winter', () => {
    expect(localToUtc(t('2023-01-15T12:00'), 'Europe/Berlin')).toBe(Date.UTC(2023, 0, 15, 11, 0));
    expect(localToUtc(t('2023-07-15T12:00'), 'Europe/Berlin')).toBe(Date.UTC(2023, 6, 15, 10, 0));
    expect(localToUtc(t('2023-07-15T12:00'), 'America/New_York')).toBe(Date.UTC(2023, 6, 15, 16, 0));
    expect(localToUtc(t('2023-07-15T12:00'), 'Asia/Kolkata')).toBe(Date.UTC(2023, 6, 15, 6, 30));
    expect(localToUtc(t('2023-07-15T12:00:30'), 'UTC')).toBe(Date.UTC(2023, 6, 15, 12, 0, 30));
  });

  it('reads a repeated fall-back hour as the earlier instant', () => {
    // 2023-10-29 02:30 happens twice in Berlin: first at UTC 00:30 (CEST), then at 01:30 (CET).
    expect(localToUtc(t('2023-10-29T02:30'), 'Europe/Berlin')).toBe(Date.UTC(2023, 9, 29, 0, 30));
    expect(localToUtc(t('2023-10-29T03:30'), 'Europe/Berlin')).toBe(Date.UTC(2023, 9, 29, 2, 30));
  });

  it('reads a skipped spring-forward time with the offset before the gap', () => {
    // 2023-03-26 02:30 does not exist in Berlin; read with +01:00.
    expect(localToUtc(t('2023-03-26T02:30'), 'Europe/Berlin')).toBe(Date.UTC(2023, 2, 26, 1, 30));
    expect(localToUtc(t('2023-03-26T03:30'), 'Europe/Berlin')).toBe(Date.UTC(2023, 2, 26, 1, 30));
  });

  it('keeps years below 100 as written, not as 19xx', () => {
    expect(new Date(localToUtc({ year: 22, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, 'UTC')).getUTCFullYear()).toBe(22);
  });
});

describe('local time helpers', () => {
  it('formats with and without seconds', () => {
    expect(formatLocalIso(t('2024-02-29T07:05:09'), true)).toBe('2024-02-29T07:05:09');
    expect(formatLocalIso(t('2024-02-29T07:05:09'), false)).toBe('2024-02-29T07:05');
  });

  it('knows the calendar', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 4, 31)).toBe(false);
  });

  it('canonicalises zone names and rejects unknown ones', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
  });
});
