// Message volume per bucket, for the case or one conversation, whole or split into series. Buckets
// are UTC bounds (days from zone-days, clock hours). Days in the display zone are read from the
// day-counts summary (day-counts.ts); otherwise each conversation is counted through its own
// time-ordered index: one range count per bucket where it is busy, one ordered pass over its few
// messages where it is not. Neither reads a message row, and a door receives counts, never rows.
import { ApiError } from '../../../shared/api';
import { bucketIndexOf, TIMELINE_SERIES_MAX, type Timeline, type TimelineRequest, type TimelineSeries, type TimelineSplit } from '../../../shared/timeline';
import type { Db } from '../case/open';
import { bandsPerBucket } from './bands';
import { chooseBucket, dayBuckets, dayRange, hourBuckets, type Buckets, type DayBuckets } from './buckets';
import { dayCountsZone, dayTotals } from './day-counts';
import { extentOf, scopeOf, undatedOf, type Scope } from './scope';

/**
 * Below this many messages per bucket of its span, a conversation is read message by message: a range
 * query costs about what reading ten rows does.
 */
const ROWS_PER_QUERY = 10;

/** Counts per bucket for each value of the split (a conversation id, an author id; null: no author, or no split). */
type CountsByKey = Map<number | null, number[]>;

function countsFor(byKey: CountsByKey, key: number | null, n: number): number[] {
  let counts = byKey.get(key);
  if (!counts) byKey.set(key, (counts = new Array<number>(n).fill(0)));
  return counts;
}

/** The conversations a scope counts: itself, or every conversation of a complete source. */
function conversationsOf(db: Db, scope: Scope): number[] {
  if (scope.conversationId !== null) return [scope.conversationId];
  return db.prepare(`SELECT c.id FROM conversations c JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete' ORDER BY c.id`).pluck().all() as number[];
}

function countBuckets(db: Db, scope: Scope, bounds: readonly number[], split: TimelineSplit): CountsByKey {
  const n = bounds.length - 1;
  const [from, to] = [bounds[0]!, bounds[n]!];
  const byAuthor = split === 'author' || split === 'person';
  const first = db.prepare('SELECT min(sent_at) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?').pluck();
  const last = db.prepare('SELECT max(sent_at) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?').pluck();
  const count = db.prepare('SELECT count(*) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?').pluck();
  const countByAuthor = db.prepare('SELECT m.author_id, count(*) FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ? GROUP BY m.author_id').raw();
  const rows = db.prepare('SELECT m.sent_at, m.author_id FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ? ORDER BY m.sent_at').raw();
  const byKey: CountsByKey = new Map();
  for (const conversationId of conversationsOf(db, scope)) {
    const start = first.get(conversationId, from, to) as number | null;
    if (start === null) continue;
    const [i0, i1] = [bucketIndexOf(bounds, start), bucketIndexOf(bounds, last.get(conversationId, from, to) as number)];
    const key = split === 'conversation' ? conversationId : null;
    const messages = count.get(conversationId, bounds[i0], bounds[i1 + 1]) as number;
    if (messages < ROWS_PER_QUERY * (i1 - i0 + 1)) {
      let i = i0;
      for (const [at, author] of rows.iterate(conversationId, bounds[i0], bounds[i1 + 1]) as IterableIterator<[number, number | null]>) {
        while (at >= bounds[i + 1]!) i++;
        countsFor(byKey, byAuthor ? author : key, n)[i]!++;
      }
      continue;
    }
    for (let i = i0; i <= i1; i++) {
      if (byAuthor) {
        for (const [author, c] of countByAuthor.all(conversationId, bounds[i], bounds[i + 1]) as [number | null, number][]) countsFor(byKey, author, n)[i]! += c;
      } else {
        countsFor(byKey, key, n)[i]! += count.get(conversationId, bounds[i], bounds[i + 1]) as number;
      }
    }
  }
  return byKey;
}

/** Counts per day from the day-counts summary (its days are the zone's): a few rows per conversation-day, never a message. */
function countDays(db: Db, scope: Scope, { bounds, indexOfDay }: DayBuckets, split: TimelineSplit): CountsByKey {
  const n = bounds.length - 1;
  const byKey: CountsByKey = new Map();
  const key = split === 'conversation' ? 'conversation_id' : split === 'author' || split === 'person' ? 'author_id' : null;
  for (const [day, value, messages] of dayTotals(db, { conversationId: scope.conversationId, days: dayRange(indexOfDay) }, key)) {
    countsFor(byKey, value, n)[indexOfDay.get(day)!]! += messages;
  }
  return byKey;
}

