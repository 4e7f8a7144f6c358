import type { Database } from 'better-sqlite3';

// Schema 4: the gap engine's output (docs/gaps.md). Findings reference messages and spans; they
// never change a message, and they are recomputed whenever their inputs change.
export function updateToSchemaVersion4(db: Database): void {
  db.exec(`
    CREATE TABLE findings (
      id INTEGER PRIMARY KEY,
      rule TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('deleted', 'missing_referenced', 'missing_sequence', 'expected_loss', 'truncation',
        'coverage', 'suspected_gap', 'cross_source_absence', 'integrity', 'context')),
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
    CREATE INDEX findings_by_source ON findings(source_id);
    CREATE INDEX findings_by_conversation ON findings(conversation_id, before_seq);
    CREATE INDEX findings_by_message ON findings(message_id);
    CREATE INDEX findings_by_before ON findings(before_message_id);
    CREATE INDEX findings_by_after ON findings(after_message_id);

    CREATE TABLE rules_not_run (
      id INTEGER PRIMARY KEY,
      rule TEXT NOT NULL,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
      why TEXT NOT NULL
    ) STRICT;
    CREATE INDEX rules_not_run_by_source ON rules_not_run(source_id);
    CREATE INDEX rules_not_run_by_conversation ON rules_not_run(conversation_id);
  `);
}
