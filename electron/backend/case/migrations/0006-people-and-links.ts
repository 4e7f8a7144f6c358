import type { Database } from 'better-sqlite3';

// Schema 6: people and the links between conversations (docs/people.md; docs/gaps.md#r6).
// Participants are evidence (names as each source wrote them); persons are the reviewer's reading of
// who is who, every grouping recorded with its method, its evidence and who decided it.
export function updateToSchemaVersion6(db: Database): void {
  db.exec(`
    -- How each participant can be recognised in another source: a phone number (E.164), an account
    -- id, or only its folded display name.
    CREATE TABLE participant_identities (
      participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('phone', 'account', 'name')),
      key TEXT NOT NULL
    ) STRICT;
    CREATE INDEX participant_identities_by_key ON participant_identities(kind, key);

    CREATE TABLE persons (
      id INTEGER PRIMARY KEY,
      display_name TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    -- Which person each participant is, and why: a shared number or account (automatic, strong), a
    -- contact list, or a reviewer's merge. A participant nobody grouped is its own person ('single').
    CREATE TABLE person_members (
      participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
      method TEXT NOT NULL CHECK (method IN ('single', 'phone', 'account', 'contact_list', 'reviewer')),
      evidence TEXT NOT NULL,
      decided_by TEXT NOT NULL,
      decided_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX person_members_by_person ON person_members(person_id);

    -- A contact list the reviewer imported to name bare numbers (vCard or CSV), kept as read.
    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      list_path TEXT NOT NULL,
      list_sha256 TEXT NOT NULL,
      name TEXT NOT NULL,
      phone TEXT,
      account TEXT,
      line INTEGER
    ) STRICT;
    CREATE INDEX contacts_by_phone ON contacts(phone);

    -- Conversations that are copies of one conversation held by different custodians, and how
    -- their messages line up (aligned_rows: one row per message, rows sharing a pos are one message
    -- seen in several copies).
    CREATE TABLE conversation_links (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('native_id', 'participants', 'reviewer')),
      evidence TEXT NOT NULL,
      offset_ms INTEGER NOT NULL DEFAULT 0,
      matched INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE conversation_link_members (
      link_id INTEGER NOT NULL REFERENCES conversation_links(id) ON DELETE CASCADE,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (link_id, conversation_id)
    ) STRICT;
    CREATE INDEX conversation_link_members_by_conversation ON conversation_link_members(conversation_id);
    CREATE TABLE aligned_rows (
      link_id INTEGER NOT NULL REFERENCES conversation_links(id) ON DELETE CASCADE,
      pos INTEGER NOT NULL,
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      PRIMARY KEY (link_id, pos, conversation_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX aligned_rows_by_message ON aligned_rows(message_id);
    CREATE INDEX aligned_rows_by_conversation ON aligned_rows(conversation_id);
  `);
}
