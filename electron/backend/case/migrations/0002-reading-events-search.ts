import type { Database } from 'better-sqlite3';

// Schema 2: what Wickr, RSMF and forensic reports carry beyond a WhatsApp text (edits, reactions,
// receipts, expiry settings, multi-file sources), jumping to a date, and saved searches.
export function updateToSchemaVersion2(db: Database): void {
  db.exec(`
    -- Files that make up one source beyond the file named in sources.path: the rotated files of a
    -- retention archive, the members of an RSMF zip. Each is hashed at import.
    CREATE TABLE source_files (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('messages', 'attachment', 'manifest', 'other'))
    ) STRICT;
    CREATE INDEX source_files_by_source ON source_files(source_id);

    -- Facts about a source that limit what it can show (a bot version that predates edit capture,
    -- content unrecoverable by design): JSON [{"code","text"}].
    ALTER TABLE sources ADD COLUMN caveats TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE sources ADD COLUMN content_nature TEXT NOT NULL DEFAULT 'content'
      CHECK (content_nature IN ('content', 'metadata_only'));
    -- What the source's timestamps are: wall-clock text without a zone (WhatsApp exports: the local
    -- time is the evidence, UTC is derived from the zone) or instants (epoch times in Wickr, RSMF:
    -- UTC is the evidence, local time is derived).
    ALTER TABLE sources ADD COLUMN time_basis TEXT NOT NULL DEFAULT 'wall_clock'
      CHECK (time_basis IN ('wall_clock', 'instant'));

    ALTER TABLE conversations ADD COLUMN ttl_seconds INTEGER;
    ALTER TABLE conversations ADD COLUMN burn_on_read_seconds INTEGER;

    ALTER TABLE participants ADD COLUMN native_id TEXT;

    ALTER TABLE messages ADD COLUMN ttl_seconds INTEGER;
    ALTER TABLE messages ADD COLUMN burn_on_read_seconds INTEGER;
    ALTER TABLE messages ADD COLUMN direction TEXT CHECK (direction IN ('incoming', 'outgoing'));
    ALTER TABLE messages ADD COLUMN thread_parent TEXT;
    -- The source record as written, for formats whose record is not a text line (a JSON record).
    ALTER TABLE messages ADD COLUMN raw TEXT;
    CREATE INDEX messages_by_native_id ON messages(conversation_id, native_id) WHERE native_id IS NOT NULL;
    CREATE INDEX messages_by_local_time ON messages(conversation_id, sent_at_local);

    -- Records about a message rather than messages: edits (the original body stays on the message),
    -- reactions, read receipts, stars, pins, delete records. Linked to the target by native id; the
    -- resolved row id stays NULL when the target is not in the case.
    CREATE TABLE message_events (
      id INTEGER PRIMARY KEY,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('edit', 'reaction', 'receipt', 'star', 'pin', 'delete')),
      target_native_id TEXT,
      target_message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
      actor_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
      sent_at INTEGER,
      sent_at_local TEXT,
      value TEXT,
      native_id TEXT,
      line_start INTEGER,
      line_end INTEGER,
      record TEXT,
      raw TEXT
    ) STRICT;
    CREATE INDEX message_events_by_target ON message_events(target_message_id);
    CREATE INDEX message_events_by_conversation ON message_events(conversation_id, target_native_id);
    CREATE INDEX message_events_by_actor ON message_events(actor_id);

    CREATE TABLE saved_searches (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      query TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      actor TEXT NOT NULL
    ) STRICT;
  `);
}
