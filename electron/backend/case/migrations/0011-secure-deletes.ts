import type { Database } from 'better-sqlite3';

// Schema 11: the full-text index forgets a deleted message's words at once. By default FTS5 records a
// delete as a marker and keeps the words in older segments until they are merged, so the text of an
// import that was cancelled, failed or recovered after a crash would stay readable in the case file
// (docs/security.md). The setting is kept in the index's own configuration.
export function updateToSchemaVersion11(db: Database): void {
  db.exec(`INSERT INTO messages_fts(messages_fts, rank) VALUES ('secure-delete', 1)`);
}
