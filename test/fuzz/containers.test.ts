// Property tests for the container readers (WhatsApp zip, RSMF manifest, rsmf.zip, .rsmf e-mail,
// Cellebrite report.xml and .ufdr) and for zip oddities: random bytes, truncation, repeated names,
// symlinks, names with `..`, a truncated archive, a high-ratio entry, entries whose size is not as
// declared, and deep nesting. Each ends in records and warnings or in one sentence naming the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openRsmf } from '../../electron/backend/importers/rsmf';
import { openUfdr } from '../../electron/backend/importers/ufdr';
import { openWhatsApp } from '../../electron/backend/importers/whatsapp';
import { ufdrZip } from '../fixtures/ufdr';
import { tempDir } from '../support/temp';
import { byDetection, describeReaders, mixedEncodings, OPTIONS, RSMF_MANIFEST, rsmfEml, rsmfZip, RUNS, settleBytes, UFDR_XML, WHATSAPP_TEXT, whatsappZip } from './support';
import { deflateRepeated, zipOf, type ZipEntrySpec } from './zip-writer';

describeReaders([
  { name: 'export.zip', sample: () => whatsappZip(), open: (path) => openWhatsApp(path, 'zip', OPTIONS), records: 5 },
  { name: 'rsmf_manifest.json', sample: () => Buffer.from(RSMF_MANIFEST), open: (path) => openRsmf(path, 'manifest', OPTIONS), records: 3 },
  { name: 'rsmf.zip', sample: () => rsmfZip(), open: (path) => openRsmf(path, 'zip', OPTIONS), records: 3 },
  { name: 'message.rsmf', sample: () => rsmfEml(), open: (path) => openRsmf(path, 'eml', OPTIONS), records: 3 },
  { name: 'report.xml', sample: () => Buffer.from(UFDR_XML), open: (path) => openUfdr(path, 'xml', OPTIONS), records: 2 },
  { name: 'phone.ufdr', sample: () => ufdrZip(UFDR_XML, { 'files/Image/a.jpg': 'JPEG' }), open: (path) => openUfdr(path, 'zip', OPTIONS), records: 2 },
]);

describe('zip oddities', () => {
  const chat = { name: '_chat.txt', data: WHATSAPP_TEXT, deflate: true };
  const oddity = fc.oneof(
    fc.constant<ZipEntrySpec>({ name: '_chat.txt', data: WHATSAPP_TEXT }),
    fc.constant<ZipEntrySpec>({ name: 'IMG-20220318-WA0001.jpg', data: 'one' }),
    fc.constant<ZipEntrySpec>({ name: 'media/IMG-20220318-WA0001.jpg', data: 'two' }),
    fc.constant<ZipEntrySpec>({ name: 'chat-link.txt', data: '../../etc/passwd', symlink: true }),
    fc.constantFrom('../../evil.txt', '/etc/cron.d/x', 'C:/Windows/x.jpg', '..\\..\\x.jpg', 'a/../../b.jpg').map<ZipEntrySpec>((n) => ({ name: n, data: WHATSAPP_TEXT })),
    fc.string({ maxLength: 40 }).map<ZipEntrySpec>((n) => ({ name: n || 'x', data: 'noise', deflate: true })),
  );

  it('repeated names, symlinks and unsafe names are warnings on those entries; the chat is still read', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(oddity, { minLength: 1, maxLength: 6 }), fc.nat(6), async (odd, at) => {
        const entries = [...odd];
        entries.splice(at % (entries.length + 1), 0, chat);
        const outcome = await settleBytes(dir, 'odd.zip', zipOf(entries), byDetection);
        expect(outcome.kind).toBe('read');
        if (outcome.kind !== 'read') return;
        const codes = new Set(outcome.warnings.map((w) => w.code));
        if (entries.some((e) => e.symlink)) expect(codes).toContain('zip_symlink_entry');
        if (entries.some((e) => /^\/|^[A-Za-z]:|(^|\/)\.\.(\/|$)/.test(e.name.replace(/\\/g, '/')))) expect(codes).toContain('zip_unsafe_name');
        if (new Set(entries.map((e) => e.name)).size < entries.length) expect(codes).toContain('zip_repeated_name');
      }),
      { numRuns: RUNS },
    );
  });

  it('a truncated archive ends in records or in one sentence naming it', async () => {
    const dir = tempDir();
    const zip = zipOf([chat, { name: 'IMG-20220318-WA0001.jpg', data: Buffer.alloc(3000, 7) }]);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: zip.length }), async (cut) => {
        const outcome = await settleBytes(dir, 'cut.zip', zip.subarray(0, cut), byDetection);
        if (outcome.kind === 'refused') expect(outcome.message).toMatch(/^cut\.zip /);
      }),
      { numRuns: RUNS },
    );
  });

  it('an entry whose bytes are not as its directory declares is reported, and the rest is read', async () => {
    const dir = tempDir();
    const zip = zipOf([chat, { name: 'IMG-20220318-WA0001.jpg', data: 'short', deflate: true }]);
    // The central directory of the second entry claims 99 bytes where it holds 5.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(99, central + 24);
    const outcome = await settleBytes(dir, 'sizes.zip', zip, byDetection);
    expect(outcome.kind).toBe('read');
    if (outcome.kind === 'read') {
      expect(outcome.warnings.map((w) => w.code)).toContain('zip_entry_unreadable');
      expect(outcome.records).toBeGreaterThan(3);
    }
  });

  it('a high-ratio entry is reported and read as a stream', async () => {
    const dir = tempDir();
    const bomb = await deflateRepeated(Buffer.alloc(0), Buffer.alloc(1 << 20, 0), 80, Buffer.alloc(0));
    const outcome = await settleBytes(dir, 'ratio.zip', zipOf([chat, { name: 'zeros.bin', precompressed: bomb }]), byDetection);
    expect(outcome.kind).toBe('read');
    if (outcome.kind === 'read') expect(outcome.warnings.find((w) => w.code === 'zip_high_ratio')?.message).toContain("entry 2 'zeros.bin'");
  });
});

describe('deep nesting and mixed encodings in RSMF', () => {
  it('a manifest nested thousands of levels deep is one sentence naming it and its line', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300, max: 200_000 }), async (depth) => {
        const manifest = RSMF_MANIFEST.replace('"Numbers attached."', `${'['.repeat(depth)}${']'.repeat(depth)}`);
        const outcome = await settleBytes(dir, 'rsmf.zip', rsmfZip(manifest), byDetection);
        expect(outcome).toEqual({ kind: 'refused', message: expect.stringMatching(/^rsmf\.zip!rsmf_manifest\.json nests objects and arrays more than 256 levels deep \(line 1\)/) });
      }),
      { numRuns: 10 },
    );
  });

  it('an e-mail with multiparts nested deeply, or a manifest in mixed encodings, ends in a clear result', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3000 }), mixedEncodings(RSMF_MANIFEST), async (depth, manifest) => {
        const nested = Array.from({ length: depth }, (_, i) => `--N${i}\r\nContent-Type: multipart/mixed; boundary="N${i + 1}"\r\n\r\n`).join('');
        const eml = Buffer.concat([Buffer.from(`X-RSMF-Version: 2.0.0\r\nContent-Type: multipart/mixed; boundary="N0"\r\n\r\n${nested}--N${depth}--\r\n`), rsmfEml().subarray(rsmfEml().indexOf('\r\n\r\n') + 4)]);
        await settleBytes(dir, 'nested.rsmf', eml, byDetection);
        await settleBytes(dir, 'rsmf_manifest.json', manifest, byDetection);
      }),
      { numRuns: 20 },
    );
  });
});
