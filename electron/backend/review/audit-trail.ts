// The audit log as a reviewer reads it: oldest first, from a time on, with the chain's state (its
// head, and whether every entry still fits the chain).
import type { AuditTrail } from '../../../shared/review';
import { checkChain } from '../audit/log';
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

/** An entry's detail as recorded; text that is not JSON (an entry rewritten by hand) is shown as it is. */
function parsedDetail(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
