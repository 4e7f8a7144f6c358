// A phone's database is found by its content, whatever its name; it is read from a private copy, so
// the evidence folder keeps its listing and every file its bytes and mtime; encrypted backups and
// contacts-only databases are named plainly and refused.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../electron/backend/importers/detect';
import { openWhatsAppDb } from '../../electron/backend/importers/whatsapp-db';
import { looksLikeEncryptedBackup } from '../../electron/backend/importers/whatsapp-db/sniff';
import { contactsDb, crypt15Prefix, emptySidecars, hundredRowMsgstore, iosStore, msgstoreWithLiveWal, readDeviceDb } from '../fixtures/whatsapp-db';
import { tempDir } from '../support/temp';

/** Every file of the folder with its bytes and mtime. */
function snapshot(dir: string) {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)).toString('base64'), mtime: statSync(join(dir, name)).mtimeMs }));
}

/** Sets every file's mtime to a fixed past time, so a change of mtime by a read would show. */
function ageFiles(dir: string) {
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05Z'));
}

describe('detection by content', () => {
  it('finds Android and iOS databases whatever they are called', async () => {
    const dir = tempDir();
    expect((await detectFormat(hundredRowMsgstore(join(dir, 'exhibit-7.bin')))).format).toBe('whatsapp-db');
    expect((await detectFormat(iosStore(join(dir, '7c7fba66680ef796b916b067077cc246adacf01d')))).format).toBe('whatsapp-db');
  });

  it('names a contacts-only wa.db and another app’s SQLite plainly', async () => {
    const dir = tempDir();
    await expect(detectFormat(contactsDb(join(dir, 'wa.db')))).rejects.toThrow('wa.db is a WhatsApp contacts database (wa.db) with no messages; import the msgstore.db beside it');
    const other = new Database(join(dir, 'notes.sqlite'));
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    await expect(detectFormat(join(dir, 'notes.sqlite'))).rejects.toThrow(/^notes\.sqlite is a binary file, not a chat export/);
  });

  it('recognises encrypted backups by their header and ciphertext, and refuses them as out of scope', async () => {
    const dir = tempDir();
    const crypt15 = Buffer.concat([crypt15Prefix(), randomBytes(4096)]);
    const crypt12 = Buffer.concat([Buffer.from([0x00, 0x01, 0x01]), randomBytes(4096)]);
    for (const [name, bytes] of [['backup-a', crypt15], ['backup-b', crypt12]] as const) {
      writeFileSync(join(dir, name), bytes);
      await expect(detectFormat(join(dir, name))).rejects.toThrow(`${name} looks like an encrypted WhatsApp backup (.crypt12 / .crypt14 / .crypt15); decrypting backups is out of scope`);
    }
  });

  it('leaves random bytes (another app’s encrypted object) to the other importers', () => {
    // Deterministic stand-ins for ciphertext, so the count cannot vary from run to run.
    const cipherLike = (i: number) => Buffer.concat([0, 1, 2, 3, 4, 5, 6, 7].map((k) => createHash('sha512').update(`${i}/${k}`).digest()));
    let taken = 0;
    for (let i = 0; i < 5000; i++) if (looksLikeEncryptedBackup(cipherLike(i))) taken++;
    expect(taken).toBe(0);
    expect(looksLikeEncryptedBackup(Buffer.concat([crypt15Prefix(), randomBytes(512)]))).toBe(true);
  });

  it('says a damaged SQLite file cannot be read, naming it', async () => {
    const dir = tempDir();
    const path = hundredRowMsgstore(join(dir, 'msgstore.db'));
    const bytes = readFileSync(path);
    writeFileSync(path, Buffer.concat([bytes.subarray(0, 100), randomBytes(bytes.length - 100)]));
    await expect(detectFormat(path)).rejects.toThrow(/^msgstore\.db /);
  });
});

describe('read-only, always', () => {
  it('leaves a WAL-mode database with zero-byte -wal and -shm, and the wa.db beside it, byte-identical with nothing added', async () => {
    const dir = tempDir();
    const path = hundredRowMsgstore(join(dir, 'msgstore.db'));
    emptySidecars(path);
    contactsDb(join(dir, 'wa.db'));
    ageFiles(dir);
    const before = snapshot(dir);
    const r = await readDeviceDb(path, openWhatsAppDb);
    expect(r.messages).toHaveLength(95);
    expect(r.tail.signals.database).toMatchObject({ walHeader: true, walFile: 'empty' });
    expect(r.head.files!.map((f) => f.path)).toEqual([`${path}-wal`, `${path}-shm`, join(dir, 'wa.db')]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('reads the messages that are only in the -wal, from a copy, and leaves all three files as they were', async () => {
    const dir = tempDir();
    const path = msgstoreWithLiveWal(dir);
    ageFiles(dir);
    const before = snapshot(dir);
    const r = await readDeviceDb(path, openWhatsAppDb);
    expect(r.messages.map((m) => m.body)).toEqual(['checkpointed', 'only in the wal']);
    expect(r.tail.signals.database).toMatchObject({ walFile: 'present' });
    expect(r.tail.warnings.map((w) => w.code)).not.toContain('wal_missing');
    expect(snapshot(dir)).toEqual(before);
  });

  it('warns when a WAL-mode database comes without its -wal', async () => {
    const r = await readDeviceDb(hundredRowMsgstore(join(tempDir(), 'msgstore.db')), openWhatsAppDb);
    expect(r.tail.warnings.find((w) => w.code === 'wal_missing')!.message).toBe('msgstore.db: the database is in WAL mode and no msgstore.db-wal lies beside it; messages written since the last checkpoint may be missing.');
  });
});