function add(into: number[], counts: readonly number[]): void {
  for (let i = 0; i < counts.length; i++) into[i]! += counts[i]!;
}

/** The split's series, named: conversations by title (and custodian or file where titles repeat), authors by name, persons by theirs. */
function seriesOf(db: Db, split: TimelineSplit, byKey: CountsByKey, n: number): TimelineSeries[] {
  if (split === 'none') return [];
  const named = new Map<string, TimelineSeries>();
  const labelOf = split === 'conversation' ? conversationLabels(db) : null;
  // Per participant id: the series it counts in.
  const authorSeries =
    split === 'author'
      ? new Map((db.prepare('SELECT id, name FROM participants').raw().all() as [number, string][]).map(([id, name]) => [id, [`author:${name}`, name] as const]))
      : split === 'person'
        ? new Map(
            (db.prepare('SELECT pm.participant_id, p.id, p.display_name FROM person_members pm JOIN persons p ON p.id = pm.person_id').raw().all() as [number, number, string][]).map(
              ([participant, person, name]) => [participant, [`person:${person}`, name] as const],
            ),
          )
        : null;
  for (const [id, counts] of byKey) {
    const [key, label] =
      split === 'conversation'
        ? [`conversation:${id}`, labelOf!.get(id!) ?? `Conversation ${id}`]
        : id === null
          ? ['author:', 'No author (system lines)']
          : (authorSeries!.get(id) ?? [`author:#${id}`, `Participant ${id}`]);
    let series = named.get(key);
    if (!series) named.set(key, (series = { key, label, total: 0, counts: new Array<number>(n).fill(0) }));
    add(series.counts, counts);
  }
  const all = [...named.values()];
  for (const s of all) s.total = s.counts.reduce((a, b) => a + b, 0);
  all.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  if (all.length <= TIMELINE_SERIES_MAX + 1) return all;
  const kept = all.slice(0, TIMELINE_SERIES_MAX);
  const rest = all.slice(TIMELINE_SERIES_MAX);
  const other: TimelineSeries = { key: 'other', label: `${rest.length} others`, total: 0, counts: new Array<number>(n).fill(0) };
  for (const s of rest) {
    add(other.counts, s.counts);
    other.total += s.total;
  }
  return [...kept, other];
}

function conversationLabels(db: Db): Map<number, string> {
  const rows = db
    .prepare('SELECT c.id, c.title, s.custodian, s.file_name FROM conversations c JOIN sources s ON s.id = c.source_id')
    .all() as { id: number; title: string; custodian: string | null; file_name: string }[];
  const titles = new Map<string, number>();
  for (const r of rows) titles.set(r.title, (titles.get(r.title) ?? 0) + 1);
  return new Map(rows.map((r) => [r.id, titles.get(r.title)! > 1 ? `${r.title} (${r.custodian ?? r.file_name})` : r.title]));
}

export function timeline(db: Db, request: TimelineRequest, zone: string): Timeline {
  const started = performance.now();
  const scope = scopeOf(db, request.conversationId);
  const split = request.split ?? 'none';
  const extent = extentOf(db, scope);
  const from = request.from ?? extent?.first;
  const to = request.to ?? (extent ? extent.last + 1 : undefined);
  const result = (buckets: Buckets | null, byKey: CountsByKey): Timeline => {
    const bounds = buckets?.bounds ?? [];
    const n = Math.max(0, bounds.length - 1);
    const totals = new Array<number>(n).fill(0);
    for (const counts of byKey.values()) add(totals, counts);
    const bands = bandsPerBucket(db, scope, bounds);
    return {
      timeZone: zone,
      conversationId: scope.conversationId,
      bucket: buckets?.bucket ?? 'day',
      split,
      bounds,
      labels: buckets?.labels ?? [],
      totals,
      series: seriesOf(db, split, byKey, n),
      findings: bands.counts,
      extent,
      undated: undatedOf(db, scope),
      undatedFindings: bands.undated,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  };
  if (from === undefined || to === undefined) return result(null, new Map());
  if (from >= to) throw new ApiError('invalid_argument', `timeline: the range must end after it starts (from ${from}, to ${to}).`);
  if (chooseBucket(request.bucket ?? 'auto', from, to) === 'hour') {
    const buckets = hourBuckets(from, to - 1, zone);
    return result(buckets, countBuckets(db, scope, buckets.bounds, split));
  }
  const buckets = dayBuckets(from, to - 1, zone);
  return result(buckets, dayCountsZone(db) === zone ? countDays(db, scope, buckets, split) : countBuckets(db, scope, buckets.bounds, split));
}
