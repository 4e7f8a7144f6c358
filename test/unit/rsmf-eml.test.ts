// The EML layer of .rsmf files (docs/formats.md): headers in any order, folded lines, exactly one
// rsmf.zip attachment decoded from base64, and extra attachments found.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerParam, mediaType, parseHeaderBlock, readEml } from '../../electron/backend/importers/rsmf/eml';
import { looksLikeRsmfEml, looksLikeRsmfManifest, manifestEntry } from '../../electron/backend/importers/rsmf';
import { ODD_EML, oddRsmfEml } from '../fixtures/rsmf';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'rsmf-eml-'));
  dirs.push(d);
  return d;
};
const bytes = (text: string) => async function* () {
  yield new TextEncoder().encode(text);
};

describe('headers', () => {
  it('unfolds continuation lines and keeps names case-insensitive', () => {
    const h = parseHeaderBlock(['Content-Type: image/png;', ' name="avatar.png"', 'X-RSMF-Version: 2.0.0']);
    expect(h.get('content-type')).toBe('image/png; name="avatar.png"');
    expect(h.get('x-rsmf-version')).toBe('2.0.0');
  });
  it('reads parameters quoted or not', () => {
    expect(headerParam('multipart/mixed; boundary="RSMFEML"', 'boundary')).toBe('RSMFEML');
    expect(headerParam('attachment; filename=rsmf.zip', 'filename')).toBe('rsmf.zip');
    expect(headerParam('attachment; filename*=utf-8\'\'rsmf.zip', 'filename')).toBe('rsmf.zip');
    expect(mediaType('Text/Plain; charset=us-ascii')).toBe('text/plain');
  });
});

describe('detection', () => {
  it('knows an RSMF e-mail by X-RSMF-Version wherever it sits among the headers', () => {
    expect(looksLikeRsmfEml(oddRsmfEml())).toBe(true);
    expect(looksLikeRsmfEml('From: a\nSubject: hi\n\nbody')).toBe(false);
  });
  it('knows a manifest by its top-level lists, and a JSON Schema describing them is not one', () => {
    expect(looksLikeRsmfManifest('{"version":"2.0.0","participants":[],"conversations":[],"events":[]}', true)).toBe(true);
    expect(looksLikeRsmfManifest('{"$schema":"http://json-schema.org/draft-07/schema#","properties":{"participants":{},"events":{}}}', true)).toBe(false);
    expect(looksLikeRsmfManifest('{"participants": [ {"id":"1"', false)).toBe(false);
    expect(looksLikeRsmfManifest('{"version":"2.0.0","events": [ {"type":"message"', false)).toBe(true);
  });
  it('finds the manifest at the zip root in any case, or as the only one in a folder', () => {
    expect(manifestEntry([{ name: 'AV1' }, { name: 'rsmf_manifest.json' }])).toBe('rsmf_manifest.json');
    expect(manifestEntry([{ name: 'export/RSMF_MANIFEST.json' }])).toBe('export/RSMF_MANIFEST.json');
    expect(manifestEntry([{ name: 'a/rsmf_manifest.json' }, { name: 'b/rsmf_manifest.json' }])).toBeNull();
  });
});

describe('readEml', () => {
  it('decodes rsmf.zip from an e-mail with a folded boundary and lists the extra avatar.png part where it begins', async () => {
    const dir = temp();
    const eml = await readEml(bytes(oddRsmfEml()), dir, (p) => p.fileName === 'rsmf.zip', () => false);
    expect(eml.headers.get('x-rsmf-eventcount')).toBe('1');
    expect(eml.parts.map((p) => [p.contentType, p.fileName, p.line])).toEqual([
      ['text/plain', null, expect.any(Number)],
      ['image/png', 'avatar.png', ODD_EML.extraPartLine],
      ['application/zip', 'rsmf.zip', expect.any(Number)],
    ]);
    expect(eml.text).toContain(ODD_EML.text);
    const zip = readFileSync(join(dir, 'rsmf.zip'));
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(eml.zip!.size).toBe(zip.length);
  });
  it('finds the zip inside a nested multipart', async () => {
    const dir = temp();
    const b64 = Buffer.from('PK\u0003\u0004hello').toString('base64');
    const text = [
      'X-RSMF-Version: 2.0.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'hello',
      '--inner--',
      '--outer',
      'Content-Type: application/octet-stream; name=rsmf.zip',
      'Content-Disposition: attachment; filename=rsmf.zip',
      'Content-Transfer-Encoding: base64',
      '',
      b64.slice(0, 5),
      b64.slice(5),
      '--outer--',
      '',
    ].join('\r\n');
    const eml = await readEml(bytes(text), dir, (p) => p.fileName === 'rsmf.zip', () => false);
    expect(eml.zip).not.toBeNull();
    expect(readFileSync(join(dir, 'rsmf.zip')).toString('latin1')).toBe('PK\u0003\u0004hello');
    expect(eml.text).toBe('hello\r\n');
  });
});
