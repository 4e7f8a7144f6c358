// Which processes have the case open. A source left marked `importing` is an import killed midway
// only when no other live process has the case open: another may be importing it right now (a
// reviewer tags from the command line while the app imports), and removing its sources would
// destroy that import.
import { hostname } from 'node:os';
import { appendAudit } from '../audit/log';
import type { Writer } from '../case/open';
import { removeIncompleteSources } from '../case/writer';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sessions this process opened, by file and id: a row naming this process that is not among them came with a copied file. */
const ownSessions = new Set<string>();
const ownKey = (db: Writer, id: number) => `${db.name}|${id}`;

/** Registers this process; forgets sessions of processes on this host that are gone. Returns the session's id. */
export function openSession(db: Writer): number {
  const host = hostname();
  const sessions = db.prepare('SELECT id, pid FROM open_sessions WHERE host = ?').all(host) as { id: number; pid: number }[];
  const forget = db.prepare('DELETE FROM open_sessions WHERE id = ?');
  for (const s of sessions) if (s.pid === process.pid ? !ownSessions.has(ownKey(db, s.id)) : !isAlive(s.pid)) forget.run(s.id);
  const id = Number(db.prepare('INSERT INTO open_sessions(pid, host, opened_at) VALUES (?, ?, ?)').run(process.pid, host, Date.now()).lastInsertRowid);
  ownSessions.add(ownKey(db, id));
  return id;
}

/** True when another live process has the case open (a session on another host counts as live). */
export function othersHaveCaseOpen(db: Writer, session: number): boolean {
  return db.prepare('SELECT 1 FROM open_sessions WHERE id != ? LIMIT 1').get(session) !== undefined;
}

export function closeSession(db: Writer, session: number): void {
  db.prepare('DELETE FROM open_sessions WHERE id = ?').run(session);
  ownSessions.delete(ownKey(db, session));
}

/**
 * Registers this process and, when no other live process has the case open, removes the sources an
 * import killed midway left behind (audited). Returns the session to close.
 */
export function joinCase(db: Writer): number {
  const session = openSession(db);
  if (!othersHaveCaseOpen(db, session)) {
    const orphans = removeIncompleteSources(db);
    if (orphans.length) appendAudit(db, 'import.recovered', { removedIncompleteSources: orphans });
  }
  return session;
}
