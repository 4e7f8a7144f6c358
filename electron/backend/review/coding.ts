// Coding actions: a tag applied to (or removed from) messages, a conversation-day or a conversation.
// Every row an action adds or removes is logged under the action, so the action undoes and redoes as
// one, and it is one audit entry with its reviewer. In an exclusive group, applying a tag removes the
// other members from the same targets (logged as removed, so undo brings them back).
import { createHash } from 'node:crypto';
import type { ReviewActionInfo, TagInfo, TagResult, TagScope } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';
import { daysOfConversation, daysOfMessages, refreshDays } from './day-progress';
import { liveTags, type DaySpan } from './scopes';

export interface CodingAction {
  id: number;
  reviewer: string;
  at: number;
  changed: number;
  unchanged: number;
}

export function beginAction(db: Writer, kind: string, reviewer: string, summary: string): CodingAction {
  const at = Date.now();
  // A new action ends the redo history: actions undone before it can no longer be redone.
  db.prepare("UPDATE review_actions SET state = 'discarded' WHERE state = 'undone'").run();
  const id = Number(db.prepare('INSERT INTO review_actions(kind, reviewer, at, summary) VALUES (?, ?, ?, ?)').run(kind, reviewer, at, summary).lastInsertRowid);
  return { id, reviewer, at, changed: 0, unchanged: 0 };
}

function rivalsOf(db: Writer, tag: TagInfo): number[] {
  if (!tag.group?.exclusive) return [];
  return liveTags(db).filter((t) => t.exclusiveGroup === tag.group!.id && t.id !== tag.id).map((t) => t.id);
}

/** Applies or removes `tag` on messages (ids known to exist, no repeats). */
export function codeMessages(db: Writer, action: CodingAction, tag: TagInfo, messageIds: readonly number[], remove: boolean): void {
  const json = JSON.stringify(messageIds);
  const log = (change: 'added' | 'removed', select: string, ...params: unknown[]) =>
    db.prepare(`INSERT INTO review_changes(action_id, change, scope, tag_id, message_id, reviewer, at) ${select}`).run(action.id, change, ...params).changes;
  if (remove) {
    const removed = log('removed', "SELECT ?, ?, 'message', tag_id, message_id, reviewer, at FROM message_tags WHERE tag_id = ? AND message_id IN (SELECT value FROM json_each(?))", tag.id, json);
    db.prepare('DELETE FROM message_tags WHERE tag_id = ? AND message_id IN (SELECT value FROM json_each(?))').run(tag.id, json);
    action.changed += removed;
    action.unchanged += messageIds.length - removed;
    return;
  }
  const rivals = JSON.stringify(rivalsOf(db, tag));
  log('removed', "SELECT ?, ?, 'message', tag_id, message_id, reviewer, at FROM message_tags WHERE tag_id IN (SELECT value FROM json_each(?)) AND message_id IN (SELECT value FROM json_each(?))", rivals, json);
  db.prepare('DELETE FROM message_tags WHERE tag_id IN (SELECT value FROM json_each(?)) AND message_id IN (SELECT value FROM json_each(?))').run(rivals, json);
  const added = log(
    'added',
    "SELECT ?, ?, 'message', ?, j.value, ?, ? FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM message_tags mt WHERE mt.message_id = j.value AND mt.tag_id = ?)",
    tag.id,
    action.reviewer,
    action.at,
    json,
    tag.id,
  );
  db.prepare('INSERT OR IGNORE INTO message_tags(message_id, tag_id, reviewer, at) SELECT value, ?, ?, ? FROM json_each(?)').run(tag.id, action.reviewer, action.at, json);
  action.changed += added;
  action.unchanged += messageIds.length - added;
}

/** What coding one day or one conversation needs to know of its tag table. */
interface TargetTags {
  /** Whether the target already carries the tag. */
  had: boolean;
  /** Records, for undo, the rows about to change. */
  log(change: 'added' | 'removed', tagIds: number[]): void;
  drop(tagIds: number[]): void;
  insert(): void;
}

/** A tag put on, or taken off, one day or conversation: an exclusive group's rivals make way for it. */
function codeTarget(db: Writer, action: CodingAction, tag: TagInfo, remove: boolean, target: TargetTags): void {
  if (remove) {
    target.log('removed', [tag.id]);
    target.drop([tag.id]);
  } else {
    const rivals = rivalsOf(db, tag);
    target.log('removed', rivals);
    target.drop(rivals);
    if (!target.had) {
      target.insert();
      target.log('added', [tag.id]);
    }
  }
  const changed = remove === target.had;
  action.changed += changed ? 1 : 0;
  action.unchanged += changed ? 0 : 1;
}

