// Wickr timestamp traps (docs/formats.md#wickr-time): msg_ts is seconds plus whole microseconds whose fraction
// is not zero-padded; the display strings carry no zone; record-level ttl / bor are display dates.
import { describe, expect, it } from 'vitest';
import { displayOffsetSeconds, expirySeconds, parseDisplayTime, parseMsgTs, uuidV1Micros } from '../../electron/backend/importers/wickr/time';

describe('msg_ts', () => {
  it('reads an unpadded fraction as microseconds: 1544019125.75323 is .075323 s (W line 4)', () => {
    expect(parseMsgTs('1544019125.75323')).toEqual({ us: 1544019125_075323, longFraction: false });
  });
  it('reads 1620240477.36364 as .036364 s (W line 12)', () => {
    expect(parseMsgTs('1620240477.36364')!.us).toBe(1620240477_036364);
  });
  it('keeps a six-digit fraction exactly, never through a float (E line 1)', () => {
    expect(parseMsgTs('1691176258.901277')!.us).toBe(1691176258_901277);
    expect(parseMsgTs('1691176258.000001')!.us % 1_000_000).toBe(1);
  });
  it('reads seconds without a fraction, and a sanitised .000000', () => {
    expect(parseMsgTs('1691176258')!.us).toBe(1691176258_000000);
    expect(parseMsgTs('1691176258.000000')!.us).toBe(1691176258_000000);
  });
  it('reads a fraction of more than six digits as a decimal fraction and says so', () => {
    expect(parseMsgTs('1691176258.1234567')).toEqual({ us: 1691176258_123456, longFraction: true });
  });
  it('refuses what is not `<seconds>.<fraction>`', () => {
    for (const bad of ['', 'abc', '1691176258.', '-5.1', '1.2.3', null, undefined, {}]) expect(parseMsgTs(bad)).toBeNull();
  });
});

describe('the time in a version-1 UUID message_id', () => {
  it('confirms the leading zero of an unpadded fraction (W lines 4 and 12)', () => {
    const w4 = uuidV1Micros('be452b00f89711e883588d1e7a946847')!;
    expect(Math.abs(w4 - parseMsgTs('1544019125.75323')!.us)).toBeLessThan(1000);
    const w12 = uuidV1Micros('68596ac0add211ebb00f1b2dbb810704')!;
    expect(Math.abs(w12 - parseMsgTs('1620240477.36364')!.us)).toBeLessThan(1000);
  });
  it('gives no time for sanitised 24-hex placeholders or non-v1 ids (A lines 8, 21–23)', () => {
    expect(uuidV1Micros('4d5e6f7a8b9c0d1e2f3a4b5c')).toBeNull();
    expect(uuidV1Micros('0123456789ab4def0123456789abcdef')).toBeNull(); // version 4
    expect(uuidV1Micros(undefined)).toBeNull();
  });
});

describe('display times and record-level expiry', () => {
  it('reads `M/D/YY h:mm AM` with 12 AM as midnight and 12 PM as noon', () => {
    expect(parseDisplayTime('8/4/23 7:10 PM')).toEqual({ year: 2023, month: 8, day: 4, hour: 19, minute: 10, second: 0 });
    expect(parseDisplayTime('1/1/24 12:05 AM')).toMatchObject({ hour: 0, minute: 5 });
    expect(parseDisplayTime('1/1/24 12:05 PM')).toMatchObject({ hour: 12 });
    expect(parseDisplayTime('2023-08-04 19:10:58.901')).toEqual({ year: 2023, month: 8, day: 4, hour: 19, minute: 10, second: 58 });
    expect(parseDisplayTime('13/4/23 7:10 PM')).toBeNull();
  });
  it('turns a record-level ttl date into seconds from the record display time: 30 days (E line 1)', () => {
    expect(expirySeconds('9/3/23 7:10 PM', '8/4/23 7:10 PM')).toBe(2_592_000);
  });
  it('turns a record-level bor date into seconds: 6 days (E line 2), one leap year (W line 1)', () => {
    expect(expirySeconds('8/10/23 7:19 PM', '8/4/23 7:19 PM')).toBe(518_400);
    expect(expirySeconds('7/10/24 5:19 PM', '7/11/23 5:19 PM')).toBe(365 * 86_400);
  });
  it('gives nothing when either date does not parse or the expiry is not later', () => {
    expect(expirySeconds(undefined, '8/4/23 7:10 PM')).toBeNull();
    expect(expirySeconds('soon', '8/4/23 7:10 PM')).toBeNull();
    expect(expirySeconds('8/4/23 7:10 PM', '8/4/23 7:10 PM')).toBeNull();
  });
  it('measures the display zone against msg_ts: −7 h on the May 2020 examples (A line 13)', () => {
    expect(displayOffsetSeconds('2020-05-01 12:41:02.000', parseMsgTs('1588362062.000000')!.us)).toBe(-7 * 3600);
  });
});
