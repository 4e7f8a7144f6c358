// The importer registry: detection asks its importers in order and the refusal's format list is
// derived from it. Each importer claims its own sample and no other importer claims it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listZip } from '../../electron/backend/files/zip';
import { detectFormat, sniffFile } from '../../electron/backend/importers/detect';
import { IMPORTERS, KNOWN_FORMATS } from '../../electron/backend/importers/registry';
import { tempDir } from '../support/temp';
import { FORENSIC_CSV, RSMF_MANIFEST, rsmfEml, rsmfZip, WHATSAPP_TEXT, whatsappZip, WICKR_LINES } from '../fuzz/support';

const SAMPLES = [
  { format: 'whatsapp', name: 'chat.txt', bytes: () => Buffer.from(WHATSAPP_TEXT), zip: false },
  { format: 'whatsapp', name: 'export.zip', bytes: whatsappZip, zip: true },
  { format: 'wickr', name: 'receivedMessages.txt', bytes: () => Buffer.from(WICKR_LINES), zip: false },
  { format: 'rsmf', name: 'rsmf_manifest.json', bytes: () => Buffer.from(RSMF_MANIFEST), zip: false },
  { format: 'rsmf', name: 'rsmf.zip', bytes: () => rsmfZip(), zip: true },
  { format: 'rsmf', name: 'message.rsmf', bytes: () => rsmfEml(), zip: false },
  { format: 'forensic-csv', name: 'chats.csv', bytes: () => Buffer.from(FORENSIC_CSV), zip: false },
] as const;

describe('the importer registry', () => {
  it('has one entry per format, and the refusal lists every one', () => {
    expect(new Set(IMPORTERS.map((i) => i.format)).size).toBe(IMPORTERS.length);
    for (const i of IMPORTERS) expect(KNOWN_FORMATS).toContain(i.describes);
  });

  // A zip holding any .txt may look like a WhatsApp export by its entries: the registry's order decides.
  it.each(SAMPLES)('$name is claimed first by the $format importer, a text by it alone', async ({ format, name, bytes, zip }) => {
    const path = join(tempDir(), name);
    writeFileSync(path, bytes());
    const sniff = await sniffFile(path);
    expect(sniff.kind === 'format' && sniff.source.format).toBe(format);
    expect((await detectFormat(path)).format).toBe(format);
    const entries = zip ? (await listZip(path)).entries : [];
    const text = bytes().toString('utf8');
    const claims = [];
    for (const importer of IMPORTERS) {
      const source = zip ? importer.fromZip?.(path, entries) : await importer.fromText?.({ path, text, complete: true });
      if (source) claims.push(importer.format);
    }
    expect(claims[0]).toBe(format);
    if (!zip) expect(claims).toEqual([format]);
  });

  it('only Wickr groups the files of a folder into one source', () => {
    expect(IMPORTERS.filter((i) => i.groupsInFolder).map((i) => i.format)).toEqual(['wickr']);
  });
});
