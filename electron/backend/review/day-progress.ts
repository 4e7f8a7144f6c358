// Review progress per conversation-day: unreviewed, in review or reviewed. A reviewer sets it by hand
// (which stays until they give it back to coding), or coding sets it: reviewed when every message of
// the day carries a tag of the coding group (its own, or the day's or conversation's), in review when
// some do. Conversations, custodians and the case add up their days.
import type { ConversationProgress, DayProgress, DayStatus, ProgressCounts, ReviewProgress } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import { displayTimeZone } from '../case/display-zone';
import type { Db, Writer } from '../case/open';
import { isoOfDayNumber, dayNumberSql } from '../search/zone-days';
import { countedDays } from '../timeline/day-counts';
import { requireConversation } from '../case/queries';
import { daySpan, type DaySpan } from './scopes';

interface StatusRow {
  day: string;
  status: DayStatus;
  set_by: 'hand' | 'coding';
  reviewer: string | null;
  at: number;
}

function codingTagIds(db: Db): number[] {
  return db.prepare('SELECT t.id FROM tags t JOIN tag_groups g ON g.id = t.group_id WHERE g.coding = 1 AND t.removed_at IS NULL').pluck().all() as number[];
}

/** What coding says of a day: how many of its messages carry a tag of the coding group. */
function codedStatus(db: Db, span: DaySpan, coding: number[]): DayStatus {
  if (coding.length === 0) return 'unreviewed';
  const list = JSON.stringify(coding);
  const wholeDay = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM day_tags WHERE conversation_id = ? AND day = ? AND tag_id IN (SELECT value FROM json_each(?)))
           OR EXISTS (SELECT 1 FROM conversation_tags WHERE conversation_id = ? AND tag_id IN (SELECT value FROM json_each(?)))`,
    )
    .pluck()
    .get(span.conversationId, span.day, list, span.conversationId, list) as number;
  if (wholeDay) return 'reviewed';
  const { total, coded } = db
    .prepare(
      `SELECT count(*) AS total, sum(EXISTS (SELECT 1 FROM message_tags mt WHERE mt.message_id = m.id AND mt.tag_id IN (SELECT value FROM json_each(?)))) AS coded
       FROM messages m WHERE m.conversation_id = ? AND m.sent_at >= ? AND m.sent_at < ?`,
    )
    .get(list, span.conversationId, span.start, span.end) as { total: number; coded: number | null };
  if (total > 0 && coded === total) return 'reviewed';
  return (coded ?? 0) > 0 ? 'in_review' : 'unreviewed';
}

/** Sets each day's status from coding, except days a reviewer set by hand. */
export function refreshDays(db: Writer, spans: readonly DaySpan[], reviewer: string): void {
  const coding = codingTagIds(db);
  const hand = db.prepare("SELECT 1 FROM day_reviews WHERE conversation_id = ? AND day = ? AND set_by = 'hand'").pluck();
  const forget = db.prepare('DELETE FROM day_reviews WHERE conversation_id = ? AND day = ?');
  const write = db.prepare(
    `INSERT INTO day_reviews(conversation_id, day, start_at, end_at, time_zone, status, set_by, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, 'coding', ?, ?)
     ON CONFLICT(conversation_id, day) DO UPDATE SET status = excluded.status, reviewer = excluded.reviewer, at = excluded.at
     WHERE day_reviews.status != excluded.status`,
  );
  const now = Date.now();
  for (const span of spans) {
    if (hand.get(span.conversationId, span.day)) continue;
    const status = codedStatus(db, span, coding);
    if (status === 'unreviewed') forget.run(span.conversationId, span.day);
    else write.run(span.conversationId, span.day, span.start, span.end, span.timeZone, status, reviewer, now);
  }
}

/** The conversation-days (display zone) the given messages lie in. */
export function daysOfMessages(db: Db, messageIdsJson: string): DaySpan[] {
  const extent = db.prepare('SELECT min(sent_at) AS lo, max(sent_at) AS hi FROM messages WHERE id IN (SELECT value FROM json_each(?))').get(messageIdsJson) as { lo: number | null; hi: number | null };
  if (extent.lo === null || extent.hi === null) return [];
  const zone = displayTimeZone(db);
  const rows = db
    .prepare(`SELECT DISTINCT m.conversation_id, ${dayNumberSql(zone, extent.lo, extent.hi)} FROM messages m WHERE m.id IN (SELECT value FROM json_each(?)) AND m.sent_at IS NOT NULL`)
    .raw()
    .all(messageIdsJson) as [number, number][];
  return rows.map(([conversationId, day]) => daySpan(db, conversationId, isoOfDayNumber(day)));
}

/** Every day of the conversation that holds a message, in order, with its message count. */
export function daysOfConversation(db: Db, conversationId: number): (DaySpan & { messages: number })[] {
  const counted = countedDays(db, conversationId, displayTimeZone(db));
  if (counted !== null) return counted;
  const extent = db.prepare('SELECT min(sent_at) AS lo, max(sent_at) AS hi FROM messages WHERE conversation_id = ?').get(conversationId) as { lo: number | null; hi: number | null };
  if (extent.lo === null || extent.hi === null) return [];
  const zone = displayTimeZone(db);
  const rows = db
    .prepare(`SELECT ${dayNumberSql(zone, extent.lo, extent.hi)} AS d, count(*) FROM messages m WHERE m.conversation_id = ? AND m.sent_at IS NOT NULL GROUP BY d ORDER BY d`)
    .raw()
    .all(conversationId) as [number, number][];
  return rows.map(([day, messages]) => ({ ...daySpan(db, conversationId, isoOfDayNumber(day)), messages }));
}

export function conversationProgress(db: Db, conversationId: number): ConversationProgress {
  requireConversation(db, conversationId);
  const statuses = new Map(
    (db.prepare('SELECT day, status, set_by, reviewer, at FROM day_reviews WHERE conversation_id = ?').all(conversationId) as StatusRow[]).map((r) => [r.day, r]),
  );
  const days: DayProgress[] = daysOfConversation(db, conversationId).map((d) => {
    const s = statuses.get(d.day);
    return { day: d.day, start: d.start, end: d.end, messages: d.messages, status: s?.status ?? 'unreviewed', setBy: s?.set_by ?? null, reviewer: s?.reviewer ?? null, at: s?.at ?? null };
  });
  return { conversationId, timeZone: displayTimeZone(db), days };
}

/** A reviewer's status for a day; `auto` gives the day back to coding. Audited with before and after. */
export function setDayStatus(db: Writer, conversationId: number, day: string, status: DayStatus | 'auto', reviewer: string): DayProgress {
  const span = daySpan(db, conversationId, day);
  const before = db.prepare('SELECT status, set_by AS setBy FROM day_reviews WHERE conversation_id = ? AND day = ?').get(conversationId, day) ?? { status: 'unreviewed', setBy: null };
  if (status === 'auto') {
    db.prepare('DELETE FROM day_reviews WHERE conversation_id = ? AND day = ?').run(conversationId, day);
    refreshDays(db, [span], reviewer);
  } else {
    db.prepare(
      `INSERT INTO day_reviews(conversation_id, day, start_at, end_at, time_zone, status, set_by, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, 'hand', ?, ?)
       ON CONFLICT(conversation_id, day) DO UPDATE SET status = excluded.status, set_by = 'hand', reviewer = excluded.reviewer, at = excluded.at`,
    ).run(conversationId, day, span.start, span.end, span.timeZone, status, reviewer, Date.now());
  }
  const after = conversationProgress(db, conversationId).days.find((d) => d.day === day) ?? { day, start: span.start, end: span.end, messages: 0, status: 'unreviewed', setBy: null, reviewer: null, at: null };
  appendAudit(db, 'review.day_status', { conversationId, day, timeZone: span.timeZone, before, after: { status: after.status, setBy: after.setBy } }, reviewer);
  return after;
}

function tally(days: readonly DayProgress[]): ProgressCounts {
  return {
    days: days.length,
    unreviewed: days.filter((d) => d.status === 'unreviewed').length,
    inReview: days.filter((d) => d.status === 'in_review').length,
    reviewed: days.filter((d) => d.status === 'reviewed').length,
  };
}

function add(a: ProgressCounts, b: ProgressCounts): ProgressCounts {
  return { days: a.days + b.days, unreviewed: a.unreviewed + b.unreviewed, inReview: a.inReview + b.inReview, reviewed: a.reviewed + b.reviewed };
}

const NONE: ProgressCounts = { days: 0, unreviewed: 0, inReview: 0, reviewed: 0 };

function visibleConversations(db: Db): { id: number; title: string; custodian: string | null }[] {
  return db
    .prepare("SELECT c.id, c.title, s.custodian FROM conversations c JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete' ORDER BY c.id")
    .all() as { id: number; title: string; custodian: string | null }[];
}

export function reviewProgress(db: Db): ReviewProgress {
  const conversations = visibleConversations(db).map((c) => ({ conversationId: c.id, title: c.title, custodian: c.custodian, ...tally(conversationProgress(db, c.id).days) }));
  const custodians = new Map<string | null, ProgressCounts>();
  for (const c of conversations) custodians.set(c.custodian, add(custodians.get(c.custodian) ?? NONE, c));
  return {
    timeZone: displayTimeZone(db),
    case: conversations.reduce<ProgressCounts>((sum, c) => add(sum, c), NONE),
    conversations,
    custodians: [...custodians].map(([custodian, counts]) => ({ custodian, ...counts })),
  };
}

/** The first unreviewed day after `after` (in conversation order, then day order), within one conversation or across the case. */
export function nextUnreviewedDay(db: Db, a: { conversationId?: number; afterConversationId?: number; afterDay?: string }): { conversationId: number; day: string } | null {
  const conversations = a.conversationId === undefined ? visibleConversations(db).map((c) => c.id) : [a.conversationId];
  for (const conversationId of conversations) {
    if (a.afterConversationId !== undefined && conversationId < a.afterConversationId) continue;
    const sameAsAfter = conversationId === a.afterConversationId;
    const day = conversationProgress(db, conversationId).days.find((d) => d.status === 'unreviewed' && !(sameAsAfter && a.afterDay !== undefined && d.day <= a.afterDay));
    if (day) return { conversationId, day: day.day };
  }
  return null;
}
