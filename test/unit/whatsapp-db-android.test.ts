// Android msgstore.db in the shapes seized phones hand over: each reads with the right chats,
// messages, system lines and revocations, with a warning for each oddity.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWhatsAppDb } from '../../electron/backend/importers/whatsapp-db';
import { ALEX, contactsDb, hundredRowMsgstore, keyOf, legacyMsgstore, messyMsgstore, msgstore2025, readDeviceDb, richMsgstore } from '../fixtures/whatsapp-db';
import { tempDir } from '../support/temp';

const read = (path: string) => readDeviceDb(path, openWhatsAppDb);
const codes = (r: Awaited<ReturnType<typeof read>>) => r.tail.warnings.map((w) => w.code);

describe('msgstore.db, current schema', () => {
  it('reads 95 messages in two chats, each with its row id and sort value, and records the id holes and counter', async () => {
    const r = await read(hundredRowMsgstore(join(tempDir(), 'msgstore.db')));
    expect(r.head.format).toBe('whatsapp-db');
    expect(r.messages).toHaveLength(95);
    expect(r.tail.conversations.map((c) => [c.title, c.kind])).toEqual([['+15550100', 'direct'], ['Allotment committee', 'group']]);
    const group = r.messages.filter((m) => m.conversationKey === 'chat:2');
    expect(group.map((m) => m.seq)).toEqual(group.map((_, i) => i));
    expect(r.messages.find((m) => m.record === 'message._id 90 · sort_id 90')).toMatchObject({ replyTo: keyOf(42), threadParent: keyOf(42), author: 'Phone owner', direction: 'outgoing' });
    expect(r.messages.find((m) => m.record?.startsWith('message._id 70 '))).toMatchObject({ kind: 'deleted', deleted: true, subtype: 'deleted.incoming', author: '+15550101' });
    expect(r.messages.find((m) => m.record?.startsWith('message._id 1 '))!.instant).toEqual({ us: (Date.UTC(2024, 2, 1, 9, 1)) * 1000, fine: false });
    const db = r.tail.signals.database as Record<string, unknown>;
    expect(db).toMatchObject({ platform: 'android', table: 'message', sqliteSequence: 103, maxId: 100, idHoleCount: 1, idsMissing: 5 });
    expect(db.idHoles).toEqual([{ from: 40, to: 44, before: { id: 39, chat: '+15550100', at: Date.UTC(2024, 2, 1, 9, 39) }, after: { id: 45, chat: '+15550100', at: Date.UTC(2024, 2, 1, 9, 45) } }]);
    expect(JSON.parse(r.messages[0]!.raw!)).toMatchObject({ _id: 1, chat_row_id: 1, sort_id: 1 });
  });

  it('reads system events, media with its hash, an admin revoke, edits, an orphaned edit and a reaction', async () => {
    const r = await read(richMsgstore(join(tempDir(), 'msgstore.db')));
    const byId = (id: number) => r.messages.find((m) => m.record === `message._id ${id} · sort_id ${id}`)!;
    expect(byId(1)).toMatchObject({ kind: 'system', subtype: 'system.action_11', author: null, body: 'created the group' });
    expect(byId(2)).toMatchObject({ kind: 'media', body: 'the shed roof' });
    expect(byId(2).attachments).toEqual([{ name: 'IMG-20240301-WA0001.jpg', entry: 'Media/WhatsApp Images/IMG-20240301-WA0001.jpg', present: false, sha256: '07'.repeat(32), size: 2048 }]);
    expect(byId(3)).toMatchObject({ kind: 'deleted', subtype: 'deleted.admin', body: 'This message was deleted by admin +15550100' });
    expect(byId(4)).toMatchObject({ edited: true });
    expect(r.events.map((e) => [e.kind, e.targetNativeId, e.value])).toEqual([
      ['delete', keyOf(3), 'revoked by admin'],
      ['edit', keyOf(4), 'edited words'],
      ['edit', '3EB0GONE0000000000', 'an edit of a message no longer here'],
      ['reaction', keyOf(4), '👍'],
    ]);
  });

  it('reads 2025 shapes: an @lid contact named by its mapped number, an AI chat, and an undocumented type kept and warned', async () => {
    const r = await read(msgstore2025(join(tempDir(), 'msgstore.db')));
    expect(r.tail.conversations.map((c) => [c.title, c.nativeId, c.kind])).toEqual([
      ['+15550100', '987654321012345@lid', 'direct'],
      ['13135550002@bot', '13135550002@bot', 'direct'],
    ]);
    expect(r.messages.map((m) => m.kind)).toEqual(['text', 'text', 'unclassified']);
    expect(r.tail.warnings.find((w) => w.code === 'unknown_message_type')!.message).toContain('message type 99 (first at message._id 3)');
  });

  it('reads loose typing and broken links: a type as text, empty integers, a missing chat, an unrecorded revoke, placeholder and status rows', async () => {
    const r = await read(messyMsgstore(join(tempDir(), 'msgstore.db')));
    expect(r.messages.map((m) => [m.record, m.kind, m.conversationKey])).toEqual([
      ['message._id 2 · sort_id 2', 'text', 'chat:1'],
      ['message._id 3 · sort_id 3', 'deleted', 'chat:1'],
      ['message._id 4 · sort_id 4', 'text', 'chat:9'],
    ]);
    expect(r.messages[1]!.instant?.us).toBe(Date.UTC(2024, 2, 1, 9, 3) * 1000);
    expect(r.messages[2]!.author).toBe('Unknown sender');
    expect(r.tail.conversations.find((c) => c.key === 'chat:9')!.title).toBe('Chat row 9 (not in the chat table)');
    expect(codes(r)).toEqual(expect.arrayContaining(['chat_list_disagrees', 'chat_missing', 'revoked_without_record', 'status_rows']));
    expect((r.tail.signals.database as { skipped: unknown }).skipped).toEqual({ placeholders: 1, status: 2 });
  });

  it('takes names for the numbers from a wa.db lying beside it', async () => {
    const dir = tempDir();
    contactsDb(join(dir, 'contacts-any-name.db'));
    const r = await read(hundredRowMsgstore(join(dir, 'msgstore.db')));
    expect(r.tail.conversations[0]!.title).toBe('Alex Marsh');
    expect(r.messages.find((m) => m.conversationKey === 'chat:2' && m.direction === 'incoming')!.author).toBe('Sam');
    expect(r.head.files!.map((f) => f.path)).toEqual([join(dir, 'contacts-any-name.db')]);
  });
});

