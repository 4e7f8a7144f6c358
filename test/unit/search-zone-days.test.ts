// Days in the display zone: where a day starts, and the SQL that numbers days across DST changes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dayNumberSql, isoOfDayNumber, nextDay, startOfDay } from '../../electron/backend/search/zone-days';

describe('days in a zone', () => {
  it('start at local midnight, also on the days clocks change', () => {
    expect(startOfDay({ year: 2023, month: 3, day: 12 }, 'America/Chicago')).toBe(Date.UTC(2023, 2, 12, 6));
    expect(startOfDay({ year: 2023, month: 3, day: 13 }, 'America/Chicago')).toBe(Date.UTC(2023, 2, 13, 5));
    expect(startOfDay({ year: 2024, month: 3, day: 15 }, 'UTC')).toBe(Date.UTC(2024, 2, 15));
    // Santiago skipped midnight on 2023-09-03: the day starts at the first instant it has.
    expect(startOfDay({ year: 2023, month: 9, day: 3 }, 'America/Santiago')).toBe(Date.UTC(2023, 8, 3, 4));
  });

  it('follow each other across months, years and leap days', () => {
    expect(nextDay({ year: 2024, month: 2, day: 28 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nextDay({ year: 2023, month: 2, day: 28 })).toEqual({ year: 2023, month: 3, day: 1 });
    expect(nextDay({ year: 2023, month: 12, day: 31 })).toEqual({ year: 2024, month: 1, day: 1 });
    expect(isoOfDayNumber(19_797)).toBe('2024-03-15');
  });

  it('are numbered in SQL exactly as the zone reads each instant, on both sides of a DST change', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE messages (sent_at INTEGER)');
    const from = Date.UTC(2023, 2, 1);
    const to = Date.UTC(2023, 10, 30);
    const insert = db.prepare('INSERT INTO messages VALUES (?)');
    const instants: number[] = [];
    for (let t = from; t <= to; t += 37 * 60_000 + 13_000) instants.push(t);
    for (const t of instants) insert.run(t);
    const zone = 'Europe/London';
    const expression = dayNumberSql(zone, from, to);
    const days = db.prepare(`SELECT ${expression} FROM messages m ORDER BY rowid`).pluck().all() as number[];
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    expect(days.map(isoOfDayNumber)).toEqual(instants.map((t) => local.format(new Date(t))));
    expect(expression).toContain('CASE');
  });
});
