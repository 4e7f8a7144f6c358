// Property tests for the line readers (WhatsApp text, Wickr JSON lines, forensic CSV, contact lists):
// random bytes, a valid file cut at any point, mixed encodings, huge lines and deep nesting all end in
// records and warnings or in one sentence naming the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLayout } from '../../electron/backend/importers/forensic/columns';
import { openForensicCsv } from '../../electron/backend/importers/forensic';
import { wickrSource } from '../../electron/backend/importers/registry';
import { openWhatsApp } from '../../electron/backend/importers/whatsapp';
import { BadInputError } from '../../electron/backend/importers/types';
import { parseContactList } from '../../electron/backend/people/contacts/import';
import { tempDir } from '../support/temp';
import { byDetection, CONTACT_CSV, describeReaders, FORENSIC_CSV, mixedEncodings, OPTIONS, RUNS, settleBytes, VCARD, WHATSAPP_TEXT, WICKR_LINES, withHugeLine, type ReaderCase } from './support';

const layout = findLayout(FORENSIC_CSV)!;
const READERS: ReaderCase[] = [
  { name: 'chat.txt', sample: () => Buffer.from(WHATSAPP_TEXT), open: (path) => openWhatsApp(path, 'text', OPTIONS), records: 5 },
  { name: 'receivedMessages.txt', sample: () => Buffer.from(WICKR_LINES), open: (path) => wickrSource({ folder: null, messageFiles: [path], encrypted: [] }, path).open(OPTIONS), records: 4 },
  { name: 'chats.csv', sample: () => Buffer.from(FORENSIC_CSV), open: (path) => openForensicCsv(path, layout, OPTIONS), records: 3 },
];

describeReaders(READERS, ({ name, sample, open }) => {
  const text = sample().toString();

  it('pieces in UTF-8, UTF-16 and Latin-1 mixed end in a clear result', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(mixedEncodings(text), async (bytes) => {
        await settleBytes(dir, name, bytes, open);
        await settleBytes(dir, name, bytes, byDetection);
      }),
      { numRuns: RUNS },
    );
  });

  it('a line over the cap is read, kept by reference and warned with its line', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('a', '{', '"', ',', 'é'), async (at, char) => {
        const outcome = await settleBytes(dir, name, withHugeLine(text, at, char, 1_300_000), open);
        expect(outcome.kind).toBe('read');
        if (outcome.kind === 'read') expect(outcome.warnings.some((w) => w.code === 'line_truncated' && w.line !== null)).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});

describe('Wickr records nested deeply', () => {
  it('are unreadable records kept verbatim with a warning, never a stack overflow', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 65, max: 100_000 }), fc.constantFrom('[', '{"a":'), async (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const record = `{"msgtype":1000,"vgroupid":"x","msg_ts":"1700000000.000001","message":${open.repeat(depth)}1${close.repeat(depth)}}`;
        const outcome = await settleBytes(dir, 'receivedMessages.txt', Buffer.from(`${WICKR_LINES}${record}\n`), byDetection);
        expect(outcome.kind).toBe('read');
        if (outcome.kind === 'read') expect(outcome.warnings.find((w) => w.code === 'unreadable_record')?.message).toContain('nested more than 64 levels');
      }),
      { numRuns: 10 },
    );
  });
});

describe('contact lists (vCard, CSV)', () => {
  const parse = (text: string) => {
    try {
      return parseContactList(text, 'contacts.vcf');
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      expect(e.message).toContain('contacts.vcf');
      return null;
    }
  };

  it('the valid lists are read', () => {
    expect(parse(VCARD)).not.toBeNull();
    expect(parse(CONTACT_CSV)).not.toBeNull();
  });

  it('random text, cut lists and huge fields end in entries or one sentence naming the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.nat({ max: VCARD.length }).map((n) => VCARD.slice(0, n)), fc.nat({ max: CONTACT_CSV.length }).map((n) => CONTACT_CSV.slice(0, n)), fc.nat().map((n) => withHugeLine(VCARD, n, 'x', 200_000).toString())), (text) => {
        parse(text);
      }),
      { numRuns: 200 },
    );
  });
});
