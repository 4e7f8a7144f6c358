// R7: silences judged against the conversation's own rhythm (docs/gaps.md#r7). Each hour of a weekday
// and each hour of a weekend day gets the rate at which this conversation usually has messages then;
// a silence scores the number of messages those rates would expect in it. A night's sleep, or a
// weekend in a chat that is quiet at weekends, expects few; a mid-day silence in a busy chat expects
// many. Low strength, ranked, a lead only.
import { formatDuration } from 'date-fns';
import type { Db } from '../../case/open';
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { grown } from '../../arrays/grown';

const MIN_MESSAGES = 50;
const MIN_SILENCE_MS = 2 * 3_600_000;
/** At this many expected messages, a silence has a chance of about 1 in 3,000 under the usual rhythm. */
const MIN_EXPECTED = 8;
const KEEP = 25;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Wall-clock time as a number, so hour-of-day arithmetic ignores zones and DST. */
function wall(local: string): number {
  return Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16));
}

/** The first 10 characters of a local time (`2023-03-22`): its date. */
const DATE_KEY = 10;

/** Hourly message rates for weekdays (index 0) and weekend days (index 1). */
export type Rhythm = [number[], number[]];

/** Days and hours counted from the epoch's midnight (a Thursday), by arithmetic: this runs once per hour of every silence. */
const dayOfWeek = (wallMs: number) => (((Math.floor(wallMs / DAY) + 4) % 7) + 7) % 7;
const hourOfDay = (wallMs: number) => Math.floor((((wallMs % DAY) + DAY) % DAY) / HOUR);

const isWeekend = (wallMs: number) => {
  const day = dayOfWeek(wallMs);
  return day === 0 || day === 6 ? 1 : 0;
};

/** Messages the rhythm expects between two wall-clock instants. */
export function expectedBetween(rhythm: Rhythm, fromWall: number, toWall: number): number {
  const perDay = rhythm.map((rates) => rates.reduce((a, b) => a + b, 0));
  let expected = 0;
  let t = fromWall;
  // Whole weeks at once: a month-long silence costs as little as an hour-long one.
  const wholeWeeks = Math.floor((toWall - t) / (7 * DAY)) - 1;
  if (wholeWeeks > 0) {
    expected += wholeWeeks * (5 * perDay[0]! + 2 * perDay[1]!);
    t += wholeWeeks * 7 * DAY;
  }
  while (t < toWall) {
    const hourEnd = Math.min(toWall, t - (t % HOUR) + HOUR);
    expected += (rhythm[isWeekend(t)][hourOfDay(t)]! * (hourEnd - t)) / HOUR;
    t = hourEnd;
  }
  return expected;
}

/** Counts messages per hour of day on weekdays and weekend days. */
export class RhythmBuilder {
  private readonly counts: Rhythm = [new Array<number>(24).fill(0), new Array<number>(24).fill(0)];
  private first: string | null = null;
  private last: string | null = null;
  // Hours come a day at a time: the day's weekday is worked out once per day, not per hour.
  private day: string | null = null;
  private dayIsWeekend: 0 | 1 = 0;

  add(local: string, messages = 1): void {
    if (this.day?.length !== DATE_KEY || !local.startsWith(this.day)) {
      this.day = local.slice(0, DATE_KEY);
      this.dayIsWeekend = isWeekend(wall(`${this.day}T00:00`));
    }
    this.counts[this.dayIsWeekend][+local.slice(11, 13)]! += messages;
    if (this.first === null || local < this.first) this.first = local;
    if (this.last === null || local > this.last) this.last = local;
  }

  /** Messages per hour of day, per weekday or weekend day the conversation spans. */
  rhythm(): Rhythm {
    const days = [0, 0];
    if (this.first !== null && this.last !== null) {
      for (let d = wall(this.first.slice(0, 10) + 'T00:00'); d <= wall(this.last.slice(0, 10) + 'T00:00'); d += DAY) days[isWeekend(d)]!++;
    }
    return [this.counts[0].map((c) => c / Math.max(days[0]!, 1)), this.counts[1].map((c) => c / Math.max(days[1]!, 1))];
  }
}

export function rhythmOf(locals: string[]): Rhythm {
  const builder = new RhythmBuilder();
  for (const l of locals) builder.add(l);
  return builder.rhythm();
}

/** `2 days 5 hours`, `7 hours`: a silence to the nearest hour. */
export function silenceDuration(ms: number): string {
  const hours = Math.round(ms / HOUR);
  return formatDuration({ days: Math.floor(hours / 24), hours: hours % 24 }, { format: ['days', 'hours'], zero: false }) || '0 hours';
}

/** Two consecutive timed messages (in local-time order) further apart than MIN_SILENCE_MS: their seqs, instants and wall-clock times. */
export interface Silence {
  beforeSeq: number;
  afterSeq: number;
  fromAt: number;
  toAt: number;
  fromWall: number;
  toWall: number;
}

const float64s = (n: number) => new Float64Array(n);

/** The numbers of one silence, in the order of Silence's fields. */
const SILENCE_FIELDS = 6;

/** The first 13 characters of a local time (`2023-03-22T10`): the hour it falls in. */
const HOUR_KEY = 13;

/**
 * A conversation's timed messages (instant and local time known, not a notice) handed over one at a
 * time in local-time order, then seq: what R7 learns from them, without keeping them. The hourly
 * counts give the rhythm; neighbours further apart than MIN_SILENCE_MS are the candidate silences.
 */
