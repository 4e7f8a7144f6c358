// The append-only audit log: every import and reviewer decision, each entry hash-chained to the one
// before it, so that a removed or edited entry is detectable (spec/ediscovery.md M9).
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Db } from '../case/open';

export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: unknown;
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

export function appendAudit(db: Db, action: string, detail: unknown, actor = currentActor()): void {
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

/** Re-computes the chain; returns the id of the first entry that does not fit, or null. */
export function verifyAudit(db: Db): number | null {
  let prev = GENESIS;
  for (const row of db.prepare('SELECT id, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY id').iterate() as Iterable<{
    id: number;
    at: number;
    actor: string;
    action: string;
    detail: string;
    prev_hash: string;
    hash: string;
  }>) {
    if (row.prev_hash !== prev || row.hash !== entryHash(prev, row.at, row.actor, row.action, row.detail)) return row.id;
    prev = row.hash;
  }
  return null;
}

export function listAudit(db: Db, limit: number): AuditEntry[] {
  return (db.prepare('SELECT id, at, actor, action, detail, hash FROM audit ORDER BY id DESC LIMIT ?').all(limit) as {
    id: number;
    at: number;
    actor: string;
    action: string;
    detail: string;
    hash: string;
  }[]).map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
}
