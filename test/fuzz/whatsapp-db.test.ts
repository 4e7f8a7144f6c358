// Property tests for the phone-database reader: random bytes behind a SQLite header, databases cut
// at any byte, and databases with bytes flipped end in records and warnings or in one sentence naming
// the file, directly and through detection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWhatsAppDb } from '../../electron/backend/importers/whatsapp-db';
import { SQLITE_MAGIC } from '../../electron/backend/importers/whatsapp-db/sqlite-file';
import { hundredRowMsgstore, iosStore } from '../fixtures/whatsapp-db';
import { tempDir } from '../support/temp';
import { byDetection, noisyBytes, OPTIONS, RUNS, settleBytes } from './support';

const open = (path: string) => openWhatsAppDb(path, OPTIONS);

const SAMPLES = [
  { name: 'msgstore.db', build: hundredRowMsgstore },
  { name: 'ChatStorage.sqlite', build: iosStore },
];

describe.each(SAMPLES)('$name', ({ name, build }) => {
  const bytes = () => readFileSync(build(join(tempDir(), name)));

  it('the valid sample reads, directly and through detection alike', async () => {
    const dir = tempDir();
    const direct = await settleBytes(dir, name, bytes(), open);
    expect(direct).toMatchObject({ kind: 'read' });
    expect(await settleBytes(dir, name, bytes(), byDetection)).toEqual(direct);
  });

  it('random bytes behind a SQLite header end in records or one sentence naming the file', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(noisyBytes, async (noise) => {
        const file = Buffer.concat([Buffer.from(SQLITE_MAGIC, 'latin1'), noise]);
        await settleBytes(dir, name, file, open);
        await settleBytes(dir, name, file, byDetection);
      }),
      { numRuns: RUNS },
    );
  });

  it('the database cut at any byte, or with bytes flipped, ends in a clear result', async () => {
    const dir = tempDir();
    const valid = bytes();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length }), fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
        const damaged = Buffer.from(valid);
        for (const [at, value] of flips) damaged[at] = value;
        await settleBytes(dir, name, valid.subarray(0, cut), open);
        await settleBytes(dir, name, damaged, open);
        await settleBytes(dir, name, damaged, byDetection);
      }),
      { numRuns: RUNS },
    );
  });
});