export class TimesInOrder {
  count = 0;
  readonly rhythm = new RhythmBuilder();
  /**
   * The candidate silences, SILENCE_FIELDS numbers each. A sparse conversation of a million messages
   * has hundreds of thousands, all kept until its rhythm is known: as objects with their two local
   * times they were about 130 bytes each in the collected heap, which then grew to several times that.
   */
  private silenceFields = new Float64Array(SILENCE_FIELDS * 64);
  silenceCount = 0;
  // The messages of one hour are consecutive in this order, so each hour is counted as a run.
  private hour: string | null = null;
  private inHour = 0;
  private previousAt = 0;
  private previousLocal = '';
  private previousSeq = -1;

  add(at: number, local: string, seq: number): void {
    if (this.hour?.length === HOUR_KEY && local.startsWith(this.hour)) this.inHour++;
    else {
      this.closeHour();
      this.hour = local.slice(0, HOUR_KEY);
      this.inHour = 1;
    }
    if (this.count > 0 && at - this.previousAt >= MIN_SILENCE_MS) {
      this.keepSilence([this.previousSeq, seq, this.previousAt, at, wall(this.previousLocal), wall(local)]);
    }
    this.count++;
    this.previousAt = at;
    this.previousLocal = local;
    this.previousSeq = seq;
  }

  /** Counts the last hour in; call once, after the last message. */
  finish(): this {
    this.closeHour();
    this.hour = null;
    return this;
  }

  silence(i: number): Silence {
    const [beforeSeq, afterSeq, fromAt, toAt, fromWall, toWall] = this.silenceFields.subarray(i * SILENCE_FIELDS, (i + 1) * SILENCE_FIELDS);
    return { beforeSeq: beforeSeq!, afterSeq: afterSeq!, fromAt: fromAt!, toAt: toAt!, fromWall: fromWall!, toWall: toWall! };
  }

  private keepSilence(fields: number[]): void {
    this.silenceFields = grown(this.silenceFields, (this.silenceCount + 1) * SILENCE_FIELDS, float64s);
    this.silenceFields.set(fields, this.silenceCount++ * SILENCE_FIELDS);
  }

  private closeHour(): void {
    if (this.hour !== null) this.rhythm.add(`${this.hour}:00`, this.inHour);
  }
}

/** R7's own pass, for a conversation whose local times are not in source order: sorted by SQLite over the (conversation, local time) index. */
function timesInLocalOrder(db: Db, conversationId: number): TimesInOrder {
  const rows = db
    .prepare(
      `SELECT sent_at, sent_at_local, seq FROM messages
       WHERE conversation_id = ? AND sent_at IS NOT NULL AND sent_at_local IS NOT NULL AND kind != 'system'
       ORDER BY sent_at_local, seq`,
    )
    .raw()
    .iterate(conversationId) as IterableIterator<[number, string, number]>;
  const times = new TimesInOrder();
  for (const [at, local, seq] of rows) times.add(at, local, seq);
  return times.finish();
}

export const cadence: GapRule = {
  id: 'R7',
  title: 'Silences unusual for the conversation’s own rhythm, time of day included',
  run(db, f) {
    if (f.contentNature === 'metadata_only') return cannot('the source holds no content, so its rhythm says nothing about missing messages');
    // Most conversations were read in local-time order by the source's shared pass (gaps/source-scan.ts).
    const times = f.scan?.times ?? timesInLocalOrder(db, f.conversationId);
    if (times.count < MIN_MESSAGES) return cannot(`too few timed messages (${times.count}, fewer than ${MIN_MESSAGES}) to learn the conversation’s rhythm`);
    const rhythm = times.rhythm.rhythm();
    const unusual: (Silence & { expected: number })[] = [];
    for (let i = 0; i < times.silenceCount; i++) {
      const s = times.silence(i);
      const expected = expectedBetween(rhythm, s.fromWall, s.toWall);
      if (expected >= MIN_EXPECTED) unusual.push({ ...s, expected });
    }
    unusual.sort((x, y) => y.expected - x.expected);
    unusual.splice(KEEP);
    // Only the kept silences' ends are read in full, their local times included (the times the silence was measured between).
    const end = db.prepare('SELECT id, line_start AS lineStart, record, sent_at_local AS local FROM messages WHERE conversation_id = ? AND seq = ?');
    const findings: NewFinding[] = unusual.map((s) => {
      const a = end.get(f.conversationId, s.beforeSeq) as Ends;
      const b = end.get(f.conversationId, s.afterSeq) as Ends;
      return {
        rule: 'R7',
        type: 'suspected_gap',
        strength: 'low',
        beforeMessageId: a.id,
        afterMessageId: b.id,
        beforeSeq: s.beforeSeq,
        afterSeq: s.afterSeq,
        fromAt: s.fromAt,
        toAt: s.toAt,
        fromLocal: a.local,
        toLocal: b.local,
        score: Math.round(s.expected * 10) / 10,
        explanation: `No messages for ${silenceDuration(s.toAt - s.fromAt)} (${a.local} to ${b.local}); at this conversation’s usual pace for those hours and days about ${Math.round(s.expected)} would be expected. A heuristic lead, not evidence: people pause, travel and change channels.`,
        evidence: [ref(f, a.id, a.lineStart, 'last message before the silence', a.record), ref(f, b.id, b.lineStart, 'first message after it', b.record)],
      };
    });
    return ran(findings);
  },
};

interface Ends {
  id: number;
  lineStart: number | null;
  record: string | null;
  local: string;
}
