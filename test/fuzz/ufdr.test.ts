// Property tests for the Cellebrite report reader: random bytes, a report cut at any byte or with bytes
// flipped, random XML-illegal references and control characters in its texts, and elements nested
// thousands deep each end in records and warnings or in one sentence naming the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openUfdr } from '../../electron/backend/importers/ufdr';
import { tempDir } from '../support/temp';
import { OWNER, PEER, reportXml, ufdrZip, type ReportSpec } from '../fixtures/ufdr';
import { byDetection, noisyBytes, OPTIONS, RUNS, settleBytes } from './support';

const SPEC: ReportSpec = {
  files: [{ id: 'f-1', localPath: 'files\\Image\\a.jpg' }],
  chats: [
    {
      id: 'chat-1',
      app: 'WhatsApp',
      participants: [OWNER, PEER],
      messages: [
        { id: 'm-1', from: PEER, body: 'BODY', time: '2024-01-01T10:00:00+00:00', attachments: [{ fileId: 'f-1' }] },
        { id: 'm-2', from: OWNER, body: 'two', time: '2024-01-01T10:01:00+00:00', state: 'Deleted' },
      ],
    },
  ],
};
const XML = reportXml(SPEC);

const READERS = [
  { name: 'report.xml', sample: () => Buffer.from(XML), open: (path: string) => openUfdr(path, 'xml', OPTIONS) },
  { name: 'phone.ufdr', sample: () => ufdrZip(XML, { 'files/Image/a.jpg': 'JPEG' }), open: (path: string) => openUfdr(path, 'zip', OPTIONS) },
];

describe.each(READERS)('$name', ({ name, sample, open }) => {
  it('the valid sample reads as a report, through detection too', async () => {
    const dir = tempDir();
    const direct = await settleBytes(dir, name, sample(), open);
    expect(direct).toMatchObject({ kind: 'read', records: 2 });
    expect(await settleBytes(dir, name, sample(), byDetection)).toEqual(direct);
  });

  it('random bytes end in records or one sentence naming the file', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(noisyBytes, async (bytes) => {
        await settleBytes(dir, name, bytes, open);
      }),
      { numRuns: RUNS },
    );
  });

  it('the valid file cut at any byte, or with bytes flipped, ends in a clear result', async () => {
    const dir = tempDir();
    const bytes = sample();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), async (cut, flips) => {
        const damaged = Buffer.from(bytes);
        for (const [at, value] of flips) damaged[at] = value;
        await settleBytes(dir, name, bytes.subarray(0, cut), open);
        await settleBytes(dir, name, damaged, open);
      }),
      { numRuns: RUNS },
    );
  });
});

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
