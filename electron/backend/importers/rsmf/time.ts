// RSMF timestamps (docs/formats.md#rsmf-timestamps): ISO 8601 date-times, with `Z` or an offset (an instant) or
// without a zone (a wall-clock time whose zone the file does not say; read in the source's zone and
// flagged).
import { isValidCalendarDate, type LocalTime } from '../../time/zone';
import type { Instant } from '../types';

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$/;

export type ParsedStamp = { kind: 'instant'; instant: Instant } | { kind: 'local'; local: LocalTime; fraction: string } | { kind: 'invalid' };

/** Reads an RSMF timestamp: an instant when it carries `Z` or an offset, else a wall-clock time. */
export function parseRsmfTimestamp(text: unknown): ParsedStamp {
  if (typeof text !== 'string') return { kind: 'invalid' };
  const m = ISO.exec(text);
  if (!m) return { kind: 'invalid' };
  const [year, month, day, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const second = m[6] ? Number(m[6]) : 0;
  if (!isValidCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 60) return { kind: 'invalid' };
  const fraction = m[7] ?? '';
  const local: LocalTime = { year, month, day, hour, minute, second };
  if (!m[8]) return { kind: 'local', local, fraction };
  let offsetMinutes = 0;
  if (m[8] !== 'Z' && m[8] !== 'z') {
    const digits = m[8].replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
  }
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  const micros = Number((fraction + '000000').slice(0, 6));
  const us = (d.getTime() - offsetMinutes * 60_000) * 1000 + micros;
  return { kind: 'instant', instant: { us, fine: fraction.length > 3 } };
}

/** A sort key in microseconds: instants as they are, wall-clock times as if they were UTC. */
export function sortKey(p: ParsedStamp): number | null {
  if (p.kind === 'instant') return p.instant.us;
  if (p.kind === 'local') {
    const t = p.local;
    const d = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second));
    d.setUTCFullYear(t.year);
    return d.getTime() * 1000 + Number((p.fraction + '000000').slice(0, 6));
  }
  return null;
}
