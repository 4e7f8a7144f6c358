import type { Database } from 'better-sqlite3';

// Schema 12: the reviewer's work product (docs/design.md#tables): who reviews, tags and their groups,
// tags applied to a message, a conversation-day or a conversation, notes with their earlier texts,
// decisions on findings, each conversation-day's review status, the log of coding actions that undo
// and redo as one, and the processes that have the case open (so one does not recover another's
// import in progress). None of it is evidence: the audit log records every change with its reviewer.
export function updateToSchemaVersion12(db: Database): void {
  db.exec(`
    CREATE TABLE reviewers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      first_at INTEGER NOT NULL,
      last_at INTEGER NOT NULL
    ) STRICT;

    -- Members of an exclusive group exclude each other on one target; the coding group's tags decide
    -- when a conversation-day counts as reviewed without a reviewer saying so.
    CREATE TABLE tag_groups (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      exclusive INTEGER NOT NULL CHECK (exclusive IN (0, 1)),
      coding INTEGER NOT NULL DEFAULT 0 CHECK (coding IN (0, 1)),
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    -- A removed tag keeps its row (and its applications, no longer in force) for the history.
    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      shortcut TEXT,
      group_id INTEGER REFERENCES tag_groups(id),
      position INTEGER NOT NULL,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      removed_by TEXT,
      removed_at INTEGER
    ) STRICT;
    CREATE UNIQUE INDEX tags_live_name ON tags(name COLLATE NOCASE) WHERE removed_at IS NULL;
    CREATE UNIQUE INDEX tags_live_shortcut ON tags(shortcut) WHERE removed_at IS NULL AND shortcut IS NOT NULL;

    CREATE TABLE message_tags (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id),
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (message_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX message_tags_by_tag ON message_tags(tag_id, message_id);

    -- A day is a calendar day of the display zone when it was coded; its span in UTC is kept, so the
    -- messages it covers stay the ones the reviewer saw as that day.
    CREATE TABLE day_tags (
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      time_zone TEXT NOT NULL,
      tag_id INTEGER NOT NULL REFERENCES tags(id),
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, day, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX day_tags_by_tag ON day_tags(tag_id);

    CREATE TABLE conversation_tags (
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id),
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX conversation_tags_by_tag ON conversation_tags(tag_id);

    -- One coding action (a tag applied to a selection, a bulk job) and every row it added or removed,
    -- so that it undoes and redoes as one.
    CREATE TABLE review_actions (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      summary TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
    ) STRICT;
    CREATE TABLE review_changes (
      action_id INTEGER NOT NULL REFERENCES review_actions(id) ON DELETE CASCADE,
      change TEXT NOT NULL CHECK (change IN ('added', 'removed')),
      scope TEXT NOT NULL CHECK (scope IN ('message', 'day', 'conversation')),
      tag_id INTEGER NOT NULL,
      message_id INTEGER,
      conversation_id INTEGER,
      day TEXT,
      start_at INTEGER,
      end_at INTEGER,
      time_zone TEXT,
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX review_changes_by_action ON review_changes(action_id);

    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      scope TEXT NOT NULL CHECK (scope IN ('message', 'day', 'conversation', 'finding')),
      message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
      conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
      day TEXT,
      finding_key TEXT,
      text TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      edited_at INTEGER,
      removed_at INTEGER
    ) STRICT;
    CREATE INDEX notes_by_message ON notes(message_id) WHERE message_id IS NOT NULL;
    CREATE INDEX notes_by_conversation ON notes(conversation_id) WHERE conversation_id IS NOT NULL;
    -- Every text a note has had, the first included.
    CREATE TABLE note_versions (
      note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      text TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (note_id, version)
    ) STRICT, WITHOUT ROWID;
    -- The current text of each live note; rowid is the note's id. Tokenized as messages are, so
    -- note: reads words the way the search box does.
    CREATE VIRTUAL TABLE notes_fts USING fts5(text, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'");

    -- Findings are computed again on every analysis, so a decision is kept by what the finding is
    -- about (its key), not by its row id.
    CREATE TABLE finding_reviews (
      finding_key TEXT PRIMARY KEY,
      decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed', 'follow_up')),
      note TEXT,
      reviewer TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE day_reviews (
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      time_zone TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('unreviewed', 'in_review', 'reviewed')),
      set_by TEXT NOT NULL CHECK (set_by IN ('hand', 'coding')),
      reviewer TEXT,
      at INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, day)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE open_sessions (
      id INTEGER PRIMARY KEY,
      pid INTEGER NOT NULL,
      host TEXT NOT NULL,
      opened_at INTEGER NOT NULL
    ) STRICT;
  `);
  const now = Date.now();
  const group = db.prepare("INSERT INTO tag_groups(name, exclusive, coding, created_by, created_at) VALUES ('Responsiveness', 1, 1, 'threadline', ?)").run(now).lastInsertRowid;
  const tag = db.prepare("INSERT INTO tags(name, color, description, shortcut, group_id, position, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'threadline', ?)");
  const defaults: [string, string, string, string, boolean][] = [
    ['Responsive', '#2e7d32', 'Answers the request.', '1', true],
    ['Not responsive', '#757575', 'Does not answer the request.', '2', true],
    ['Partly responsive', '#9e9d24', 'Answers the request in part.', '3', true],
    ['Privileged', '#6a1b9a', 'Withheld or redacted for privilege.', 'v', false],
    ['Hot', '#c62828', 'Key evidence.', 'h', false],
    ['Needs second look', '#ef6c00', 'For another reviewer to check.', 's', false],
  ];
  defaults.forEach(([name, color, description, shortcut, inGroup], i) => tag.run(name, color, description, shortcut, inGroup ? group : null, i + 1, now));
}
