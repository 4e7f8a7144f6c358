// Property tests for the phone-database reader, through the shared reader properties of support.ts:
// random bytes behind a SQLite header, databases cut at any byte, and databases with bytes flipped end
// in records and warnings or in one sentence naming the file, directly and through detection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWhatsAppDb } from '../../electron/backend/importers/whatsapp-db';
import { SQLITE_MAGIC } from '../../electron/backend/importers/whatsapp-db/sqlite-file';
import { hundredRowMsgstore, iosStore } from '../fixtures/whatsapp-db';
import { tempDir } from '../support/temp';
import { describeReaders, OPTIONS } from './support';

describeReaders(
  [
    { name: 'msgstore.db', build: hundredRowMsgstore, records: 95 },
    { name: 'ChatStorage.sqlite', build: iosStore, records: 8 },
  ].map(({ name, build, records }) => ({
    name,
    sample: () => readFileSync(build(join(tempDir(), name))),
    open: (path: string) => openWhatsAppDb(path, OPTIONS),
    records,
    noisePrefix: Buffer.from(SQLITE_MAGIC, 'latin1'),
  })),
);
