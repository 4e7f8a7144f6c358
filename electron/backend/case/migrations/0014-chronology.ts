import type { Database } from 'better-sqlite3';

// The investigator's chronologies (docs/design.md#tables): named lists of entries, each entry a fact
// with its evidence (messages, a finding by its stable key, a conversation-day, or an outside event
// dated by the investigator) and an entry can stand in several chronologies. Every change is in the
// audit log with its before and after; an entry is removed by hiding it, never deleted.
export function updateToSchemaVersion14(db: Database): void {
  db.exec(`
    CREATE TABLE chronologies (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE chronology_entries (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('messages', 'finding', 'day', 'event')),
      title TEXT NOT NULL,
      description TEXT NOT NULL,
      people TEXT NOT NULL,
      labels TEXT NOT NULL,
      -- kind messages: the cited message ids (JSON array, thread order).
      message_ids TEXT,
      -- Of those, the ones already marked deleted when cited: only a later deletion is a warning.
      deleted_when_cited TEXT,
      -- kind finding: findings are computed again on every analysis, so the key finds it again.
      finding_key TEXT,
      conversation_id INTEGER,
      day TEXT,
      -- kind event: the date as the investigator gave it, its precision and zone.
      event_at TEXT,
      event_precision TEXT CHECK (event_precision IN ('minute', 'day', 'month')),
      approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
      time_zone TEXT,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      changed_by TEXT NOT NULL,
      changed_at INTEGER NOT NULL,
      removed_at INTEGER
    ) STRICT;

    CREATE TABLE chronology_members (
      chronology_id INTEGER NOT NULL REFERENCES chronologies(id),
      entry_id INTEGER NOT NULL REFERENCES chronology_entries(id),
      PRIMARY KEY (chronology_id, entry_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX chronology_members_by_entry ON chronology_members(entry_id);
  `);
}
