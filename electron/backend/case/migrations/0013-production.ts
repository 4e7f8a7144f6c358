import type { Database } from 'better-sqlite3';

// Productions (docs/design.md#tables): redactions a reviewer made (never applied to the evidence),
// and each production frozen as it went out: its numbering, its documents with their Bates ranges,
// which message went out in which document under which number, and which redactions it applied.
// Rows are written once; a later production never renumbers an earlier one.
export function updateToSchemaVersion13(db: Database): void {
  db.exec(`
    CREATE TABLE redactions (
      id INTEGER PRIMARY KEY,
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('text', 'message', 'attachment')),
      span_start INTEGER,
      span_end INTEGER,
      attachment_id INTEGER REFERENCES attachments(id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      removed_by TEXT,
      removed_at INTEGER
    ) STRICT;
    CREATE INDEX redactions_by_message ON redactions(message_id);

    CREATE TABLE productions (
      id INTEGER PRIMARY KEY,
      bates_prefix TEXT NOT NULL,
      bates_padding INTEGER NOT NULL,
      first_number INTEGER NOT NULL,
      last_number INTEGER NOT NULL,
      query TEXT NOT NULL,
      unit TEXT NOT NULL,
      formats TEXT NOT NULL,
      withhold_tag TEXT,
      time_zone TEXT NOT NULL,
      produced_by TEXT NOT NULL,
      produced_at INTEGER NOT NULL,
      out_dir TEXT NOT NULL,
      audit_head TEXT NOT NULL,
      changes TEXT
    ) STRICT;
    CREATE INDEX productions_by_prefix ON productions(bates_prefix, first_number);

    CREATE TABLE production_documents (
      production_id INTEGER NOT NULL REFERENCES productions(id),
      doc_index INTEGER NOT NULL,
      first_number INTEGER NOT NULL,
      last_number INTEGER NOT NULL,
      conversation_id INTEGER NOT NULL,
      label TEXT NOT NULL,
      start_at INTEGER,
      end_at INTEGER,
      withheld INTEGER NOT NULL CHECK (withheld IN (0, 1)),
      files TEXT NOT NULL,
      PRIMARY KEY (production_id, doc_index)
    ) STRICT, WITHOUT ROWID;

    -- A withheld document's messages share its one number (the slip sheet's).
    CREATE TABLE production_messages (
      production_id INTEGER NOT NULL REFERENCES productions(id),
      message_id INTEGER NOT NULL,
      doc_index INTEGER NOT NULL,
      bates_number INTEGER NOT NULL,
      context INTEGER NOT NULL CHECK (context IN (0, 1)),
      PRIMARY KEY (production_id, message_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE production_redactions (
      production_id INTEGER NOT NULL REFERENCES productions(id),
      redaction_id INTEGER NOT NULL REFERENCES redactions(id),
      PRIMARY KEY (production_id, redaction_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
