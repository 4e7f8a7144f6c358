import type { Database } from 'better-sqlite3';

// Schema 8: whose account each source is, and whether it is an official or a personal one (the
// records-keeping lens, docs/gaps.md#rk-1), and the finding type that lens gives. The reviewer
// marks the accounts; the holder is the name the account's own messages carry in that source.
export function updateToSchemaVersion8(db: Database): void {
  db.exec(`
    ALTER TABLE sources ADD COLUMN account_kind TEXT CHECK (account_kind IN ('official', 'personal'));
    ALTER TABLE sources ADD COLUMN account_holder TEXT;

    -- A CHECK cannot be altered in place: the findings table is rebuilt with the new type allowed
    -- (findings are derived, but existing ones are kept rather than waiting for a re-analysis).
    CREATE TABLE findings_v8 (
      id INTEGER PRIMARY KEY,
      rule TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('deleted', 'missing_referenced', 'missing_sequence', 'expected_loss', 'truncation',
        'coverage', 'suspected_gap', 'cross_source_absence', 'integrity', 'context', 'records_not_copied')),
      strength TEXT NOT NULL CHECK (strength IN ('fact', 'high', 'medium', 'low', 'context')),
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
      message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
      before_message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
      after_message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
      before_seq INTEGER,
      after_seq INTEGER,
      from_at INTEGER,
      to_at INTEGER,
      from_local TEXT,
      to_local TEXT,
      count INTEGER,
      score REAL,
      explanation TEXT NOT NULL,
      evidence TEXT NOT NULL
    ) STRICT;
    INSERT INTO findings_v8 SELECT * FROM findings;
    DROP TABLE findings;
    ALTER TABLE findings_v8 RENAME TO findings;
    CREATE INDEX findings_by_source ON findings(source_id);
    CREATE INDEX findings_by_conversation ON findings(conversation_id, before_seq);
    CREATE INDEX findings_by_message ON findings(message_id);
    CREATE INDEX findings_by_before ON findings(before_message_id);
    CREATE INDEX findings_by_after ON findings(after_message_id);
  `);
}
