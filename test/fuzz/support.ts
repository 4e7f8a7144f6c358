// What every reader must do with hostile input: end in a clear result. Either records and warnings,
// or a BadInputError whose one sentence names the file; never a hang, never another exception.
// Valid samples of each format are written here, small and invented, for the properties to damage.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../shared/model';
import { detectFormat } from '../../electron/backend/importers/detect';
import { BadInputError, type ImportOptions, type ImportStream } from '../../electron/backend/importers/types';
import { oneChatReport, OWNER, PEER, reportXml } from '../fixtures/ufdr';
import { tempDir } from '../support/temp';
import { zipOf } from './zip-writer';

export const OPTIONS: ImportOptions = { isCancelled: () => false, progress: () => {} };

/** Runs per property: enough to find the usual faults, few enough for the suite to stay quick (FUZZ_RUNS for a longer hunt). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

export type Outcome = { kind: 'read'; records: number; warnings: ImportWarning[] } | { kind: 'refused'; message: string };

/**
 * Opens `path` with `open`, reads every batch and the tail, and checks what the case writer needs of
 * them (JSON-safe signals and details). Any error other than a BadInputError naming the file fails.
 */
export async function settle(path: string, open: (path: string) => Promise<ImportStream>): Promise<Outcome> {
  let stream: ImportStream | null = null;
  try {
    stream = await open(path);
    let records = 0;
    for await (const batch of stream.batches()) {
      records += batch.messages.length + batch.events.length;
      for (const e of batch.events) JSON.stringify(e.detail);
      for (const m of batch.messages) expect(typeof m.body).toBe('string');
    }
    const tail = stream.tail();
    JSON.stringify(tail.signals);
    for (const w of tail.warnings) expect(typeof w.message === 'string' && w.message.length > 0).toBe(true);
    return { kind: 'read', records, warnings: tail.warnings };
  } catch (e) {
    if (!(e instanceof BadInputError)) throw e;
    expect(e.message).toContain(basename(path));
    expect(e.message).not.toContain('\n');
    return { kind: 'refused', message: e.message };
  } finally {
    await stream?.close?.();
  }
}

/** The whole path a file named to `import` takes: detection by content, then its importer. */
export const byDetection = async (path: string) => (await detectFormat(path)).open(OPTIONS);

/** Writes `bytes` as `name` in `dir` and settles it with `open`. */
export function settleBytes(dir: string, name: string, bytes: Uint8Array, open: (path: string) => Promise<ImportStream>): Promise<Outcome> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return settle(path, open);
}

/** One reader under the shared properties: a valid sample of its format and how to open it directly. */
export interface ReaderCase {
  name: string;
  sample: () => Uint8Array;
  open: (path: string) => Promise<ImportStream>;
  /** Records (messages and events) the valid sample reads as. */
  records: number;
  /** Put before random bytes, for a reader that looks at nothing without its header. */
  noisePrefix?: Uint8Array;
}

/**
 * The properties every reader shares: its valid sample reads alike directly and through detection;
 * random bytes, and the sample cut at any byte or with bytes flipped, end in a clear result.
 * `more` adds a reader family's own properties to each reader's block.
 */
export function describeReaders(readers: ReaderCase[], more?: (reader: ReaderCase) => void): void {
  describe.each(readers)('$name', (reader) => {
    const { name, sample, open, records, noisePrefix } = reader;

    it('the valid sample reads as its format, through detection too', async () => {
      const dir = tempDir();
      const direct = await settleBytes(dir, name, sample(), open);
      expect(direct).toMatchObject({ kind: 'read', records });
      expect(await settleBytes(dir, name, sample(), byDetection)).toEqual(direct);
    });

    it('random bytes end in records or one sentence naming the file', async () => {
      const dir = tempDir();
      await fc.assert(
        fc.asyncProperty(noisyBytes, async (noise) => {
          const bytes = noisePrefix ? Buffer.concat([noisePrefix, noise]) : noise;
          await settleBytes(dir, name, bytes, open);
          await settleBytes(dir, name, bytes, byDetection);
        }),
        { numRuns: RUNS },
      );
    });

    it('the valid file cut at any byte, or with bytes flipped, ends in a clear result', async () => {
      const dir = tempDir();
      const bytes = sample();
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
          const damaged = Buffer.from(bytes);
          for (const [at, value] of flips) damaged[at] = value;
          await settleBytes(dir, name, bytes.subarray(0, cut), open);
          await settleBytes(dir, name, damaged, open);
          await settleBytes(dir, name, damaged, byDetection);
        }),
        { numRuns: RUNS },
      );
    });

    more?.(reader);
  });
}

