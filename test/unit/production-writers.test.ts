// The production's small writers: Bates labels, the Concordance DAT's quoting, the zip that RSMF
// carries (read back by the app's own zip reader), the reference checks an RSMF manifest must pass,
// redaction markers, and the privilege log's CSV with its formula neutralisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZipEntry } from '../../electron/backend/files/zip';
import { batesLabel } from '../../electron/backend/production/bates';
import { datFile, DAT_FIELDS, type DatRow } from '../../electron/backend/production/dat';
import { privilegeLogCsv } from '../../electron/backend/production/privilege-log';
import { plainText } from '../../electron/backend/production/redactions';
import { checkReferences, type RsmfManifest } from '../../electron/backend/production/rsmf';
import { zipBytes } from '../../electron/backend/files/zip-writer';
import { tempDir, writeText } from '../support/temp';

const row = (overrides: Partial<DatRow>): DatRow => ({ ...(Object.fromEntries(DAT_FIELDS.map((f) => [f, ''])) as DatRow), ...overrides });

describe('Bates labels', () => {
  it('pad the number after the prefix as given', () => {
    expect(batesLabel('ABC-', 7, 1)).toBe('ABC-0000001');
    expect(batesLabel('X', 3, 12345)).toBe('X12345');
  });
});

describe('the Concordance DAT', () => {
  it('quotes with þ, separates with ASCII 20, starts with a BOM and ends lines with CRLF', () => {
    const text = datFile([row({ BEGBATES: 'A1', ENDBATES: 'A2', CONVERSATION: 'Deal\r\nroom', PARTICIPANTS: 'Bjørn; þóra' })]);
    const lines = text.split('\r\n');
    expect(text.startsWith('\ufeffþBEGBATESþ\u0014þENDBATESþ')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const fields = lines[1]!.split('\u0014');
    expect(fields).toHaveLength(DAT_FIELDS.length);
    expect(fields.slice(0, 5)).toEqual(['þA1þ', 'þA2þ', 'þþ', 'þDeal roomþ', 'þBjørn; póraþ']);
  });
});

describe('the zip RSMF carries', () => {
  it('is read back by the zip reader the importer uses, names and bytes intact', async () => {
    const dir = tempDir();
    const data = Buffer.from('{"version":"2.0.0"} ✓ 🔥', 'utf8');
    const binary = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));
    const path = writeText(dir, 'rsmf.zip', zipBytes([
      { name: 'rsmf_manifest.json', data },
      { name: '12-photo ü.jpg', data: binary },
    ]));
    const read = async (name: string) => {
      const chunks: Buffer[] = [];
      for await (const c of await openZipEntry(path, name)) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    expect(await read('rsmf_manifest.json')).toEqual(data);
    expect(await read('12-photo ü.jpg')).toEqual(binary);
    expect(readFileSync(join(dir, 'rsmf.zip')).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });
});

describe('the RSMF reference checks', () => {
  const base = (): RsmfManifest => ({
    version: '2.0.0',
    eventcollectionid: 'x',
    participants: [{ id: 'a', display: 'A' }],
    conversations: [{ id: 'c', platform: 'slack', type: 'direct', display: 'C', participants: ['a'], custodian: 'a' }],
    events: [{ id: 'e1', type: 'message', conversation: 'c', participant: 'a', body: 'hi' }],
  });

  it('pass a manifest whose every reference resolves', () => {
    expect(() => checkReferences(base(), [])).not.toThrow();
  });

  it.each([
    ['an unknown participant', (m: RsmfManifest) => (m.events[0]!.participant = 'b'), 'event participant b'],
    ['a parent outside the file', (m: RsmfManifest) => (m.events[0]!.parent = 'e0'), 'parent e0'],
    ['an attachment not in the zip', (m: RsmfManifest) => (m.events[0]!.attachments = [{ id: 'f1', display: 'f.png' }]), 'attachment file f1'],
    ['a custodian outside the conversation', (m: RsmfManifest) => (m.conversations[0]!.custodian = 'z'), 'custodian z'],
    ['a duplicate event id', (m: RsmfManifest) => m.events.push({ ...m.events[0]! }), 'duplicate event id e1'],
  ])('refuse %s', (_what, spoil, named) => {
    const m = base();
    spoil(m);
    expect(() => checkReferences(m, [])).toThrow(named);
  });
});

describe('redaction markers and the privilege log', () => {
  it('write each redaction as a marker naming the reason', () => {
    expect(plainText([{ text: 'the code is ' }, { redacted: 'Personal data' }, { text: '.' }])).toBe('the code is [REDACTED: Personal data].');
  });

  it('writes the log through the exports CSV writer, neutralising a formula an author name could carry', () => {
    const csv = privilegeLogCsv([{ bates: 'A1', date: '2024-03-01', author: '=HYPERLINK("x")', recipients: 'B; C', privilegeType: 'Privileged', description: 'message withheld (text)' }]);
    expect(csv).toBe('\ufeffBates,Date,Author,Recipients,Privilege type,Description\r\nA1,2024-03-01,"\'=HYPERLINK(""x"")",B; C,Privileged,message withheld (text)\r\n');
  });
});
