// Hits inside one conversation, in thread order: which of the messages on screen match (with their
// passages, for highlighting), and the nearest hit before or after a message (hit-to-hit steps).
// Both look at windows of the thread and ask the index only about those messages.
import type { ThreadHit } from '../../../shared/api';
import type { Prepared, SearchCore } from './core';

/** The range (fromSeq ≤ toSeq ≤ fromSeq + THREAD_HITS_MAX_RANGE) is checked with the arguments (shared/validate.ts). */
export async function threadHits(core: SearchCore, query: string, conversationId: number, fromSeq: number, toSeq: number): Promise<ThreadHit[]> {
  const p = await core.prepareCooperatively(query, conversationId, core.scan());
  const rows = core
    .statement('SELECT id, seq, body FROM messages WHERE conversation_id = ? AND seq >= ? AND seq < ? ORDER BY seq')
    .all(conversationId, fromSeq, toSeq) as { id: number; seq: number; body: string }[];
  const hits = core.matching(p, rows.map((r) => r.id));
  const matched = rows.filter((r) => hits.has(r.id));
  const marks = core.marks(p, matched);
  return matched.map((r) => ({ messageId: r.id, seq: r.seq, marks: marks.get(r.id)! }));
}

/** Windows tried before asking for every hit of the conversation (cheap when hits are few, as they then are). */
const STEP_WINDOWS = [256, 4096];

/**
 * The nearest hit after (or before) `seq`. Without regexes the index answers beyond the first
 * windows; with regexes the walk goes on window by window, handing the event loop back between them.
 */
export async function adjacentThreadHit(
  core: SearchCore,
  query: string,
  conversationId: number,
  seq: number,
  direction: 'next' | 'previous',
  signal?: AbortSignal,
): Promise<number | null> {
  const scan = core.scan(signal);
  const p = await core.prepareCooperatively(query, conversationId, scan);
  if (p.plan.empty) return null;
  const forward = direction === 'next';
  const window = core.statement('SELECT id, seq FROM messages WHERE conversation_id = ? AND seq BETWEEN ? AND ?');
  let from = forward ? seq + 1 : seq - 1;
  for (let step = 0; ; step++) {
    if (step >= STEP_WINDOWS.length && !core.regexesPending(p)) return nearestBeyond(core, p, from, forward);
    const size = STEP_WINDOWS[Math.min(step, STEP_WINDOWS.length - 1)]!;
    const [lo, hi] = forward ? [from, from + size - 1] : [Math.max(0, from - size + 1), from];
    if (hi < lo) return null;
    const rows = window.all(conversationId, lo, hi) as { id: number; seq: number }[];
    if (rows.length === 0) return null;
    const hits = core.matching(p, rows.map((r) => r.id));
    const seqs = rows.filter((r) => hits.has(r.id)).map((r) => r.seq);
    if (seqs.length > 0) return forward ? Math.min(...seqs) : Math.max(...seqs);
    from = forward ? hi + 1 : lo - 1;
    await scan.turn();
  }
}

function nearestBeyond(core: SearchCore, p: Prepared, from: number, forward: boolean): number | null {
  if (from < 0) return null;
  const where = core.where(p);
  const sql = `SELECT m.seq FROM ${core.from(p)} WHERE ${where.sql} AND m.seq ${forward ? '>=' : '<='} ? ORDER BY m.seq ${forward ? 'ASC' : 'DESC'} LIMIT 1`;
  return (core.statement(sql).pluck().get(...where.params, from) as number | undefined) ?? null;
}
