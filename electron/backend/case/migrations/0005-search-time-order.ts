import type { Database } from 'better-sqlite3';

// Schema 5: messages in time order, for search. A search sorted by time walks this index in windows
// and asks the full-text index only about the messages in each window, instead of sorting every hit
// (a common word hits hundreds of thousands); date filters use it too. Messages without a time sort
// first, under the same key the search cursor carries.
export function updateToSchemaVersion5(db: Database): void {
  db.exec('CREATE INDEX messages_by_time ON messages(coalesce(sent_at, -8640000000000000))');
}
