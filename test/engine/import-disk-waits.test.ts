// An import's batches commit without waiting for the disk, and nothing else does: between two batches
// (where a reviewer's tag or note can be written) and after the import, the case's writer commits with
// synchronous = FULL again, so reviewer work survives a power cut as before.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

const FULL = 2;

describe('disk waits during an import', () => {
  it('are left out only inside a batch: FULL between batches and after the import', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    const path = writeText(dir, 'chat.txt', androidChat(30_000));
    const seen = new Set<number>();
    let events = 0;
    await engine.runImport({ paths: [path], timeZone: 'UTC' }, (e) => {
      if (e.type !== 'job.progress') return;
      events++;
      seen.add(engine.caseFile.writer.pragma('synchronous', { simple: true }) as number);
    }).done;
    expect(events).toBeGreaterThan(2);
    expect([...seen]).toEqual([FULL]);
    expect(engine.caseFile.writer.pragma('synchronous', { simple: true })).toBe(FULL);
    await engine.close();
  });
});
