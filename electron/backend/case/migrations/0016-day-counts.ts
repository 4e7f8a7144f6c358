import type { Database } from 'better-sqlite3';
import { refillDayCounts } from '../../timeline/day-counts';

// Schema 16: messages per conversation-day in the display zone, by author, kind and deletion. The
// conversation-days list and the timeline by day read these few thousand rows instead of counting a
// million messages (docs/timeline.md#how-it-is-counted-and-what-it-costs). Rows go with their conversation; which zone the
// days are counted in is case_meta's `day_counts_zone`.
export function updateToSchemaVersion16(db: Database): void {
  db.exec(`
    CREATE TABLE day_counts (
      conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      day INTEGER NOT NULL,
      author_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      deleted INTEGER NOT NULL,
      messages INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX day_counts_by_conversation ON day_counts(conversation_id, day);
    CREATE INDEX day_counts_by_day ON day_counts(day);
  `);
  refillDayCounts(db);
}
