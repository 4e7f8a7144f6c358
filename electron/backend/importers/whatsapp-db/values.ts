// Cells as phones and forensic tools actually store them: numbers as text ('15' in a TEXT column),
// empty strings in INTEGER columns, Apple dates as integers in some rows and decimals in others.
import type Database from 'better-sqlite3';
import type { Instant } from '../types';

/** Seconds between 1970-01-01 and 2001-01-01, the epoch of Apple's Core Data dates. */
export const APPLE_EPOCH_SECONDS = 978_307_200;

export type Cell = number | bigint | string | Buffer | null;
export type Row = Record<string, Cell>;

/** An integer from a cell of any storage class, or null when there is none. */
export function int(v: Cell | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const t = v.trim();
    return /^[+-]?\d+(\.\d+)?$/.test(t) ? Math.trunc(Number(t)) : null;
  }
  return null;
}

/** A decimal from a cell of any storage class. */
export function real(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.trim())) return Number(v.trim());
  return int(v);
}

/** Text from a cell; a blob is decoded as UTF-8 (invalid bytes become U+FFFD). */
export function text(v: Cell | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return String(v);
}

/** Milliseconds since 1970 (Android); 0 and negative values mean "not set". */
export function fromUnixMs(v: Cell | undefined): Instant | null {
  const ms = int(v);
  return ms !== null && ms > 0 ? { us: ms * 1000, fine: false } : null;
}

/** Seconds since 2001 (iOS), integer or decimal; 0 means "not set", not 2001. */
export function fromAppleSeconds(v: Cell | undefined): Instant | null {
  const s = real(v);
  if (s === null || s === 0) return null;
  const us = Math.round((s + APPLE_EPOCH_SECONDS) * 1_000_000);
  return Number.isSafeInteger(us) ? { us, fine: !Number.isInteger(s) } : null;
}

/**
 * The key under which a message's raw record keeps what was read from the tables joined to its row
 * (the quote, the revocation, the media's mime type); `$` keeps it apart from any column name.
 */
export const JOINED_KEY = '$joined';

/** The row as JSON, blobs as base64, with what was joined to it under JOINED_KEY. */
export function rowJson(row: Row, joined: Record<string, unknown> = {}): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { base64: v.toString('base64') } : typeof v === 'bigint' ? String(v) : v;
  if (Object.keys(joined).length) out[JOINED_KEY] = joined;
  return JSON.stringify(out);
}

/**
 * SELECT the wanted columns of a table, NULL for those this version of the schema lacks, so one
 * query reads a 2014 database and a 2025 one alike.
 */
export function selectColumns(table: string, have: readonly string[], want: readonly string[], alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return want.map((c) => (have.includes(c) ? `${prefix}"${c}" AS "${c}"` : `NULL AS "${c}"`)).join(', ');
}

export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function allRows(db: Database.Database, sql: string, ...params: unknown[]): Row[] {
  return db.prepare(sql).all(...params) as Row[];
}
