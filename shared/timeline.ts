// Conversation-days and the timeline (docs/timeline.md; docs/design.md#display-zone): message volume counted in
// buckets of the case's display zone, with the gap findings that touch each bucket. The engine
// aggregates; a door never receives one row per message.
import type { ApiArg } from './api';
import type { Finding } from './findings';
import type { MessageKind } from './model';

/** What the caller may ask for; 'auto' lets the engine choose from the length of the range. */
export const TIMELINE_BUCKET_CHOICES = ['auto', 'day', 'hour'] as const;
export type TimelineBucketChoice = (typeof TIMELINE_BUCKET_CHOICES)[number];
export type TimelineBucket = Exclude<TimelineBucketChoice, 'auto'>;

/**
 * How the volume is split into series. 'author' groups participants by their name as written (the
 * same name in two sources is one series); 'person' by the person each was resolved to (a number
 * written two ways is one series, two people of one name are two).
 */
export const TIMELINE_SPLITS = ['none', 'conversation', 'author', 'person'] as const;
export type TimelineSplit = (typeof TIMELINE_SPLITS)[number];

/** 'auto' picks hours for a range of at most this many days, days beyond. */
export const AUTO_HOURS_MAX_DAYS = 14;
/** Hourly buckets are refused over a longer range: a door asks for hours only where it zooms in. */
export const HOURS_MAX_DAYS = 92;
/** Beyond this many days a range is refused rather than sent: narrow it with from / to. */
export const DAYS_MAX = 100_000;
/** Series beyond the largest this many are summed into one 'other' series. */
export const TIMELINE_SERIES_MAX = 10;

/**
 * The three kinds of gap finding drawn over the volume, kept apart as the report keeps them
 * (docs/gaps.md#principles): what the source records, what is absent by design, and what is inferred.
 */
export const FINDING_BANDS = ['fact', 'expected', 'lead'] as const;
export type FindingBand = (typeof FINDING_BANDS)[number];
export type BandCounts = Record<FindingBand, number>;

/**
 * The band a finding is drawn in, or null for findings that are not about a gap: coverage of the
 * matter period, data integrity and context (the completeness report lists those apart).
 */
export function findingBand(f: Pick<Finding, 'type' | 'strength'>): FindingBand | null {
  if (f.type === 'expected_loss') return 'expected';
  if (f.type === 'coverage' || f.type === 'integrity' || f.type === 'context') return null;
  if (f.strength === 'fact') return 'fact';
  if (f.strength === 'high' || f.strength === 'medium' || f.strength === 'low') return 'lead';
  return null;
}

/** The index of the bucket holding `t` (bucket i is [bounds[i], bounds[i + 1])), or -1 outside them all. */
export function bucketIndexOf(bounds: readonly number[], t: number): number {
  if (bounds.length < 2 || t < bounds[0]! || t >= bounds[bounds.length - 1]!) return -1;
  let [lo, hi] = [0, bounds.length - 1];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** What the timeline method takes: its validator's type (shared/validate.ts documents each field). */
export type TimelineRequest = ApiArg<'timeline'>;

/**
 * One series of a split. Keys are stable: `conversation:<id>`, `author:<name as written>`, `person:<id>`,
 * `author:` (lines without an author: system notices, in either author split), and `other` (the series
 * beyond TIMELINE_SERIES_MAX).
 */
export interface TimelineSeries {
  key: string;
  label: string;
  total: number;
  /** Messages per bucket, in the order of Timeline.labels. */
  counts: number[];
}

export interface Timeline {
  /** The display zone the buckets are counted in. */
  timeZone: string;
  conversationId: number | null;
  bucket: TimelineBucket;
  split: TimelineSplit;
  /**
   * Bucket i is [bounds[i], bounds[i + 1]) in UTC epoch ms: one more bound than buckets. A day is from
   * local midnight to the next (23 or 25 hours where clocks change); an hour is a clock hour.
   */
  bounds: number[];
  /** Each bucket as the zone reads its start: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM±HH:MM` for hours. */
  labels: string[];
  totals: number[];
  /** Empty without a split; otherwise the largest series first, then `other` when there are more. */
  series: TimelineSeries[];
  /** Findings whose span touches each bucket, per band. */
  findings: Record<FindingBand, number[]>;
  /** The first and last message of the whole scope, whatever the range: where a reset returns to. */
  extent: { first: number; last: number } | null;
  /** Messages of the scope without a time: never drawn, always counted. */
  undated: number;
  /** Gap findings of the scope with no time at either end: never drawn, always counted. */
  undatedFindings: number;
  tookMs: number;
}

/** One conversation-day: the unit of review, tagging and export, in the display zone. */
export interface ConversationDay {
  /** The local date `YYYY-MM-DD`. */
  day: string;
  /** [start, end) in UTC epoch ms; 23 or 25 hours long on the days clocks change. */
  start: number;
  end: number;
  messages: number;
  /** Messages per kind; kinds with none are left out. */
  kinds: Partial<Record<MessageKind, number>>;
  /** Messages the source records as deleted (tombstones and records flagged deleted). */
  deleted: number;
  /** Gap findings whose span touches the day, per band. */
  findings: BandCounts;
}

export interface ConversationDays {
  conversationId: number;
  timeZone: string;
  /** Days with at least one message, in date order. */
  days: ConversationDay[];
  /** Messages without a time, on no day. */
  undated: number;
  tookMs: number;
}

/** A message found by time, and where it sits in its thread. */
export interface LocatedMessage {
  messageId: number;
  conversationId: number;
  seq: number;
  sentAt: number;
}
