// The three scopes a tag is applied at (a message, a conversation-day, a conversation) and what a
// message inherits. A day's or conversation's tag reaches every message in it as an inherited tag.
// In an exclusive group the tag nearest the message wins: its own tag replaces an inherited one of
// the same group, and a day's replaces its conversation's. Search (tag:, tag:inherited:) and the
// review pane read tags through these same rules.
import { ApiError } from '../../../shared/api';
import type { AppliedTag, MessageTags, TagScope } from '../../../shared/review';
import { displayTimeZone } from '../case/display-zone';
import type { Db } from '../case/open';
import { requireConversation } from '../case/queries';
import { parseIsoDate } from '../search/query/fields';
import { nextDay, startOfDay } from '../search/zone-days';

export interface DaySpan {
  conversationId: number;
  day: string;
  /** [start, end) in UTC epoch ms: the day in `timeZone`. */
  start: number;
  end: number;
  timeZone: string;
}

/** A conversation-day as the display zone counts it now. */
export function daySpan(db: Db, conversationId: number, day: string): DaySpan {
  requireConversation(db, conversationId);
  const date = parseIsoDate(day);
  if (!date) throw new ApiError('invalid_argument', `${day} is not a date written YYYY-MM-DD.`);
  const timeZone = displayTimeZone(db);
  return { conversationId, day, start: startOfDay(date, timeZone), end: startOfDay(nextDay(date), timeZone), timeZone };
}

/** Refuses ids that are not messages of the case, naming the first. */
export function requireMessages(db: Db, ids: readonly number[]): void {
  const known = db.prepare('SELECT count(*) FROM messages WHERE id IN (SELECT DISTINCT value FROM json_each(?))').pluck().get(JSON.stringify(ids)) as number;
  if (known === new Set(ids).size) return;
  const exists = db.prepare('SELECT 1 FROM messages WHERE id = ?');
  const missing = ids.find((id) => exists.get(id) === undefined);
  throw new ApiError('not_found', `There is no message ${missing} in this case.`);
}

/** Tags in force with what inheritance needs: their exclusive group, if any. */
export interface LiveTag {
  id: number;
  name: string;
  color: string;
  exclusiveGroup: number | null;
}

export function liveTags(db: Db): LiveTag[] {
  return db
    .prepare(
      `SELECT t.id, t.name, t.color, CASE WHEN g.exclusive = 1 THEN g.id END AS exclusiveGroup
       FROM tags t LEFT JOIN tag_groups g ON g.id = t.group_id WHERE t.removed_at IS NULL ORDER BY t.position, t.id`,
    )
    .all() as LiveTag[];
}

// ── As SQL conditions on a message row `m` (search) ──

/**
 * Which tags are applied to days and to conversations right now: an inheritance branch for tags
 * applied at neither is left out of the SQL (it could match nothing), which keeps tag: fast when
 * coding is done message by message.
 */
export interface AppliedScopes {
  day: ReadonlySet<number>;
  conversation: ReadonlySet<number>;
}

export function appliedScopes(db: Db): AppliedScopes {
  return {
    day: new Set(db.prepare('SELECT DISTINCT tag_id FROM day_tags').pluck().all() as number[]),
    conversation: new Set(db.prepare('SELECT DISTINCT tag_id FROM conversation_tags').pluck().all() as number[]),
  };
}

const ids = (tagIds: readonly number[]) => tagIds.join(', ');

function directSql(tagIds: readonly number[]): string {
  return tagIds.length === 0 ? '0' : `m.id IN (SELECT message_id FROM message_tags WHERE tag_id IN (${ids(tagIds)}))`;
}

function daySql(tagIds: readonly number[], applied: AppliedScopes): string {
  const used = tagIds.filter((id) => applied.day.has(id));
  return used.length === 0
    ? '0'
    : `m.id IN (SELECT m2.id FROM day_tags dt JOIN messages m2 ON m2.conversation_id = dt.conversation_id AND m2.sent_at >= dt.start_at AND m2.sent_at < dt.end_at
                   WHERE dt.tag_id IN (${ids(used)}))`;
}

function conversationSql(tagIds: readonly number[], applied: AppliedScopes): string {
  const used = tagIds.filter((id) => applied.conversation.has(id));
  return used.length === 0 ? '0' : `m.conversation_id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id IN (${ids(used)}))`;
}

/** The other members of the tag's exclusive group: the tags that replace it nearer the message. */
function rivals(tag: LiveTag, tags: readonly LiveTag[]): number[] {
  return tag.exclusiveGroup === null ? [] : tags.filter((t) => t.exclusiveGroup === tag.exclusiveGroup && t.id !== tag.id).map((t) => t.id);
}

/** `m` carries `tag` by inheritance, and no nearer tag of its exclusive group replaces it. */
export function inheritedSql(tag: LiveTag, tags: readonly LiveTag[], applied: AppliedScopes): string {
  const onDay = daySql([tag.id], applied);
  const onConversation = conversationSql([tag.id], applied);
  if (onDay === '0' && onConversation === '0') return '0';
  const others = rivals(tag, tags);
  const notOwn = others.length ? ` AND NOT ${directSql(others)}` : '';
  const notDay = others.length ? ` AND NOT ${daySql(others, applied)}` : '';
  return `((${onDay}${notOwn}) OR (${onConversation}${notOwn}${notDay}))`;
}

