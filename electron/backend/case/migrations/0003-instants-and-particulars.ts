import type { Database } from 'better-sqlite3';

// Schema 3: what Wickr retention archives, RSMF manifests and forensic-report tables carry beyond
// schema 2: instants finer than a millisecond, the member file a record came from, the content
// status of metadata-only items, event particulars, and a conversation's platform.
export function updateToSchemaVersion3(db: Database): void {
  db.exec(`
    -- The exact instant in microseconds since the epoch, when the source records sub-millisecond
    -- precision (Wickr msg_ts, RSMF timestamps with more than three fractional digits). sent_at stays
    -- the instant in whole milliseconds (floor), so every reader keeps working; NULL otherwise.
    ALTER TABLE messages ADD COLUMN sent_at_us INTEGER;
    -- The member file (source_files.id) a record was read from, for sources made of several files
    -- (the rotated files of a Wickr archive folder). NULL: the file named by sources.path.
    ALTER TABLE messages ADD COLUMN source_file_id INTEGER;
    -- Why an item has no text (docs/formats.md#confide). NULL: the content is present as read.
    ALTER TABLE messages ADD COLUMN content_status TEXT
      CHECK (content_status IN ('unrecoverable_by_design', 'encrypted_unavailable', 'transcribed_from_image', 'partial_from_image'));
    CREATE INDEX messages_by_instant ON messages(conversation_id, sent_at_us) WHERE sent_at_us IS NOT NULL;

    ALTER TABLE message_events ADD COLUMN sent_at_us INTEGER;
    -- A target named by its time rather than its id (Wickr read receipts name the message read by its
    -- msg_ts, in microseconds).
    ALTER TABLE message_events ADD COLUMN target_sent_at_us INTEGER;
    -- The event's particulars as JSON: a reaction added or removed, an edit's previous text, a
    -- recall, a receipt's status, and which key named the target.
    ALTER TABLE message_events ADD COLUMN detail TEXT;
    ALTER TABLE message_events ADD COLUMN source_file_id INTEGER;

    -- The application a conversation belongs to, as the source names it (RSMF platform, the Source
    -- column of a forensic report): 'slack', 'Confide', 'WhatsApp'.
    ALTER TABLE conversations ADD COLUMN platform TEXT;

    -- An attachment that is a file of its own (a Wickr attachments folder, files beside an RSMF
    -- manifest) rather than an entry inside the source's container.
    ALTER TABLE attachments ADD COLUMN source_file_id INTEGER;
  `);
}
