import type { Database } from 'better-sqlite3';

// Schema 15: who acted on whom in a group notice (`Ana added Ben and Carl`: actor Ana, targets Ben and
// Carl), as the participants the notice names (docs/formats.md#whatsapp-parties). A table of its
// own, one row per person named and written only for notices, so the messages row and the import of
// ordinary messages stay as they were. The people are participants of the source like authors, so
// People links them and `from:` finds what they did.
export function updateToSchemaVersion15(db: Database): void {
  db.exec(`
    CREATE TABLE notice_parties (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      PRIMARY KEY (message_id, role, participant_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX notice_parties_by_participant ON notice_parties(participant_id, role);
  `);
}
