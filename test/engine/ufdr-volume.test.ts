// A report of 100,000 messages in one chat, in one deflated report.xml entry, is read as a stream: the
// importer's heap stays within a cap far below the size of the expanded report, and every message
// arrives, in order.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openUfdr } from '../../electron/backend/importers/ufdr';
import { tempDir } from '../support/temp';
import { streamedUfdr } from '../fixtures/ufdr';

const MESSAGES = 100_000;
/** Heap held while reading (garbage collected first): well under the expanded report, which is over 90 MB. */
const HEAP_CAP_BYTES = 48 << 20;

// What the importer holds, not what the collector has yet to free: measured right after a collection.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

describe('a 100,000-message report', () => {
  it('streams every message in order with the heap under the cap', async () => {
    const { zip, reportBytes } = await streamedUfdr(MESSAGES);
    expect(reportBytes).toBeGreaterThan(5 * HEAP_CAP_BYTES / 3);
    const path = join(tempDir(), 'big.ufdr');
    writeFileSync(path, zip);
    collect();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    let lastSeq = -1;
    let ordered = true;
    let progressed = 0;
    const stream = await openUfdr(path, 'zip', { isCancelled: () => false, progress: (_phase, done) => (progressed = Math.max(progressed, done)) });
    let batches = 0;
    for await (const batch of stream.batches()) {
      for (const m of batch.messages) {
        ordered &&= m.seq === lastSeq + 1;
        lastSeq = m.seq;
        count++;
      }
      if (++batches % 10 === 0) {
        collect();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    expect(batches).toBeGreaterThan(10);
    const tail = stream.tail();
    expect(count).toBe(MESSAGES);
    expect(ordered).toBe(true);
    expect(tail.conversations).toHaveLength(1);
    expect(progressed).toBe(reportBytes);
    expect(peak).toBeLessThan(HEAP_CAP_BYTES);
  }, 300_000);
});
