// Bulk coding as a job: every hit of a search, every message of a time range (in UTC, or the display
// zone's wall clock as the window's reviewer types it), a long list of messages, or every day of a
// conversation. The whole selection is one action (one audit entry, undone as one) written in one
// transaction of the writer, so a cancel leaves nothing half-applied; the job reports progress
// between chunks.
import type { BulkSelection, TagInfo, TagResult, TagScope } from '../../../shared/review';
import { displayTimeZone } from '../case/display-zone';
import type { Db, Writer } from '../case/open';
import type { JobContext } from '../jobs/runner';
import type { SearchCore } from '../search/core';
import { searchHitIds } from '../search/hit-ids';
import { whenFree } from './busy';
import { beginAction, codeDay, codeMessages, finishAction } from './coding';
import { daysOfConversation } from './day-progress';
import { requireConversation } from '../case/queries';
import { localToUtc } from '../time/zone';
import { requireMessages } from './scopes';

/** Messages coded per statement: large enough to be fast, small enough that progress and cancel are seen often. */
const CHUNK = 20_000;

/** The messages a selection names, in id order; checked before the job starts, so a wrong query is an answer. */
export async function selectedMessages(db: Writer, core: SearchCore, selection: Exclude<BulkSelection, { kind: 'conversationDays' }>): Promise<number[]> {
  switch (selection.kind) {
    case 'messages': {
      const ids = [...new Set(selection.messageIds)].sort((a, b) => a - b);
      requireMessages(db, ids);
      return ids;
    }
    case 'query':
      return searchHitIds(core, selection.query, selection.conversationId);
    case 'range':
    case 'localRange': {
      if (selection.conversationId !== undefined) requireConversation(db, selection.conversationId);
      const { from, to } = utcRange(db, selection);
      return db
        .prepare(
          `SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id
           WHERE s.status = 'complete' AND m.sent_at >= ? AND m.sent_at < ? ${selection.conversationId === undefined ? '' : 'AND m.conversation_id = ?'} ORDER BY m.id`,
        )
        .pluck()
        .all(from, to, ...(selection.conversationId === undefined ? [] : [selection.conversationId])) as number[];
    }
  }
}

/** `2024-03-01T09:30` → its parts, as the contract's validator has checked it. */
function wallClock(text: string) {
  const [year, month, day, hour, minute] = text.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return { year, month, day, hour, minute, second: 0 };
}

/** A range's [from, to) in UTC ms; a wall-clock range is read in the display zone as it is now. */
function utcRange(db: Db, selection: Extract<BulkSelection, { kind: 'range' | 'localRange' }>): { from: number; to: number } {
  if (selection.kind === 'range') return selection;
  const zone = displayTimeZone(db);
  return { from: localToUtc(wallClock(selection.from), zone), to: localToUtc(wallClock(selection.to), zone) };
}

function describe(db: Db, selection: BulkSelection): string {
  const where = 'conversationId' in selection && selection.conversationId !== undefined ? ` in conversation ${selection.conversationId}` : '';
  switch (selection.kind) {
    case 'messages':
      return `${selection.messageIds.length} selected messages`;
    case 'query':
      return `every hit of the search ${JSON.stringify(selection.query)}${where}`;
    case 'range':
      return `every message from ${new Date(selection.from).toISOString()} to ${new Date(selection.to).toISOString()}${where}`;
    case 'localRange':
      return `every message from ${selection.from} to ${selection.to} (${displayTimeZone(db)})${where}`;
    case 'conversationDays':
      return `every day of conversation ${selection.conversationId}`;
  }
}

/** The job that codes a selection; its answer is handed to `done` once committed. */
export function bulkCodingJob(
  db: Writer,
  a: { tag: TagInfo; selection: BulkSelection; remove: boolean; reviewer: string; reason?: string; messageIds: number[] | null },
  done: (result: TagResult) => void,
): (ctx: JobContext) => Promise<null> {
  return async (ctx) => {
    // Another process writing the case (an import's last step) makes the transaction wait, not fail.
    const result = await whenFree(() => ctx.atomically(async () => {
      const verb = a.remove ? 'removed from' : 'applied to';
      const action = beginAction(db, 'bulk', a.reviewer, `${a.tag.name} ${verb} ${describe(db, a.selection)}`);
      let scope: TagScope = 'message';
      if (a.selection.kind === 'conversationDays') {
        scope = 'day';
        const days = daysOfConversation(db, a.selection.conversationId);
        for (const [i, day] of days.entries()) {
          codeDay(db, action, a.tag, day, a.remove);
          ctx.progress('tagging days', i + 1, days.length);
        }
      } else {
        const ids = a.messageIds ?? [];
        for (let at = 0; at < ids.length; at += CHUNK) {
          codeMessages(db, action, a.tag, ids.slice(at, at + CHUNK), a.remove);
          ctx.progress('tagging messages', Math.min(at + CHUNK, ids.length), ids.length);
          await ctx.checkpoint();
        }
      }
      ctx.progress('recording the action', 0, 1);
      const target =
        a.selection.kind === 'messages'
          ? { messageIds: a.selection.messageIds }
          : { selection: a.selection, ...(a.selection.kind === 'localRange' ? { timeZone: displayTimeZone(db), utc: utcRange(db, a.selection) } : {}) };
      return finishAction(db, action, a.tag, scope, a.remove, target, a.reason);
    }));
    done(result);
    return null;
  };
}
