// Checks on a case file read straight from SQLite, outside the engine.
import Database from 'better-sqlite3';

/** Throws unless the full-text index agrees with the messages table: no entry missing, none extra. */
export function ftsIntact(path: string): void {
  const db = new Database(path);
  try {
    db.prepare(`INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)`).run();
  } finally {
    db.close();
  }
}
