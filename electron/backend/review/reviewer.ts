// Who is reviewing: the name every tag, note and decision carries and the audit log records as its
// actor. It is kept per case and per machine (the last name used on this host, in case_meta), and
// every name ever used is listed with when it was first and last seen (docs/design.md#tables).
import { hostname } from 'node:os';
import { ApiError } from '../../../shared/api';
import type { Db, Writer } from '../case/open';
import { appendAudit, defaultActor, machineReviewerKey } from '../audit/log';

export interface ReviewerEntry {
  name: string;
  firstAt: number;
  lastAt: number;
}


/** The name last used on this machine for this case, or null before the first review action. */
export function currentReviewer(db: Db): string | null {
  const row = db.prepare('SELECT value FROM case_meta WHERE key = ?').get(machineReviewerKey()) as { value: string } | undefined;
  return row?.value ?? null;
}

export function listReviewers(db: Db): ReviewerEntry[] {
  return (db.prepare('SELECT name, first_at AS firstAt, last_at AS lastAt FROM reviewers ORDER BY last_at DESC, name').all() as ReviewerEntry[]);
}

/** Lists `name` among the case's reviewers, with when it was first and last seen. */
function noteReviewer(db: Writer, name: string): string {
  const now = Date.now();
  db.prepare('INSERT INTO reviewers(name, first_at, last_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET last_at = excluded.last_at').run(name, now, now);
  return name;
}

/** Records `name` as this machine's reviewer (audited when it changes); returns the name. */
export function rememberReviewer(db: Writer, name: string): string {
  noteReviewer(db, name);
  const before = currentReviewer(db);
  if (before !== name) {
    db.prepare('INSERT INTO case_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(machineReviewerKey(), name);
    appendAudit(db, 'reviewer.set', { host: hostname(), before, after: name }, name);
  }
  return name;
}

/**
 * The reviewer a decision is made by: the one named with it, else this machine's; refused when neither
 * is known. A name given with one decision (a script's --reviewer) is that decision's alone: it does
 * not become the reviewer the window codes as.
 */
export function decidingReviewer(db: Writer, given: string | undefined): string {
  const name = given?.trim() || currentReviewer(db);
  if (!name) {
    throw new ApiError('invalid_argument', 'Say who is reviewing before coding: give a reviewer name (the review pane asks for it; on the command line --reviewer <name> or THREADLINE_REVIEWER).');
  }
  return noteReviewer(db, name);
}

/**
 * Who a decision outside coding (a merge, a link, the display zone) is recorded as: the reviewer
 * named with it, else this machine's reviewer, else (no reviewer yet) the operating-system account.
 */
export function decisionActor(db: Writer, given?: string): string {
  return given?.trim() ? noteReviewer(db, given.trim()) : defaultActor(db);
}