export const WHATSAPP_TEXT = [
  '18/03/2022, 10:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
  '18/03/2022, 10:01 - Ana Ruiz: hello, día uno',
  'a second line of the same message',
  '18/03/2022, 10:02 - Ben Okafor: IMG-20220318-WA0001.jpg (file attached)',
  '18/03/2022, 10:03 - Ana Ruiz: <Media omitted>',
  '19/03/2022, 08:15 - Ben Okafor: This message was deleted',
  '',
].join('\n');

export function whatsappZip(): Buffer {
  return zipOf([
    { name: 'WhatsApp Chat with Ben Okafor.txt', data: WHATSAPP_TEXT, deflate: true },
    { name: 'IMG-20220318-WA0001.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) },
  ]);
}

const ROOM = 'S' + 'ab'.repeat(32);
const DIRECT = 'cd'.repeat(32);

function wickrRecord(n: number, fields: Record<string, unknown>): string {
  const us = Date.UTC(2024, 8, 9, 16, 20, n) * 1000 + n;
  return JSON.stringify({ message_id: `0badc0de${String(n).padStart(24, '0')}`, msg_ts: `${Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, '0')}`, sender_type: 'normal', ...fields });
}

export const WICKR_LINES = [
  wickrRecord(1, { vgroupid: ROOM, msgtype: 1000, sender: 'mira', message: 'dock at six' }),
  wickrRecord(2, { vgroupid: ROOM, msgtype: 9000, sender: 'mira', edit: { originalmessageid: '0badc0de' + '1'.padStart(24, '0'), text: 'dock at seven', type: 'text' } }),
  wickrRecord(3, { vgroupid: DIRECT, msgtype: 1000, sender: 'joss', receiver: 'mira', message: 'ok' }),
  wickrRecord(4, { vgroupid: DIRECT, msgtype: 7000, sender: 'joss', receiver: 'mira', call: { status: 1, duration: 12 } }),
].join('\n') + '\n';

export const RSMF_MANIFEST = JSON.stringify({
  version: '2.0.0',
  participants: [
    { id: 'alice@corp.example', display: 'Alice' },
    { id: 'bob@corp.example', display: 'Bob' },
  ],
  conversations: [{ id: 'C1', platform: 'slack', type: 'channel', participants: ['alice@corp.example', 'bob@corp.example'], display: 'Harbor room' }],
  events: [
    { id: 'e1', type: 'message', conversation: 'C1', participant: 'alice@corp.example', timestamp: '2023-11-14T22:13:20Z', body: 'Numbers attached.', attachments: [{ id: 'F1.txt', display: 'F1.txt', size: 4 }] },
    { id: 'e2', parent: 'e1', type: 'message', conversation: 'C1', participant: 'bob@corp.example', timestamp: '2023-11-14T22:15:02Z', body: 'Thanks', reactions: [{ value: '👍', count: 1, participants: ['alice@corp.example'] }] },
  ],
});

export function rsmfZip(manifest: string = RSMF_MANIFEST): Buffer {
  return zipOf([
    { name: 'rsmf_manifest.json', data: manifest, deflate: true },
    { name: 'F1.txt', data: 'data' },
  ]);
}

export function rsmfEml(zip: Buffer = rsmfZip()): Buffer {
  const b64 = zip.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Alice <alice@corp.example>',
      'X-RSMF-Version: 2.0.0',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="B1"',
      '',
      '--B1',
      'Content-Type: text/plain; charset="utf-8"',
      '',
      'Numbers attached.',
      '--B1',
      'Content-Type: application/zip; name=rsmf.zip',
      'Content-Disposition: attachment; filename=rsmf.zip',
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--B1--',
      '',
    ].join('\r\n'),
  );
}

