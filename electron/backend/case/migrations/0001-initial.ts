import type { Database } from 'better-sqlite3';

// The first case-file schema (docs/design.md#tables). Evidence rows are written once and never updated in
// place, except the derived columns a reviewer's decision recomputes (times after a zone or
// date-order change).
export function updateToSchemaVersion1(db: Database): void {
  db.exec(`
    CREATE TABLE case_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      status TEXT NOT NULL CHECK (status IN ('importing', 'complete')),
      path TEXT NOT NULL,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      format TEXT NOT NULL,
      format_detail TEXT NOT NULL,
      parser_version TEXT NOT NULL,
      chat_entry TEXT,
      custodian TEXT,
      time_zone TEXT NOT NULL,
      time_zone_assumed INTEGER NOT NULL,
      date_order TEXT CHECK (date_order IN ('DMY', 'MDY', 'YMD')),
      date_order_ambiguous INTEGER NOT NULL,
      date_order_locked INTEGER NOT NULL,
      date_order_evidence TEXT NOT NULL,
      preamble TEXT,
      line_count INTEGER,
      signals TEXT NOT NULL DEFAULT '{}',
      message_count INTEGER NOT NULL DEFAULT 0,
      indexed_through INTEGER,
      imported_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX sources_by_hash ON sources(sha256);

    CREATE TABLE source_warnings (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      line INTEGER,
      code TEXT NOT NULL,
      message TEXT NOT NULL
    ) STRICT;
    CREATE INDEX source_warnings_by_source ON source_warnings(source_id);

    CREATE TABLE conversations (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      native_id TEXT,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('direct', 'group', 'room', 'unknown')),
      message_count INTEGER NOT NULL DEFAULT 0,
      participant_count INTEGER NOT NULL DEFAULT 0,
      first_local TEXT,
      last_local TEXT
    ) STRICT;
    CREATE INDEX conversations_by_source ON conversations(source_id);

    CREATE TABLE participants (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      message_count INTEGER NOT NULL DEFAULT 0,
      UNIQUE (source_id, name)
    ) STRICT;

    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      author_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('text', 'media', 'deleted', 'system', 'call', 'location', 'contact', 'poll', 'unclassified')),
      subtype TEXT,
      body TEXT NOT NULL,
      sent_at INTEGER,
      sent_at_local TEXT,
      stamp_raw TEXT,
      header_raw TEXT NOT NULL,
      with_seconds INTEGER NOT NULL,
      native_id TEXT,
      reply_to TEXT,
      deleted INTEGER NOT NULL DEFAULT 0,
      edited INTEGER NOT NULL DEFAULT 0,
      line_start INTEGER,
      line_end INTEGER,
      record TEXT
    ) STRICT;
    CREATE UNIQUE INDEX messages_by_thread ON messages(conversation_id, seq);
    CREATE INDEX messages_by_author ON messages(author_id);

    CREATE TABLE attachments (
      id INTEGER PRIMARY KEY,
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      entry TEXT,
      present INTEGER NOT NULL,
      sha256 TEXT,
      size INTEGER
    ) STRICT;
    CREATE INDEX attachments_by_message ON attachments(message_id);

    CREATE VIRTUAL TABLE messages_fts USING fts5(
      body,
      content = 'messages',
      content_rowid = 'id',
      tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'"
    );

    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
  `);
}
