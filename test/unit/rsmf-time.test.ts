// RSMF timestamps (docs/formats.md#rsmf-timestamps): `Z` or an offset is an instant; no zone is a wall-clock time
// whose zone the file does not say.
import { describe, expect, it } from 'vitest';
import { parseRsmfTimestamp, sortKey } from '../../electron/backend/importers/rsmf/time';

describe('RSMF timestamps', () => {
  it('reads `Z` as UTC, with milliseconds (shogun70)', () => {
    expect(parseRsmfTimestamp('2019-04-02T14:53:55.002Z')).toEqual({ kind: 'instant', instant: { us: Date.UTC(2019, 3, 2, 14, 53, 55, 2) * 1000, fine: false } });
  });
  it('keeps microseconds exactly and marks them fine', () => {
    expect(parseRsmfTimestamp('2023-11-14T22:13:20.123456Z')).toEqual({ kind: 'instant', instant: { us: Date.UTC(2023, 10, 14, 22, 13, 20) * 1000 + 123456, fine: true } });
  });
  it('applies an offset', () => {
    const p = parseRsmfTimestamp('2023-11-14T23:13:20+01:00');
    expect(p.kind === 'instant' && p.instant.us).toBe(Date.UTC(2023, 10, 14, 22, 13, 20) * 1000);
    const q = parseRsmfTimestamp('2023-11-14T17:13:20-0500');
    expect(q.kind === 'instant' && q.instant.us).toBe(Date.UTC(2023, 10, 14, 22, 13, 20) * 1000);
  });
  it('reads a zone-less value as a wall-clock time (Samples 1–4)', () => {
    expect(parseRsmfTimestamp('2013-01-10T15:53:00')).toEqual({ kind: 'local', local: { year: 2013, month: 1, day: 10, hour: 15, minute: 53, second: 0 }, fraction: '' });
  });
  it('refuses what is not an ISO date-time', () => {
    for (const bad of ['2013-01-10', '10/01/2013 15:53', '2013-02-30T10:00:00Z', 'yesterday', 42, null]) expect(parseRsmfTimestamp(bad).kind).toBe('invalid');
  });
  it('sorts instants and wall-clock times on one scale', () => {
    expect(sortKey(parseRsmfTimestamp('2013-01-10T15:53:00'))).toBe(Date.UTC(2013, 0, 10, 15, 53) * 1000);
    expect(sortKey({ kind: 'invalid' })).toBeNull();
  });
});
