import type { Database } from 'better-sqlite3';

// Schema 10: each conversation's sketch of distinctive texts (the smallest hashes of its texts), kept
// once computed, so recognising copies of a new conversation does not re-read every earlier one.
export function updateToSchemaVersion10(db: Database): void {
  db.exec('ALTER TABLE conversations ADD COLUMN text_sketch BLOB');
}
