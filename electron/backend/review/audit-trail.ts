// The audit log as a reviewer reads it: oldest first, from a time on, with the chain's state (its
// head, and whether every entry still fits the chain). `threadline audit` reads it whole; the window
// reads it a page at a time, filtered, each entry in short.
import type { AuditOverview, AuditPage, AuditTrail } from '../../../shared/review';
import { checkChain, type StoredEntry } from '../audit/log';
import { summarizeEntry } from '../audit/summary';
import type { Db } from '../case/open';

interface EntryFilter {
  /** Entries after this one (keyset). */
  after?: number;
  /** One reviewer's (or Threadline's own) entries. */
  actor?: string;
  /** One action, or its family: `tag` is `tag.apply`, `tag.undo`, … */
  action?: string;
  since?: number;
}

/** The WHERE clause and its parameters selecting the entries a filter keeps. */
function entriesWhere(filter: EntryFilter): { sql: string; params: (string | number)[] } {
  const clauses: [clause: string, params: (string | number)[]][] = [['id > ?', [filter.after ?? 0]]];
  if (filter.actor !== undefined) clauses.push(['actor = ?', [filter.actor]]);
  if (filter.action !== undefined) clauses.push(['(action = ? OR substr(action, 1, ?) = ?)', [filter.action, filter.action.length + 1, `${filter.action}.`]]);
  if (filter.since !== undefined) clauses.push(['at >= ?', [filter.since]]);
  return { sql: clauses.map(([clause]) => clause).join(' AND '), params: clauses.flatMap(([, params]) => params) };
}

/** The entries a filter keeps, oldest first, each whole; the chain's state is always of the whole log. */
export function auditTrail(db: Db, opts: Omit<EntryFilter, 'after'> & { limit?: number }): AuditTrail {
  const where = entriesWhere(opts);
  const rows = db.prepare(`SELECT id, at, actor, action, detail, hash FROM audit WHERE ${where.sql} ORDER BY id LIMIT ?`).all(...where.params, opts.limit ?? -1) as StoredEntry[];
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

/** A page of the entries a filter keeps (keyset: a page costs the same at the end of a long log as at its start). */
export function auditPage(db: Db, opts: EntryFilter & { limit?: number }): AuditPage {
  const limit = opts.limit ?? PAGE_DEFAULT;
  const where = entriesWhere(opts);
  const rows = db.prepare(`SELECT id, at, actor, action, detail, hash FROM audit WHERE ${where.sql} ORDER BY id LIMIT ?`).all(...where.params, limit + 1) as StoredEntry[];
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
