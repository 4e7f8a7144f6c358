import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './0001-initial';
import { updateToSchemaVersion2 } from './0002-reading-events-search';
import { updateToSchemaVersion3 } from './0003-instants-and-particulars';
import { updateToSchemaVersion4 } from './0004-findings';
import { updateToSchemaVersion5 } from './0005-search-time-order';
import { updateToSchemaVersion6 } from './0006-people-and-links';
import { updateToSchemaVersion7 } from './0007-person-decisions';
import { updateToSchemaVersion8 } from './0008-source-accounts';
import { updateToSchemaVersion9 } from './0009-conversation-time-order';
import { updateToSchemaVersion10 } from './0010-conversation-sketches';
import { updateToSchemaVersion11 } from './0011-secure-deletes';
import { updateToSchemaVersion12 } from './0012-review';
import { updateToSchemaVersion13 } from './0013-production';
import { updateToSchemaVersion14 } from './0014-chronology';
import { updateToSchemaVersion15 } from './0015-notice-parties';
import { updateToSchemaVersion16 } from './0016-day-counts';

/** Migration N brings a case file from schema version N-1 to N. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [updateToSchemaVersion1, updateToSchemaVersion2, updateToSchemaVersion3, updateToSchemaVersion4, updateToSchemaVersion5, updateToSchemaVersion6, updateToSchemaVersion7, updateToSchemaVersion8, updateToSchemaVersion9, updateToSchemaVersion10, updateToSchemaVersion11, updateToSchemaVersion12, updateToSchemaVersion13, updateToSchemaVersion14, updateToSchemaVersion15, updateToSchemaVersion16];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(`was written by a newer Threadline (schema ${from}; this version reads up to ${SCHEMA_VERSION})`);
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return { from, to: SCHEMA_VERSION };
}
