// Wickr timestamps (docs/formats.md#wickr-time). msg_ts is the only authoritative clock: whole seconds plus a
// fraction that counts microseconds and is not always zero-padded (`1544019125.75323` is .075323 s).
// The display strings (`time`, `time_iso`, record-level `ttl` and `bor`) carry no zone.
import type { LocalTime } from '../../time/zone';
import { isValidCalendarDate } from '../../time/zone';

const MSG_TS = /^\s*(\d{1,12})(?:\.(\d{1,9}))?\s*$/;

/**
 * msg_ts in microseconds since the epoch: integer seconds plus `int(fraction)` microseconds, never a
 * float. A fraction of more than six digits is not the bot's format; it is read as a decimal fraction
 * (truncated to microseconds) and reported through `longFraction`.
 */
export function parseMsgTs(text: unknown): { us: number; longFraction: boolean } | null {
  if (typeof text !== 'string' && typeof text !== 'number') return null;
  const m = MSG_TS.exec(String(text));
  if (!m) return null;
  const seconds = Number(m[1]);
  const fraction = m[2] ?? '';
  if (fraction.length <= 6) return { us: seconds * 1_000_000 + (fraction ? Number(fraction) : 0), longFraction: false };
  return { us: seconds * 1_000_000 + Number(fraction.slice(0, 6)), longFraction: true };
}

/** 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch. */
const UUID_EPOCH_OFFSET = 0x01b21dd213814000n;

/**
 * The time embedded in a version-1 UUID written without dashes (Wickr message_id), in microseconds
 * since the epoch; null when the id is not a 32-hex version-1 UUID (sanitised 24-hex placeholders).
 */
export function uuidV1Micros(id: unknown): number | null {
  if (typeof id !== 'string' || !/^[0-9a-fA-F]{32}$/.test(id)) return null;
  const hex = id.toLowerCase();
  if (hex[12] !== '1') return null; // the version nibble
  const timeLow = BigInt(`0x${hex.slice(0, 8)}`);
  const timeMid = BigInt(`0x${hex.slice(8, 12)}`);
  const timeHi = BigInt(`0x${hex.slice(13, 16)}`);
  const ticks = (timeHi << 48n) | (timeMid << 32n) | timeLow;
  if (ticks < UUID_EPOCH_OFFSET) return null;
  return Number((ticks - UUID_EPOCH_OFFSET) / 10n);
}

const DISPLAY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?\s*[Mm]\.?\s*$/;
const ISO_LIKE = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*$/;

/** A Wickr display time, `M/D/YY h:mm AM` (`time`, record-level `ttl` / `bor`) or `YYYY-MM-DD hh:mm:ss.mmm` (`time_iso`). */
export function parseDisplayTime(text: unknown): LocalTime | null {
  if (typeof text !== 'string') return null;
  let m = DISPLAY.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const month = Number(m[1]);
    const day = Number(m[2]);
    let hour = Number(m[4]);
    if (hour < 1 || hour > 12 || !isValidCalendarDate(year, month, day)) return null;
    const pm = m[7]!.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
    return { year, month, day, hour, minute: Number(m[5]), second: m[6] ? Number(m[6]) : 0 };
  }
  m = ISO_LIKE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidCalendarDate(year, month, day)) return null;
    return { year, month, day, hour: Number(m[4]), minute: Number(m[5]), second: m[6] ? Number(m[6]) : 0 };
  }
  return null;
}

function naiveSeconds(t: LocalTime): number {
  const d = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second));
  d.setUTCFullYear(t.year);
  return d.getTime() / 1000;
}

/**
 * A record-level `ttl` or `bor` display date as a duration from the record's own display time, in
 * seconds: both are in the same unknown zone, so their difference needs no zone. Minute
 * precision, because the display strings have minutes only; null when either does not parse or
 * the expiry is not after the display time.
 */
export function expirySeconds(expiry: unknown, displayTime: unknown): number | null {
  const end = parseDisplayTime(expiry);
  const start = parseDisplayTime(displayTime);
  if (!end || !start) return null;
  const diff = naiveSeconds(end) - naiveSeconds({ ...start, second: 0 });
  return diff > 0 ? Math.round(diff / 60) * 60 : null;
}

/** `time_iso` (or `time`) minus msg_ts, in seconds: the display zone's apparent offset. */
export function displayOffsetSeconds(display: unknown, msgTsUs: number): number | null {
  const t = parseDisplayTime(display);
  if (!t) return null;
  return Math.round(naiveSeconds(t) - Math.floor(msgTsUs / 1_000_000));
}
