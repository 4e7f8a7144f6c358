import type { Database } from 'better-sqlite3';

// Schema 7: what persons need beyond schema 6 (docs/people.md): where a person's name comes
// from, the pairs of participants a reviewer said are not one person, and who takes part in each
// conversation (so a conversation's persons are known without reading its messages).
export function updateToSchemaVersion7(db: Database): void {
  db.exec(`
    -- A person's name is derived from its participants' names or a contact list, and re-derived as
    -- they change, unless a reviewer named it.
    ALTER TABLE persons ADD COLUMN name_source TEXT NOT NULL DEFAULT 'participants'
      CHECK (name_source IN ('participants', 'contact_list', 'reviewer'));
    ALTER TABLE persons ADD COLUMN name_evidence TEXT NOT NULL DEFAULT '';

    -- Two participants a reviewer separated (an unmerge): automatic grouping never joins them again,
    -- and no suggestion offers them together. A later merge of both by a reviewer removes the pair.
    CREATE TABLE person_separations (
      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      other_participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      decided_by TEXT NOT NULL,
      decided_at INTEGER NOT NULL,
      PRIMARY KEY (participant_id, other_participant_id),
      CHECK (participant_id < other_participant_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX person_separations_by_other ON person_separations(other_participant_id);

    -- Who wrote or acted in each conversation, written once per source after its import.
    CREATE TABLE conversation_participants (
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      message_count INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, participant_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX conversation_participants_by_participant ON conversation_participants(participant_id);
  `);
}
