// The tags in force recomputed from the audit log, for `verify`: every coding action the log records
// (applied, undone, redone, in the log's order) is replayed from the rows it changed, those rows are
// checked against the digest its audit entry holds, and the result is compared with the tag tables.
// A tag row inserted, deleted or edited straight in the file, with the log untouched, shows up here
// with its message (docs/security.md, tamper evidence). One pass over the log and the changed rows.
import type { TagScope } from '../../../shared/review';
import type { Db } from '../case/open';
import { changesDigest, type ChangeRow } from './coding';

export interface TagRowProblem {
  /** inserted: in the case, never applied by a logged action; deleted: applied by the log, gone from the case; edited: its reviewer, time or day span differ. */
  change: 'inserted' | 'deleted' | 'edited';
  scope: TagScope;
  tagId: number;
  tagName: string;
  messageId: number | null;
  conversationId: number | null;
  day: string | null;
}

export interface TagCheck {
  /** Coding entries of the audit log replayed (applications, undos and redos). */
  entries: number;
  /** Tag applications in the case compared with the replay. */
  applications: number;
  /** Coding actions whose changed rows no longer match the digest in their audit entry. */
  alteredActions: { actionId: number; entry: number }[];
  rows: TagRowProblem[];
}

const CODING_ENTRIES = ['tag.apply', 'tag.remove_from', 'tag.undo', 'tag.redo'];

/** Tag ids below this share a number with their message in a message tag's key (a case has tens of tags, not millions). */
const TAG_SLOTS = 2 ** 21;

/**
 * One application of a tag, as a key. A message's is a number (message × TAG_SLOTS + tag): hundreds
 * of thousands of them replay and compare far faster, and in less memory, than as text.
 */
function keyOf(scope: TagScope, tagId: number, messageId: number | null, conversationId: number | null, day: string | null): number | string {
  if (scope === 'message' && tagId < TAG_SLOTS) return messageId! * TAG_SLOTS + tagId;
  return scope === 'day' ? `day|${conversationId}|${day}|${tagId}` : `${scope}|${messageId ?? conversationId}|${tagId}`;
}

function recordOf(reviewer: string, at: number, startAt: number | null, endAt: number | null): string {
  return `${reviewer}\u0000${at}\u0000${startAt}\u0000${endAt}`;
}

/** The applications the audit log says are in force, by key, and what the replay found along the way. */
function replayLog(db: Db): { expected: Map<number | string, string>; entries: number; alteredActions: TagCheck['alteredActions'] } {
  const expected = new Map<number | string, string>();
  const alteredActions: TagCheck['alteredActions'] = [];
  let entries = 0;
  const coding = db.prepare(`SELECT id, action, detail FROM audit WHERE action IN (${CODING_ENTRIES.map(() => '?').join(', ')}) ORDER BY id`);
  for (const entry of coding.iterate(...CODING_ENTRIES) as Iterable<{ id: number; action: string; detail: string }>) {
    let detail: { actionId?: unknown; changesDigest?: unknown };
    try {
      detail = JSON.parse(entry.detail) as typeof detail;
    } catch {
      continue; // an entry that is not JSON breaks the chain, which is reported there
    }
    if (typeof detail.actionId !== 'number') continue;
    entries++;
    // Undo takes back what the action added and restores what it removed; apply and redo do the opposite.
    const restored = entry.action === 'tag.undo' ? 'removed' : 'added';
    const digest = changesDigest(db, detail.actionId, (row: ChangeRow) => {
      const [, change, scope, tagId, messageId, conversationId, day, startAt, endAt, reviewer, at] = row;
      const key = keyOf(scope, tagId, messageId, conversationId, day);
      if (change === restored) expected.set(key, recordOf(reviewer, at, startAt, endAt));
      else expected.delete(key);
    });
    if (typeof detail.changesDigest === 'string' && digest !== detail.changesDigest) alteredActions.push({ actionId: detail.actionId, entry: entry.id });
  }
  return { expected, entries, alteredActions };
}

/** Each tag table read as [tag, message, conversation, day, start, end, reviewer, at], in arrays: the fastest rows to read. */
const APPLIED: Record<TagScope, string> = {
  message: 'SELECT tag_id, message_id, NULL, NULL, NULL, NULL, reviewer, at FROM message_tags',
  day: 'SELECT tag_id, NULL, conversation_id, day, start_at, end_at, reviewer, at FROM day_tags',
  conversation: 'SELECT tag_id, NULL, conversation_id, NULL, NULL, NULL, reviewer, at FROM conversation_tags',
};

type AppliedRow = [tagId: number, messageId: number | null, conversationId: number | null, day: string | null, startAt: number | null, endAt: number | null, reviewer: string, at: number];

/** Recomputes the tags in force from the audit log and reports every application that differs from the case's tables. */
export function checkTags(db: Db): TagCheck {
  const { expected, entries, alteredActions } = replayLog(db);
  const names = new Map((db.prepare('SELECT id, name FROM tags').raw().all() as [number, string][]).map(([id, name]) => [id, name]));
  const rows: TagRowProblem[] = [];
  const report = (change: TagRowProblem['change'], scope: TagScope, tagId: number, messageId: number | null, conversationId: number | null, day: string | null) =>
    rows.push({ change, scope, tagId, tagName: names.get(tagId) ?? `#${tagId}`, messageId, conversationId, day });
  let applications = 0;
  for (const scope of Object.keys(APPLIED) as TagScope[]) {
    for (const [tagId, messageId, conversationId, day, startAt, endAt, reviewer, at] of db.prepare(APPLIED[scope]).raw().iterate() as Iterable<AppliedRow>) {
      applications++;
      const key = keyOf(scope, tagId, messageId, conversationId, day);
      const logged = expected.get(key);
      if (logged === undefined) report('inserted', scope, tagId, messageId, conversationId, day);
      else if (logged !== recordOf(reviewer, at, startAt, endAt)) report('edited', scope, tagId, messageId, conversationId, day);
      expected.delete(key);
    }
  }
  // What the log still holds and the case does not: deleted, unless its message or conversation left the case with its source.
  const messageExists = db.prepare('SELECT 1 FROM messages WHERE id = ?').pluck();
  const conversationExists = db.prepare('SELECT 1 FROM conversations WHERE id = ?').pluck();
  for (const key of expected.keys()) {
    const parts = typeof key === 'number' ? ['message', String(Math.floor(key / TAG_SLOTS)), String(key % TAG_SLOTS)] : key.split('|');
    const scope = parts[0] as TagScope;
    const tagId = Number(parts.at(-1));
    if (scope === 'message') {
      if (messageExists.get(Number(parts[1]))) report('deleted', scope, tagId, Number(parts[1]), null, null);
    } else if (conversationExists.get(Number(parts[1]))) {
      report('deleted', scope, tagId, null, Number(parts[1]), scope === 'day' ? parts[2]! : null);
    }
  }
  return { entries, applications, alteredActions, rows };
}
