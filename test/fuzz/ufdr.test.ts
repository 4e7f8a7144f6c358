// Property tests for the Cellebrite report reader's texts (random bytes and damage are the shared reader
// properties of containers.test.ts): random XML-illegal references and control characters in its
// texts, and elements nested thousands deep, each end in records and warnings or in one sentence naming
// the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { byDetection, RUNS, settleBytes, UFDR_XML as XML } from './support';

describe('hostile report texts', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: 0, max: 0x1f }).map((n) => `&#x${n.toString(16)};`),
    fc.integer({ min: 0, max: 40 }).map((n) => `&#${n};`),
    fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n)),
    fc.constantFrom('&amp;', '&#x', ']]>', '<', '&', '\uFFFE', '\uD800'),
  );

  it('any mix of illegal references, control characters and stray markup in a body ends in a clear result', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const outcome = await settleBytes(dir, 'report.xml', Buffer.from(XML.replace('<![CDATA[BODY]]>', pieces.join(''))), byDetection);
        if (outcome.kind === 'read') expect(outcome.records).toBeLessThanOrEqual(2);
      }),
      { numRuns: RUNS },
    );
  });

  it('elements nested thousands deep are one sentence naming the file and the line', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300, max: 100_000 }), async (depth) => {
        const xml = XML.replace('<![CDATA[BODY]]>', `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`);
        expect(await settleBytes(dir, 'report.xml', Buffer.from(xml), byDetection)).toEqual({ kind: 'refused', message: expect.stringMatching(/^report\.xml nests elements more than 256 levels deep \(line \d+\)/) });
      }),
      { numRuns: Math.min(RUNS, 10) },
    );
  });
});
