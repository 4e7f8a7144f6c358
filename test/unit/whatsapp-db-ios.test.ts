// iOS ChatStorage.sqlite, as Core Data writes it and as a forensic tool exports it: status feeds left
// out, Apple-epoch times, revokes, quotes read from ZMETADATA only when well formed, ZSORT holes and
// the message counter recorded for the sequence rule, carved rows kept apart.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWhatsAppDb } from '../../electron/backend/importers/whatsapp-db';
import { readQuote } from '../../electron/backend/importers/whatsapp-db/protobuf';
import { fromAppleSeconds, int } from '../../electron/backend/importers/whatsapp-db/values';
import { appleSeconds, chatStorage, GROUP, iosStore, quoteMetadata, readDeviceDb, SAM, T0 } from '../fixtures/whatsapp-db';
import { tempDir } from '../support/temp';

const read = (path: string) => readDeviceDb(path, openWhatsAppDb);

describe('ChatStorage.sqlite', () => {
  it('reads the chats without status feeds, in ZSORT order, with revokes, quotes and counters', async () => {
    const r = await read(iosStore(join(tempDir(), 'ChatStorage.sqlite')));
    expect(r.head.formatDetail).toContain('iOS ChatStorage.sqlite');
    expect(r.tail.conversations.map((c) => [c.title, c.kind, c.nativeId])).toEqual([
      ['Alex', 'direct', '15550100@s.whatsapp.net'],
      ['Allotment committee', 'group', GROUP],
    ]);
    expect(r.messages.filter((m) => m.conversationKey === 'session:1').map((m) => m.record)).toEqual(['ZWAMESSAGE.Z_PK 1 · ZSORT 1', 'ZWAMESSAGE.Z_PK 2 · ZSORT 2', 'ZWAMESSAGE.Z_PK 3 · ZSORT 3', 'ZWAMESSAGE.Z_PK 5 · ZSORT 5', 'ZWAMESSAGE.Z_PK 6 · ZSORT 6']);
    expect(r.messages.find((m) => m.record?.startsWith('ZWAMESSAGE.Z_PK 12 '))).toMatchObject({ kind: 'deleted', deleted: true, subtype: 'deleted.admin', author: 'Sam Reed' });
    expect(r.messages.find((m) => m.record?.startsWith('ZWAMESSAGE.Z_PK 13 '))).toMatchObject({ replyTo: 'STGONE0001', author: 'Alex' });
    expect(JSON.parse(r.messages.find((m) => m.record?.startsWith('ZWAMESSAGE.Z_PK 13 '))!.raw!).$joined).toEqual({ quoted: { stanzaId: 'STGONE0001', sender: SAM, text: 'words that were quoted' } });
    expect(r.tail.signals.database).toMatchObject({
      platform: 'ios',
      sortHoles: { '15550100@s.whatsapp.net': [{ from: 4, to: 4, beforeSeq: 2, afterSeq: 3 }] },
      counterShortfalls: { '15550100@s.whatsapp.net': { counter: 9, rows: 5, highestSort: 6 } },
      skippedStatus: 1,
    });
    expect(r.messages.some((m) => m.body === 'a status update')).toBe(false);
  });

  it('reads Apple dates stored as integers in some rows and decimals in others', async () => {
    const r = await read(iosStore(join(tempDir(), 'ChatStorage.sqlite')));
    const at = (pk: number) => r.messages.find((m) => m.record?.startsWith(`ZWAMESSAGE.Z_PK ${pk} `))!.instant;
    expect(at(1)).toEqual({ us: (T0 + 60_000) * 1000, fine: false });
    expect(at(2)).toEqual({ us: (T0 + 120_000 + 250) * 1000, fine: true });
  });

  it('keeps a forensic tool’s recovered rows apart, marked as carved, and warns about their oddities', async () => {
    const r = await read(iosStore(join(tempDir(), 'ChatStorage.sqlite'), { forensic: true }));
    const carved = r.messages.filter((m) => m.conversationKey === 'carved');
    expect(carved.map((m) => [m.subtype, m.kind, m.body])).toEqual([
      ['recovered', 'unclassified', 'hi\uFFFD\uFFFD'],
      ['recovered', 'unclassified', 'an earlier draft'],
    ]);
    expect(carved[0]!.record).toBe('ZWAMESSAGE.Z_PK 4 (_rowid 1010), recovered by the forensic tool (isdeleted 1)');
    expect(r.messages.filter((m) => m.conversationKey === 'session:1')).toHaveLength(5);
    expect(r.tail.conversations.at(-1)).toMatchObject({ key: 'carved', title: 'Rows recovered by the forensic tool (carved, not live)' });
    expect(r.tail.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['forensic_export', 'invalid_text', 'carved_rows']));
    expect(r.tail.warnings.find((w) => w.code === 'forensic_export')!.message).toContain('Z_PRIMARYKEY and Z_METADATA are missing');
  });

  it('warns about live rows that share a Z_PK and keeps both', async () => {
    const path = chatStorage(join(tempDir(), 'ChatStorage.sqlite'), (add, db) => {
      db.prepare("INSERT INTO ZWACHATSESSION(Z_PK, ZCONTACTJID, ZMESSAGECOUNTER, _rowid, isdeleted) VALUES (1, ?, 3, 1, 0)").run(SAM);
      add({ pk: 1, session: 1, sort: 1 });
      add({ pk: 1, session: 1, sort: 2, text: 'same key' });
    }, { forensic: true });
    const r = await read(path);
    expect(r.messages).toHaveLength(2);
    expect(r.tail.warnings.find((w) => w.code === 'duplicate_key')!.message).toContain('Z_PK 1');
  });

  it('ignores a ZMETADATA that is not a protobuf, and says so', async () => {
    const path = chatStorage(join(tempDir(), 'ChatStorage.sqlite'), (add, db) => {
      db.prepare("INSERT INTO ZWACHATSESSION(Z_PK, ZCONTACTJID, ZMESSAGECOUNTER) VALUES (1, ?, 2)").run(SAM);
      db.prepare('INSERT INTO ZWAMEDIAITEM(Z_PK, ZMESSAGE, ZMETADATA) VALUES (1, 1, ?)').run(Buffer.from([0x2a, 0x50, 0x41]));
      add({ pk: 1, session: 1, sort: 1, media: 1 });
    });
    const r = await read(path);
    expect(r.messages[0]!.replyTo).toBeNull();
    expect(r.tail.warnings.map((w) => w.code)).toContain('quote_metadata_invalid');
  });
});

describe('ZMETADATA quotes', () => {
  it('reads field 5, 6 and 19 of a well-formed protobuf', () => {
    expect(readQuote(quoteMetadata('ABCDEF123', SAM, 'hi'))).toEqual({ stanzaId: 'ABCDEF123', sender: SAM, text: 'hi' });
  });
  it('trusts no length that runs past the end, and no stanza id that is not one', () => {
    expect(readQuote(Buffer.from([0x2a, 0x09, 0x41]))).toBe('invalid');
    expect(readQuote(Buffer.from([0x07]))).toBe('invalid');
    expect(readQuote(quoteMetadata('not a key!', SAM, 'hi'))).toBeNull();
    expect(readQuote(Buffer.alloc(0))).toBeNull();
  });
});

describe('loose cells', () => {
  it('reads integers from text, and no integer from an empty string', () => {
    expect([int('15'), int(' 7 '), int(''), int('x'), int(3.9), int(null)]).toEqual([15, 7, null, null, 3, null]);
  });
  it('reads 0 as an unset Apple date, not 2001', () => {
    expect(fromAppleSeconds(0)).toBeNull();
    expect(fromAppleSeconds(String(appleSeconds(T0)))).toEqual({ us: T0 * 1000, fine: false });
  });
});