describe('msgstore.db, legacy schema', () => {
  it('reads a 2014 database without quoted_row_id, edit_version or starred', async () => {
    const r = await read(legacyMsgstore(join(tempDir(), 'msgstore.db')));
    expect(r.head.formatDetail).toContain('legacy');
    expect(r.messages.map((m) => [m.record, m.kind, m.author])).toEqual([
      ['messages._id 4', 'system', null],
      ['messages._id 5', 'media', '+15550101'],
      ['messages._id 2', 'text', '+15550100'],
      ['messages._id 3', 'text', 'Phone owner'],
    ]);
    expect(r.tail.conversations.map((c) => c.title).sort()).toEqual(['+15550100', 'Allotment committee']);
    expect((r.tail.signals.database as { idHoles: { from: number }[] }).idHoles.map((h) => h.from)).toEqual([6]);
  });

  it('reads a later legacy quote through messages_quotes, keeping the quoted text', async () => {
    const path = join(tempDir(), 'msgstore.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT, key_from_me INTEGER, key_id TEXT, status INTEGER, data TEXT, timestamp INTEGER, media_wa_type TEXT, remote_resource TEXT, quoted_row_id INTEGER, edit_version INTEGER);
      CREATE TABLE messages_quotes (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT, key_from_me INTEGER, key_id TEXT, data TEXT, timestamp INTEGER);`);
    db.prepare("INSERT INTO messages_quotes(_id, key_remote_jid, key_id, data) VALUES (1, ?, 'GONEKEY1', 'what was said first')").run(ALEX);
    db.prepare("INSERT INTO messages(_id, key_remote_jid, key_from_me, key_id, status, data, timestamp, media_wa_type, quoted_row_id, edit_version) VALUES (1, ?, 0, 'K1', 0, 'an answer', 1709283600000, '0', 1, 0), (2, ?, 1, 'K2', 5, NULL, 1709283660000, '0', NULL, 7)").run(ALEX, ALEX);
    db.close();
    const r = await read(path);
    expect(r.messages.map((m) => [m.replyTo, m.kind, m.subtype])).toEqual([['GONEKEY1', 'text', null], [null, 'deleted', 'deleted.own']]);
    expect(JSON.parse(r.messages[0]!.raw!).$joined).toEqual({ quoted: { keyId: 'GONEKEY1', text: 'what was said first' } });
  });

  it('decides a transitional database by where its rows are: the current table holds only its placeholder', async () => {
    const r = await read(legacyMsgstore(join(tempDir(), 'msgstore.db'), { withCurrentPlaceholder: true }));
    expect((r.tail.signals.database as { table: string; schema: string })).toMatchObject({ table: 'messages', schema: 'legacy (transitional: both tables present)' });
    expect(r.messages).toHaveLength(4);
    expect(codes(r)).not.toContain('two_message_tables');
  });
});