/** `m` carries `tag`, its own or inherited. */
export function carriesSql(tag: LiveTag, tags: readonly LiveTag[], applied: AppliedScopes): string {
  const inherited = inheritedSql(tag, tags, applied);
  return inherited === '0' ? directSql([tag.id]) : `(${directSql([tag.id])} OR ${inherited})`;
}

/** `m` carries no tag in force at all (a replaced inherited tag still leaves one of its group). */
export function untaggedSql(tags: readonly LiveTag[], applied: AppliedScopes): string {
  if (tags.length === 0) return '1';
  const all = tags.map((t) => t.id);
  return `NOT (${directSql(all)} OR ${daySql(all, applied)} OR ${conversationSql(all, applied)})`;
}

/** `m` carries a tag (its own, or its day's or conversation's) applied by `reviewer`, or a note the reviewer wrote on it. */
export function reviewerSql(tags: readonly LiveTag[], reviewer: string): { sql: string; params: unknown[] } {
  const live = tags.length ? ids(tags.map((t) => t.id)) : 'NULL';
  return {
    sql: `(m.id IN (SELECT message_id FROM message_tags WHERE tag_id IN (${live}) AND LOWER(reviewer) = LOWER(?))
          OR m.id IN (SELECT m2.id FROM day_tags dt JOIN messages m2 ON m2.conversation_id = dt.conversation_id AND m2.sent_at >= dt.start_at AND m2.sent_at < dt.end_at
                      WHERE dt.tag_id IN (${live}) AND LOWER(dt.reviewer) = LOWER(?))
          OR m.conversation_id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id IN (${live}) AND LOWER(reviewer) = LOWER(?))
          OR m.id IN (SELECT message_id FROM notes WHERE scope = 'message' AND removed_at IS NULL AND LOWER(reviewer) = LOWER(?)))`,
    params: [reviewer, reviewer, reviewer, reviewer],
  };
}

// ── As values, for the messages a reviewer is looking at ──

interface Application {
  message_id: number;
  tag_id: number;
  reviewer: string;
  at: number;
  scope: TagScope;
}

/** Every tag each message carries, its own and inherited, with inherited ones replaced nearer marked overridden. */
export function tagsOfMessages(db: Db, messageIds: readonly number[]): MessageTags[] {
  const tags = new Map(liveTags(db).map((t) => [t.id, t]));
  const json = JSON.stringify(messageIds);
  const rows = db
    .prepare(
      `SELECT mt.message_id, mt.tag_id, mt.reviewer, mt.at, 'message' AS scope FROM message_tags mt WHERE mt.message_id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT m.id, dt.tag_id, dt.reviewer, dt.at, 'day' FROM messages m JOIN day_tags dt ON dt.conversation_id = m.conversation_id AND m.sent_at >= dt.start_at AND m.sent_at < dt.end_at
       WHERE m.id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT m.id, ct.tag_id, ct.reviewer, ct.at, 'conversation' FROM messages m JOIN conversation_tags ct ON ct.conversation_id = m.conversation_id
       WHERE m.id IN (SELECT value FROM json_each(?))`,
    )
    .all(json, json, json) as Application[];
  const byMessage = new Map<number, Application[]>(messageIds.map((id) => [id, []]));
  for (const r of rows) if (tags.has(r.tag_id)) byMessage.get(r.message_id)?.push(r);
  const nearness: Record<TagScope, number> = { message: 0, day: 1, conversation: 2 };
  return [...byMessage].map(([messageId, applied]) => {
    const group = (a: Application) => tags.get(a.tag_id)!.exclusiveGroup;
    // Replaced: another tag of its exclusive group is applied nearer the message.
    const replaced = (a: Application) => group(a) !== null && applied.some((b) => group(b) === group(a) && b.tag_id !== a.tag_id && nearness[b.scope] < nearness[a.scope]);
    const out: AppliedTag[] = applied
      .sort((a, b) => nearness[a.scope] - nearness[b.scope] || a.tag_id - b.tag_id)
      .map((a) => {
        const tag = tags.get(a.tag_id)!;
        return { tagId: a.tag_id, name: tag.name, color: tag.color, scope: a.scope, inherited: a.scope !== 'message', overridden: replaced(a), reviewer: a.reviewer, at: a.at };
      });
    return { messageId, tags: out };
  });
}

/** The tags applied to a conversation and to one of its days, as the coding pane lists them. */
export function targetTags(db: Db, conversationId: number, day?: string): { conversation: AppliedTag[]; day: AppliedTag[] } {
  requireConversation(db, conversationId);
  const tags = new Map(liveTags(db).map((t) => [t.id, t]));
  const applied = (scope: TagScope) => (r: { tag_id: number; reviewer: string; at: number }): AppliedTag[] => {
    const tag = tags.get(r.tag_id);
    return tag ? [{ tagId: tag.id, name: tag.name, color: tag.color, scope, inherited: false, overridden: false, reviewer: r.reviewer, at: r.at }] : [];
  };
  type Row = { tag_id: number; reviewer: string; at: number };
  const conversation = (db.prepare('SELECT tag_id, reviewer, at FROM conversation_tags WHERE conversation_id = ? ORDER BY tag_id').all(conversationId) as Row[]).flatMap(applied('conversation'));
  const onDay = day === undefined ? [] : (db.prepare('SELECT tag_id, reviewer, at FROM day_tags WHERE conversation_id = ? AND day = ? ORDER BY tag_id').all(conversationId, day) as Row[]).flatMap(applied('day'));
  return { conversation, day: onDay };
}
