// The audit log as a reviewer reads it: oldest first, from a time on, with the chain's state (its
// head, and whether every entry still fits the chain). `threadline audit` reads it whole; the window
// reads it a page at a time, filtered, each entry in short.
import type { AuditOverview, AuditPage, AuditTrail } from '../../../shared/review';
import { checkChain, type StoredEntry } from '../audit/log';
import { summarizeEntry } from '../audit/summary';
import type { Db } from '../case/open';

export function auditTrail(db: Db, opts: { since?: number; limit?: number }): AuditTrail {
  const rows = db
    .prepare('SELECT id, at, actor, action, detail, hash FROM audit WHERE at >= ? ORDER BY id LIMIT ?')
    .all(opts.since ?? Number.MIN_SAFE_INTEGER, opts.limit ?? -1) as { id: number; at: number; actor: string; action: string; detail: string; hash: string }[];
  const chain = checkChain(db);
  return {
    entries: rows.map((r) => ({ ...r, detail: parsedDetail(r.detail) })),
    head: chain.head,
    verifies: chain.brokenAt === null,
    brokenAt: chain.brokenAt,
  };
}

export function auditOverview(db: Db): AuditOverview {
  const chain = checkChain(db);
  return {
    head: chain.head,
    verifies: chain.brokenAt === null,
    brokenAt: chain.brokenAt,
    actors: db.prepare('SELECT actor AS name, count(*) AS entries FROM audit GROUP BY actor ORDER BY entries DESC, actor').all() as AuditOverview['actors'],
    actions: db.prepare('SELECT action, count(*) AS entries FROM audit GROUP BY action ORDER BY action').all() as AuditOverview['actions'],
  };
}

const PAGE_DEFAULT = 100;

/**
 * Entries after `after` (keyset: a page costs the same at the end of a long log as at its start), by
 * one reviewer, one action or its family (`tag` is `tag.apply`, `tag.undo`, …), from a time on.
 */
export function auditPage(db: Db, opts: { after?: number; limit?: number; actor?: string; action?: string; since?: number }): AuditPage {
  const limit = opts.limit ?? PAGE_DEFAULT;
  const filters: [clause: string, params: (string | number)[]][] = [['id > ?', [opts.after ?? 0]]];
  if (opts.actor !== undefined) filters.push(['actor = ?', [opts.actor]]);
  if (opts.action !== undefined) filters.push(['(action = ? OR substr(action, 1, ?) = ?)', [opts.action, opts.action.length + 1, `${opts.action}.`]]);
  if (opts.since !== undefined) filters.push(['at >= ?', [opts.since]]);
  const where = filters.map(([clause]) => clause).join(' AND ');
  const rows = db.prepare(`SELECT id, at, actor, action, detail, hash FROM audit WHERE ${where} ORDER BY id LIMIT ?`).all(...filters.flatMap(([, p]) => p), limit + 1) as StoredEntry[];
  const shown = rows.slice(0, limit);
  const actionSummary = db.prepare('SELECT summary FROM review_actions WHERE id = ?').pluck();
  return {
    entries: shown.map((row) => {
      const detail = parsedDetail(row.detail);
      const actionId = typeof detail === 'object' && detail !== null ? (detail as { actionId?: unknown }).actionId : undefined;
      const summary = typeof actionId === 'number' ? ((actionSummary.get(actionId) as string | undefined) ?? null) : null;
      return summarizeEntry(row, detail, summary);
    }),
    next: rows.length > limit ? shown.at(-1)!.id : null,
  };
}

/** An entry's detail as recorded; text that is not JSON (an entry rewritten by hand) is shown as it is. */
function parsedDetail(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
