// R7: silences judged against the conversation's own rhythm (docs/gaps.md#r7). Each hour of a weekday
// and each hour of a weekend day gets the rate at which this conversation usually has messages then;
// a silence scores the number of messages those rates would expect in it. A night's sleep, or a
// weekend in a chat that is quiet at weekends, expects few; a mid-day silence in a busy chat expects
// many. Low strength, ranked, a lead only.
import { formatDuration } from 'date-fns';
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';

const MIN_MESSAGES = 50;
const MIN_SILENCE_MS = 2 * 3_600_000;
/** At this many expected messages, a silence has a chance of about 1 in 3,000 under the usual rhythm. */
const MIN_EXPECTED = 8;
const KEEP = 25;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Timed {
  id: number;
  seq: number;
  sentAt: number;
  sentAtLocal: string;
  lineStart: number | null;
  record: string | null;
}

/** Wall-clock time as a number, so hour-of-day arithmetic ignores zones and DST. */
function wall(local: string): number {
  return Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16));
}

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

  add(local: string, messages = 1): void {
    this.counts[isWeekend(wall(local))][+local.slice(11, 13)]! += messages;
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

export const cadence: GapRule = {
  id: 'R7',
  title: 'Silences unusual for the conversation’s own rhythm, time of day included',
  run(db, f) {
    if (f.contentNature === 'metadata_only') return cannot('the source holds no content, so its rhythm says nothing about missing messages');
    // Both passes run inside SQLite over the (conversation, local time) index, so a million-message
    // chat never becomes a million JavaScript objects: the hourly counts first, then only the
    // silences long enough to matter, with the message before each.
    const hourly = db
      .prepare(
        `SELECT substr(sent_at_local, 1, 13) AS hour, count(*) AS n FROM messages
         WHERE conversation_id = ? AND sent_at IS NOT NULL AND sent_at_local IS NOT NULL AND kind != 'system'
         GROUP BY hour ORDER BY hour`,
      )
      .all(f.conversationId) as { hour: string; n: number }[];
    const count = hourly.reduce((n, h) => n + h.n, 0);
    if (count < MIN_MESSAGES) return cannot(`too few timed messages (${count}, fewer than ${MIN_MESSAGES}) to learn the conversation’s rhythm`);
    const builder = new RhythmBuilder();
    for (const h of hourly) builder.add(`${h.hour}:00`, h.n);
    const rhythm = builder.rhythm();
    const long = db
      .prepare(
        `SELECT * FROM (
           SELECT id, seq, sent_at AS sentAt, sent_at_local AS sentAtLocal, line_start AS lineStart, record,
                  lag(id) OVER w AS prevId, lag(seq) OVER w AS prevSeq, lag(sent_at) OVER w AS prevAt,
                  lag(sent_at_local) OVER w AS prevLocal, lag(line_start) OVER w AS prevLine, lag(record) OVER w AS prevRecord
           FROM messages
           WHERE conversation_id = ? AND sent_at IS NOT NULL AND sent_at_local IS NOT NULL AND kind != 'system'
           WINDOW w AS (ORDER BY sent_at_local, seq))
         WHERE sentAt - prevAt >= ?`,
      )
      .all(f.conversationId, MIN_SILENCE_MS) as (Timed & { prevId: number; prevSeq: number; prevAt: number; prevLocal: string; prevLine: number | null; prevRecord: string | null })[];
    const silences: { a: Timed; b: Timed; expected: number }[] = [];
    for (const b of long) {
      const expected = expectedBetween(rhythm, wall(b.prevLocal), wall(b.sentAtLocal));
      if (expected < MIN_EXPECTED) continue;
      const a: Timed = { id: b.prevId, seq: b.prevSeq, sentAt: b.prevAt, sentAtLocal: b.prevLocal, lineStart: b.prevLine, record: b.prevRecord };
      silences.push({ a, b, expected });
    }
    silences.sort((x, y) => y.expected - x.expected);
    silences.splice(KEEP);
    const findings: NewFinding[] = silences.map(({ a, b, expected }) => ({
      rule: 'R7',
      type: 'suspected_gap',
      strength: 'low',
      beforeMessageId: a.id,
      afterMessageId: b.id,
      beforeSeq: a.seq,
      afterSeq: b.seq,
      fromAt: a.sentAt,
      toAt: b.sentAt,
      fromLocal: a.sentAtLocal,
      toLocal: b.sentAtLocal,
      score: Math.round(expected * 10) / 10,
      explanation: `No messages for ${silenceDuration(b.sentAt - a.sentAt)} (${a.sentAtLocal} to ${b.sentAtLocal}); at this conversation’s usual pace for those hours and days about ${Math.round(expected)} would be expected. A heuristic lead, not evidence: people pause, travel and change channels.`,
      evidence: [ref(f, a.id, a.lineStart, 'last message before the silence', a.record), ref(f, b.id, b.lineStart, 'first message after it', b.record)],
    }));
    return ran(findings);
  },
};
