// Recognising retention output by content (S3 copies may lack `.txt`), encrypted S3 copies as
// encrypted rather than corrupt (docs/formats.md#wickr-encrypted), rotated files in time order, and a folder
// source's identity.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { folderManifestHash, orderFiles } from '../../electron/backend/importers/wickr';
import { byteEntropy, hasRetentionName, looksLikeWickrRecords, looksOpaque, s3MetadataKeys, sidecarObjectName } from '../../electron/backend/importers/wickr/sniff';

describe('looksLikeWickrRecords', () => {
  it('accepts a record whose keys are not sorted (W line 1 starts with message_id)', () => {
    expect(looksLikeWickrRecords('{"message_id":"x","message":"m","msg_ts":"1.2","msgtype":1000,"vgroupid":"S1"}\n')).toBe(true);
  });
  it('accepts a file whose first line is truncated, by its keys', () => {
    expect(looksLikeWickrRecords('{"msgtype":1000,"vgroupid":"S1","message":"cut\n{"msgtype":1000')).toBe(true);
  });
  it('refuses other JSON and text', () => {
    expect(looksLikeWickrRecords('{"version":"2.0.0","events":[]}')).toBe(false);
    expect(looksLikeWickrRecords('[{"msgtype":1000}]')).toBe(false);
    expect(looksLikeWickrRecords('msgtype,vgroupid\n1000,S1')).toBe(false);
  });
});

describe('encrypted objects', () => {
  const random = (n: number) => {
    const b = new Uint8Array(n);
    let x = 0x12345678;
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      b[i] = x & 0xff;
    }
    return b;
  };
  it('calls high-entropy bytes without a file signature opaque', () => {
    expect(byteEntropy(random(65536))).toBeGreaterThan(7.9);
    expect(looksOpaque(random(4096))).toBe(true);
  });
  it('does not call text, known formats or tiny files opaque', () => {
    expect(looksOpaque(new TextEncoder().encode('{"msgtype":1000}'.repeat(100)))).toBe(false);
    const png = random(4096);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    expect(looksOpaque(png)).toBe(false);
    const zip = random(4096);
    zip.set([0x50, 0x4b, 3, 4]);
    expect(looksOpaque(zip)).toBe(false);
    expect(looksOpaque(random(20))).toBe(false);
  });
  it('reads S3 metadata sidecars in the head-object shape, at the top, or prefixed x-amz-meta-', () => {
    expect(s3MetadataKeys(JSON.stringify({ Metadata: { 'x-amz-key-v2': 'a', 'x-amz-iv': 'b', 'x-amz-matdesc': '{}' } }))).toEqual(['x-amz-iv', 'x-amz-key-v2', 'x-amz-matdesc']);
    expect(s3MetadataKeys(JSON.stringify({ 'x-amz-meta-wickrio-type': 'file', 'x-amz-meta-wickrio-file-path': 'a/b' }))).toEqual(['wickrio-file-path', 'wickrio-type']);
    expect(s3MetadataKeys('{"msgtype":1000}')).toBeNull();
    expect(s3MetadataKeys('not json')).toBeNull();
  });
  it('names the object a sidecar describes', () => {
    expect(sidecarObjectName('29250339.json')).toBe('29250339');
    expect(sidecarObjectName('29250339.metadata.json')).toBe('29250339');
    expect(sidecarObjectName('receivedMessages_2.txt.meta.json')).toBe('receivedMessages_2.txt');
  });
  it('knows the bot’s default base name', () => {
    expect(hasRetentionName('receivedMessages_20231114.txt')).toBe(true);
    expect(hasRetentionName('receivedMessages.log')).toBe(true);
    expect(hasRetentionName('notes.txt')).toBe(false);
  });
});

describe('rotated files and folder identity', () => {
  it('orders files by the msg_ts of their first and last records, never by name', () => {
    const files = [
      { path: 'receivedMessages_a.txt', first: 300, last: 400 },
      { path: 'receivedMessages_b.txt', first: 100, last: 200 },
      { path: 'receivedMessages_c.txt', first: null, last: null },
      { path: 'receivedMessages_d.txt', first: 100, last: 150 },
    ];
    expect(orderFiles(files).map((f) => f.path)).toEqual(['receivedMessages_d.txt', 'receivedMessages_b.txt', 'receivedMessages_a.txt', 'receivedMessages_c.txt']);
  });
  it('hashes the member list in sha256sum form, independent of listing order', () => {
    const a = [
      { relPath: 'b.txt', sha256: '2'.repeat(64) },
      { relPath: 'a.txt', sha256: '1'.repeat(64) },
    ];
    expect(folderManifestHash(a)).toBe(folderManifestHash([...a].reverse()));
    expect(folderManifestHash(a)).not.toBe(folderManifestHash([{ ...a[0]!, sha256: '3'.repeat(64) }, a[1]!]));
    // `sha256sum a.txt b.txt | sha256sum` over files with those hashes gives the same value.
    expect(folderManifestHash(a)).toBe(createHash('sha256').update(`${'1'.repeat(64)}  a.txt\n${'2'.repeat(64)}  b.txt\n`).digest('hex'));
  });
});
