// The append-only audit log: every import and reviewer decision, each entry hash-chained to the one
// before it, so that a removed or edited entry is detectable. Anyone holding the file can rewrite an
// entry and compute the chain again, so the chain is anchored outside the file: its head (the last
// hash and the entry count), printed by `verify`, reports and productions and kept by the reviewer,
// must still be found in the chain later (docs/security.md, tamper evidence).
import { createHash } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { AuditEntryView } from '../../../shared/review';
import type { Db } from '../case/open';

/** An entry as it is stored and as the contract shows it (`threadline audit`). */
export type AuditEntry = AuditEntryView;

/** An audit row as read, its detail still the JSON text the hash covers. */
export interface StoredEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prev: string, at: number, actor: string, action: string, detail: string): string {
  return createHash('sha256').update(`${prev}\n${at}\n${actor}\n${action}\n${detail}`).digest('hex');
}

export function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Where a case keeps the reviewer last named on this machine (review/reviewer.ts). */
export function machineReviewerKey(): string {
  return `reviewer@${hostname()}`;
}

/** The reviewer named on this machine for this case, else the operating-system account. */
export function defaultActor(db: Db): string {
  const reviewer = db.prepare('SELECT value FROM case_meta WHERE key = ?').pluck().get(machineReviewerKey()) as string | undefined;
  return reviewer ?? currentActor();
}

export function appendAudit(db: Db, action: string, detail: unknown, actor = defaultActor(db)): void {
  const last = db.prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const at = Date.now();
  const text = JSON.stringify(detail);
  db.prepare('INSERT INTO audit(at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)').run(
    at,
    actor,
    action,
    text,
    prev,
    entryHash(prev, at, actor, action, text),
  );
}

/** The chain's head: the hash of its last entry and how many entries it holds. */
export interface ChainHead {
  hash: string;
  entries: number;
}

/** The head as printed for a reviewer to keep, and as `verify --head` takes it back. */
export function formatHead(head: ChainHead): string {
  return `${head.entries}:${head.hash}`;
}

/** A head as a reviewer gives it back: `<entries>:<hash>` as printed, or the hash alone; null when it is neither. */
export function parseHead(text: string): { hash: string; entries: number | null } | null {
  const m = /^(?:(\d+):)?([0-9a-f]{64})$/i.exec(text.trim());
  return m ? { hash: m[2]!.toLowerCase(), entries: m[1] === undefined ? null : Number(m[1]) } : null;
}

/** The head now, for reports and productions to print beside what they show. */
export function chainHead(db: Db): ChainHead {
  const row = db.prepare('SELECT count(*) AS entries, (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) AS hash FROM audit').get() as { entries: number; hash: string | null };
  return { hash: row.hash ?? GENESIS, entries: row.entries };
}

export interface ChainCheck {
  head: ChainHead;
  /** The id of the first entry that does not fit the chain, or null. */
  brokenAt: number | null;
  /**
   * Where a head printed earlier sits in the chain as it is now (its entry count then), or null when
   * it is not there: entries up to it were removed or rewritten since it was printed.
   */
  earlierHeadAt?: number | null;
}

/**
 * Re-computes the chain from its start. Without an anchor this shows only that the entries fit each
 * other; an earlier head found in a chain that verifies up to it shows that nothing up to that head
 * was removed or changed since it was printed, because no other history leads to the same hash.
 */
export function checkChain(db: Db, earlier?: { hash: string; entries: number | null }): ChainCheck {
  let prev = GENESIS;
  let position = 0;
  let brokenAt: number | null = null;
  let earlierHeadAt: number | null = earlier && earlier.hash === GENESIS && !earlier.entries ? 0 : null;
  for (const row of db.prepare('SELECT id, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY id').iterate() as Iterable<StoredEntry & { prev_hash: string }>) {
    if (row.prev_hash !== prev || row.hash !== entryHash(prev, row.at, row.actor, row.action, row.detail)) {
      brokenAt = row.id;
      break;
    }
    position++;
    if (earlier && row.hash === earlier.hash && (earlier.entries === null || earlier.entries === position)) earlierHeadAt = position;
    prev = row.hash;
  }
  return { head: chainHead(db), brokenAt, ...(earlier ? { earlierHeadAt } : {}) };
}

/** Re-computes the chain; returns the id of the first entry that does not fit, or null. */
export function verifyAudit(db: Db): number | null {
  return checkChain(db).brokenAt;
}

export function listAudit(db: Db, limit: number): AuditEntry[] {
  return (db.prepare('SELECT id, at, actor, action, detail, hash FROM audit ORDER BY id DESC LIMIT ?').all(limit) as StoredEntry[]).map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
}