export function codeDay(db: Writer, action: CodingAction, tag: TagInfo, span: DaySpan, remove: boolean): void {
  codeTarget(db, action, tag, remove, {
    had: db.prepare('SELECT 1 FROM day_tags WHERE conversation_id = ? AND day = ? AND tag_id = ?').get(span.conversationId, span.day, tag.id) !== undefined,
    log: (change, tagIds) =>
      db
        .prepare(
          `INSERT INTO review_changes(action_id, change, scope, tag_id, conversation_id, day, start_at, end_at, time_zone, reviewer, at)
           SELECT ?, ?, 'day', tag_id, conversation_id, day, start_at, end_at, time_zone, reviewer, at FROM day_tags
           WHERE conversation_id = ? AND day = ? AND tag_id IN (SELECT value FROM json_each(?))`,
        )
        .run(action.id, change, span.conversationId, span.day, JSON.stringify(tagIds)),
    drop: (tagIds) => db.prepare('DELETE FROM day_tags WHERE conversation_id = ? AND day = ? AND tag_id IN (SELECT value FROM json_each(?))').run(span.conversationId, span.day, JSON.stringify(tagIds)),
    insert: () =>
      db
        .prepare('INSERT INTO day_tags(conversation_id, day, start_at, end_at, time_zone, tag_id, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(span.conversationId, span.day, span.start, span.end, span.timeZone, tag.id, action.reviewer, action.at),
  });
}

export function codeConversation(db: Writer, action: CodingAction, tag: TagInfo, conversationId: number, remove: boolean): void {
  codeTarget(db, action, tag, remove, {
    had: db.prepare('SELECT 1 FROM conversation_tags WHERE conversation_id = ? AND tag_id = ?').get(conversationId, tag.id) !== undefined,
    log: (change, tagIds) =>
      db
        .prepare(
          `INSERT INTO review_changes(action_id, change, scope, tag_id, conversation_id, reviewer, at)
           SELECT ?, ?, 'conversation', tag_id, conversation_id, reviewer, at FROM conversation_tags WHERE conversation_id = ? AND tag_id IN (SELECT value FROM json_each(?))`,
        )
        .run(action.id, change, conversationId, JSON.stringify(tagIds)),
    drop: (tagIds) => db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id IN (SELECT value FROM json_each(?))').run(conversationId, JSON.stringify(tagIds)),
    insert: () => db.prepare('INSERT INTO conversation_tags(conversation_id, tag_id, reviewer, at) VALUES (?, ?, ?, ?)').run(conversationId, tag.id, action.reviewer, action.at),
  });
}

/** A row an action changed: the text its digest reads, then its columns. */
export type ChangeRow = [
  digested: string,
  change: 'added' | 'removed',
  scope: TagScope,
  tagId: number,
  messageId: number | null,
  conversationId: number | null,
  day: string | null,
  startAt: number | null,
  endAt: number | null,
  reviewer: string,
  at: number,
];

/**
 * One SHA-256 over the rows an action changed, so its audit entry pins them down without listing them
 * all; `each` sees every row on the way (verify replays them in the same pass).
 */
export function changesDigest(db: Db, actionId: number, each?: (row: ChangeRow) => void): string {
  const hash = createHash('sha256');
  for (const row of db
    .prepare(
      `SELECT json_array(change, scope, tag_id, message_id, conversation_id, day, start_at, end_at, reviewer, at),
              change, scope, tag_id, message_id, conversation_id, day, start_at, end_at, reviewer, at
       FROM review_changes WHERE action_id = ? ORDER BY rowid`,
    )
    .raw()
    .iterate(actionId) as Iterable<ChangeRow>) {
    hash.update(`${row[0]}\n`);
    each?.(row);
  }
  return hash.digest('hex');
}

/** Audited details list targets up to this many; beyond it, the count and the digest of the changed rows. */
const LISTED_TARGETS = 1000;

/**
 * Ends an action: its days' progress recomputed, one audit entry (the tag, the scope, what was
 * before and after), and the answer. An action that changed nothing leaves no trace.
 */
export function finishAction(db: Writer, action: CodingAction, tag: TagInfo, scope: TagScope, remove: boolean, target: Record<string, unknown>, reason?: string): TagResult {
  const result: TagResult = { tagged: action.changed, alreadyTagged: action.unchanged, scope, removed: remove, actionId: action.changed ? action.id : null };
  const changes = db.prepare('SELECT count(*) FROM review_changes WHERE action_id = ?').pluck().get(action.id) as number;
  if (changes === 0) {
    db.prepare('DELETE FROM review_actions WHERE id = ?').run(action.id);
    return { ...result, actionId: null };
  }
  refreshDays(db, affectedDays(db, action.id), action.reviewer);
  const listed = Object.fromEntries(Object.entries(target).filter(([, v]) => !Array.isArray(v) || v.length <= LISTED_TARGETS));
  const rivalsRemoved = db.prepare("SELECT count(*) FROM review_changes WHERE action_id = ? AND change = 'removed' AND tag_id != ?").pluck().get(action.id, tag.id) as number;
  appendAudit(
    db,
    remove ? 'tag.remove_from' : 'tag.apply',
    {
      actionId: action.id,
      tag: { id: tag.id, name: tag.name },
      scope,
      target: listed,
      before: { alreadyTagged: result.alreadyTagged, otherGroupTagsReplaced: rivalsRemoved },
      after: { changed: result.tagged },
      changes,
      changesDigest: changesDigest(db, action.id),
      ...(reason ? { reason } : {}),
    },
    action.reviewer,
  );
  return result;
}

/** The conversation-days whose progress an action's rows can change. */
function affectedDays(db: Writer, actionId: number): DaySpan[] {
  const spans = new Map<string, DaySpan>();
  const keep = (s: DaySpan) => spans.set(`${s.conversationId}|${s.day}`, s);
  daysOfMessages(db, JSON.stringify(db.prepare("SELECT DISTINCT message_id FROM review_changes WHERE action_id = ? AND scope = 'message'").pluck().all(actionId))).forEach(keep);
  const days = db.prepare("SELECT DISTINCT conversation_id, day, start_at, end_at, time_zone FROM review_changes WHERE action_id = ? AND scope = 'day'").all(actionId) as {
    conversation_id: number;
    day: string;
    start_at: number;
    end_at: number;
    time_zone: string;
  }[];
  days.forEach((d) => keep({ conversationId: d.conversation_id, day: d.day, start: d.start_at, end: d.end_at, timeZone: d.time_zone }));
  const conversations = db.prepare("SELECT DISTINCT conversation_id FROM review_changes WHERE action_id = ? AND scope = 'conversation'").pluck().all(actionId) as number[];
  conversations.forEach((c) => daysOfConversation(db, c).forEach(keep));
  return [...spans.values()];
}

/** Reverses (undo) or replays (redo) an action's rows. */
function replay(db: Writer, actionId: number, direction: 'undo' | 'redo'): void {
  const [restore, drop] = direction === 'undo' ? ['removed', 'added'] : ['added', 'removed'];
  db.prepare(
    `DELETE FROM message_tags WHERE (message_id, tag_id) IN (SELECT message_id, tag_id FROM review_changes WHERE action_id = ? AND scope = 'message' AND change = ?)`,
  ).run(actionId, drop);
  db.prepare(
    `DELETE FROM day_tags WHERE (conversation_id, day, tag_id) IN (SELECT conversation_id, day, tag_id FROM review_changes WHERE action_id = ? AND scope = 'day' AND change = ?)`,
  ).run(actionId, drop);
  db.prepare(
    `DELETE FROM conversation_tags WHERE (conversation_id, tag_id) IN (SELECT conversation_id, tag_id FROM review_changes WHERE action_id = ? AND scope = 'conversation' AND change = ?)`,
  ).run(actionId, drop);
  // Targets removed from the case since (a source removed) are not brought back.
  db.prepare(
    `INSERT OR IGNORE INTO message_tags(message_id, tag_id, reviewer, at)
     SELECT message_id, tag_id, reviewer, at FROM review_changes WHERE action_id = ? AND scope = 'message' AND change = ? AND message_id IN (SELECT id FROM messages)`,
  ).run(actionId, restore);
  db.prepare(
    `INSERT OR IGNORE INTO day_tags(conversation_id, day, start_at, end_at, time_zone, tag_id, reviewer, at)
     SELECT conversation_id, day, start_at, end_at, time_zone, tag_id, reviewer, at FROM review_changes
     WHERE action_id = ? AND scope = 'day' AND change = ? AND conversation_id IN (SELECT id FROM conversations)`,
  ).run(actionId, restore);
  db.prepare(
    `INSERT OR IGNORE INTO conversation_tags(conversation_id, tag_id, reviewer, at)
     SELECT conversation_id, tag_id, reviewer, at FROM review_changes WHERE action_id = ? AND scope = 'conversation' AND change = ? AND conversation_id IN (SELECT id FROM conversations)`,
  ).run(actionId, restore);
}

/** Undoes the latest action still done (or redoes the latest undone one); null when there is none. */
export function stepHistory(db: Writer, direction: 'undo' | 'redo', reviewer: string): { actionId: number; summary: string } | null {
  const row = db
    .prepare(`SELECT id, summary FROM review_actions WHERE state = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'} LIMIT 1`)
    .get(direction === 'undo' ? 'done' : 'undone') as { id: number; summary: string } | undefined;
  if (!row) return null;
  replay(db, row.id, direction);
  db.prepare('UPDATE review_actions SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', row.id);
  refreshDays(db, affectedDays(db, row.id), reviewer);
  appendAudit(db, direction === 'undo' ? 'tag.undo' : 'tag.redo', { actionId: row.id, summary: row.summary, changesDigest: changesDigest(db, row.id) }, reviewer);
  return { actionId: row.id, summary: row.summary };
}

/** The latest coding actions first, with whether each is done, undone, or past redoing. */
export function listActions(db: Db, limit: number): ReviewActionInfo[] {
  return db.prepare('SELECT id, kind, reviewer, at, summary, state FROM review_actions ORDER BY id DESC LIMIT ?').all(limit) as ReviewActionInfo[];
}