/** A Cellebrite report of one chat: a message with an attachment (its body `BODY`, for tests to replace) and a deleted one. */
export const UFDR_XML = reportXml(
  oneChatReport([
    { id: 'm-1', from: PEER, body: 'BODY', time: '2024-01-01T10:00:00+00:00', attachments: [{ fileId: 'f-1' }] },
    { id: 'm-2', from: OWNER, body: 'two', time: '2024-01-01T10:01:00+00:00', state: 'Deleted' },
  ]),
);

const CSV_HEADER = ['#', 'Chat #', 'Identifier', 'Name', 'Participants', 'Source', 'Instant Message #', 'From', 'To', 'Body', 'Status', 'Timestamp: Date', 'Timestamp: Time', 'Attachment #1', 'Deleted - Instant Message'];

export const FORENSIC_CSV = [
  'Chats',
  CSV_HEADER.join(','),
  '1,1,chat-1,Harbor,"Ana\nBen",WhatsApp,1,Ana,Ben,"hello, ""friend""",Sent,18/03/2022,10:00:00(UTC+0),,',
  '2,1,chat-1,Harbor,"Ana\nBen",WhatsApp,2,Ben,Ana,"two\nlines",Read,18/03/2022,10:01:00(UTC+0),,Deleted',
  '3,2,chat-2,,Cy,Confide,1,Cy,Ana,,Sent,19/03/2022,08:00:00(UTC+0),,',
  '',
].join('\r\n');

export const VCARD = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ana Ruiz', 'TEL;TYPE=CELL:+34 600 000 001', 'EMAIL:ana@example.com', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Ben', 'TEL:+44 7700 900001', 'END:VCARD', ''].join('\r\n');

export const CONTACT_CSV = ['Name,Phone,E-mail', 'Ana Ruiz,+34 600 000 001,ana@example.com', '"Okafor, Ben",+44 7700 900001,', ''].join('\r\n');

/** Bytes of `text` cut into pieces, each encoded as UTF-8, UTF-16 LE or BE, or Latin-1. */
export function mixedEncodings(text: string): fc.Arbitrary<Uint8Array> {
  const encodings = ['utf8', 'utf16le', 'utf16be', 'latin1'] as const;
  return fc.array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...encodings)), { minLength: 1, maxLength: 6 }).map((cuts) => {
    const points = [...new Set(cuts.map(([at]) => at))].sort((a, b) => a - b);
    const pieces: Buffer[] = [];
    let from = 0;
    points.forEach((at, i) => {
      const enc = cuts.find(([p]) => p === at)![1];
      pieces.push(encode(text.slice(from, at), enc));
      from = at;
      if (i === points.length - 1) pieces.push(encode(text.slice(from), enc));
    });
    return Buffer.concat(pieces);
  });
}

function encode(text: string, enc: 'utf8' | 'utf16le' | 'utf16be' | 'latin1'): Buffer {
  if (enc === 'utf16be') return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(text, enc);
}

/** A valid text with one line of `size` bytes of `char` put in at a line break chosen by `at`. */
export function withHugeLine(text: string, at: number, char: string, size: number): Buffer {
  const breaks = [...text.matchAll(/\n/g)].map((m) => m.index! + 1);
  const cut = breaks[at % breaks.length] ?? text.length;
  return Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.alloc(size, char), Buffer.from('\n' + text.slice(cut))]);
}

/** Random bytes, often with line breaks, braces and quotes in them (what readers split on). */
export const noisyBytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x0d, 0x7b, 0x7d, 0x22, 0x2c, 0x3a, 0x5b, 0x5d, 0x00)), { maxLength: 3000 }).map((a) => Uint8Array.from(a));
