// RSMF files and forensic-report chat tables through the engine, and folders that mix formats:
// each file goes to the importer its content calls for, unrelated files are skipped with a warning,
// and bad input leaves the case as it was.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { verifySources } from '../../electron/backend/audit/verify-sources';
import { exportRecords } from '../../electron/backend/exports/messages';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';
import { fullChatsHeader } from '../fixtures/forensic';
import { ODD_EML, oddRsmfEml } from '../fixtures/rsmf';
import { chatsCsv, ROOM_MANIFEST, storedZip, writeRsmfEml, writeRsmfZip } from './formats-fixtures';
import { buildWickrArchive } from './wickr-archive';

async function firstThread(engine: Engine) {
  const [c] = await engine.api.listConversations({});
  return { conversation: c!, messages: (await engine.api.threadPage({ conversationId: c!.id, fromSeq: 0, limit: 100 })).messages };
}

function counts(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return JSON.stringify(['sources', 'source_files', 'conversations', 'messages', 'message_events', 'attachments', 'audit'].map((t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get()));
  } finally {
    db.close();
  }
}

describe('RSMF', () => {
  it('an rsmf.zip: events by time, edits, reactions and receipts on their message, attachments hashed from the zip', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [writeRsmfZip(dir)], timeZone: 'UTC' }).done;
    expect(summary.sources[0]).toMatchObject({ format: 'rsmf', messages: 3, events: 3, conversations: 1 });
    expect(summary.sources[0]!.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['rsmf_file_missing', 'rsmf_unreferenced_file']));
    const { conversation, messages } = await firstThread(engine);
    expect(conversation).toMatchObject({ title: 'Harbor room', kind: 'group', platform: 'wickr', nativeId: 'S1c0ffee' });
    expect(messages.map((m) => [m.kind, m.author, m.body])).toEqual([
      ['system', 'Bob', 'Bob joined'],
      ['text', 'Alice', 'Quarterly numbers attached.'],
      ['text', 'Bob', 'Numbers look off'],
    ]);
    const [, e1, e2] = messages;
    expect(e1).toMatchObject({ deleted: true, edited: true, direction: 'outgoing', sentAtUs: Date.UTC(2023, 10, 14, 22, 13, 20) * 1000 + 123456, sourceRef: { file: 'rsmf.zip!rsmf_manifest.json', record: 'events[1]' } });
    expect(e1!.events.map((e) => [e.kind, e.actor, e.value, e.detail])).toEqual([
      ['edit', 'Alice', 'Quarterly numbers attached.', { previous: 'Quartely numbers', from: 'edits[]' }],
      ['reaction', 'Bob', '👍', { added: true, count: 1 }],
    ]);
    expect(e1!.attachments).toEqual([expect.objectContaining({ name: 'numbers.xlsx', present: true, size: 12 })]);
    expect(e2).toMatchObject({ threadParent: 'e1', direction: 'incoming' });
    expect(e2!.parent).toEqual({ nativeId: 'e1', seq: 1, author: 'Alice', excerpt: 'Quarterly numbers attached.' });
    expect(e1!.parent).toBeNull();
    expect(e2!.events).toEqual([expect.objectContaining({ kind: 'receipt', actor: 'Alice', value: 'read', sentAtLocal: '2023-11-14T22:16:00' })]);
    const exported = [...exportRecords(engine.caseFile.reader)].find((r) => r.id === e1!.id)!;
    expect(exported).toMatchObject({ sentAt: '2023-11-14T22:13:20.123456Z', threadParent: null, nativeId: 'e1' });
    const members = engine.caseFile.reader.prepare('SELECT role, path FROM source_files ORDER BY id').all() as { role: string; path: string }[];
    expect(members.map((m) => [m.role, m.path.split('!').slice(1).join('!')])).toEqual([
      ['manifest', 'rsmf_manifest.json'],
      ['attachment', 'F1_numbers.xlsx'],
      ['other', 'extra_unreferenced.txt'],
    ]);
    expect((await verifySources(engine.caseFile.reader)).sources[0]).toMatchObject({ status: 'unchanged', members: [] });
  });

  it('a reply whose parent is not in the slice quotes nothing and says the parent is missing', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    const orphaned = { ...ROOM_MANIFEST, events: ROOM_MANIFEST.events.map((e) => ('parent' in e ? { ...e, parent: 'e0-before-the-slice' } : e)) };
    await engine.runImport({ paths: [writeRsmfZip(dir, 'rsmf.zip', orphaned)], timeZone: 'UTC' }).done;
    const reply = (await firstThread(engine)).messages.find((m) => m.body === 'Numbers look off')!;
    expect(reply.parent).toEqual({ nativeId: 'e0-before-the-slice', seq: null, author: null, excerpt: null });
  });

  it('an .rsmf e-mail: the zip decoded from base64, X-RSMF headers checked, the custodian taken from the file when none is given', async () => {
    const dir = tempDir();
    const zip = readFileSync(writeRsmfZip(dir));
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [writeRsmfEml(dir, zip, ['X-RSMF-Version: 2.0.0', 'X-RSMF-EventCount: 5', 'X-RSMF-Custodian: Alice'])] }).done;
    expect(summary.sources[0]).toMatchObject({ format: 'rsmf', messages: 3 });
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'rsmf_event_count')!.message).toBe(
      'room.rsmf!rsmf.zip!rsmf_manifest.json, X-RSMF-EventCount: says 5 events, the manifest holds 3 (RS-4: the file may be truncated or padded).',
    );
    const [source] = await engine.api.listSources({});
    expect(source).toMatchObject({ custodian: 'Alice', chatEntry: 'rsmf.zip!rsmf_manifest.json', timeBasis: 'instant' });
  });

  it('an e-mail with an extra attachment imports, the sentence says why it is not valid RSMF, and the custodian is the sender', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [writeText(dir, ODD_EML.name, oddRsmfEml())] }).done;
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'rsmf_container')!.message).toBe(
      `${ODD_EML.name}, line ${ODD_EML.extraPartLine}: the EML carries a second attachment 'avatar.png' beside rsmf.zip; RSMF allows exactly one, so the file is not valid RSMF. The extra attachment is not read.`,
    );
    expect((await engine.api.listSources({}))[0]!.custodian).toBe(ODD_EML.custodian);
  });

  it('a manifest that is not JSON, or an e-mail without rsmf.zip, is one sentence and changes nothing', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.threadline');
    const engine = openEngine(casePath);
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', androidChat(3))] }).done;
    const before = counts(casePath);
    const broken = writeText(dir, 'rsmf_manifest.json', '{\n  "version": "2.0.0",\n  "participants": [],\n  "events": [ {"type": "message",, } ]\n}\n');
    await expect(engine.runImport({ paths: [broken] }).done).rejects.toThrow(/^rsmf_manifest\.json is not valid JSON \(.* on line 4\), so no RSMF manifest can be read from it\.$/);
    const eml = writeText(dir, 'x.rsmf', 'X-RSMF-Version: 2.0.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n');
    await expect(engine.runImport({ paths: [eml] }).done).rejects.toThrow('x.rsmf is an e-mail without an rsmf.zip attachment, so it holds no RSMF manifest.');
    const zip = join(dir, 'not-rsmf.zip');
    writeFileSync(zip, storedZip([{ name: 'rsmf_manifest.json', data: '[1,2' }]));
    await expect(engine.runImport({ paths: [zip] }).done).rejects.toThrow(/^not-rsmf\.zip!rsmf_manifest\.json is not valid JSON/);
    expect(counts(casePath)).toBe(before);
  });

  it('a bare manifest finds its attachments beside it and records them as members', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rsmf_manifest.json'), JSON.stringify(ROOM_MANIFEST));
    writeFileSync(join(dir, 'F1_numbers.xlsx'), 'xlsx-bytes!!');
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [join(dir, 'rsmf_manifest.json')] }).done;
    const { messages } = await firstThread(engine);
    expect(messages[1]!.attachments).toEqual([expect.objectContaining({ present: true, size: 12 })]);
    expect(engine.caseFile.reader.prepare('SELECT role, path FROM source_files').all()).toEqual([{ role: 'attachment', path: join(dir, 'F1_numbers.xlsx') }]);
  });
});

describe('forensic-report chat tables', () => {
  const rows = [
    { '#': '1', 'Chat #': '1', Identifier: 'c-77', Participants: '+15550100 Alex\n+15550101 Sam', Source: 'WhatsApp', 'Instant Message #': '1', From: '+15550100 Alex', Body: 'Meet at the pier, "north" gate', 'Timestamp: Date': '14/11/2023', 'Timestamp: Time': '22:13:20(UTC+0)', 'Read: Date': '14/11/2023', 'Read: Time': '22:15:00(UTC+0)' },
    { '#': '2', 'Chat #': '1', Identifier: 'c-77', Participants: '+15550100 Alex\n+15550101 Sam', Source: 'WhatsApp', 'Instant Message #': '2', From: '+15550101 Sam', Body: 'ok,\nsee you', 'Timestamp: Date': '14/11/2023', 'Timestamp: Time': '22:14:02(UTC+0)', 'Deleted - Instant Message': 'Deleted', 'Starred message': 'Yes' },
    { '#': '3', 'Chat #': '1', Identifier: 'c-77', Participants: '+15550100 Alex\n+15550101 Sam', Source: 'WhatsApp', 'Instant Message #': '3', From: '+15550100 Alex', 'Timestamp: Date': '15/11/2023', 'Timestamp: Time': '09:01:00(UTC+0)', 'Attachment #1': 'files/Image/IMG_0001.jpg', 'Attachment #1 - Details': 'image/jpeg' },
    { '#': '4', 'Chat #': '2', Participants: '+15550100 Alex\n+15550199 Pat', Source: 'Confide', 'Instant Message #': '12', From: '+15550100 Alex', Status: 'Unread', 'Timestamp: Date': '14/11/2023', 'Timestamp: Time': '22:13:20(UTC+0)', 'Deleted - Instant Message': 'Deleted' },
    { '#': '5', 'Chat #': '3', Participants: 'user1\nuser2', Source: 'Wickr', 'Instant Message #': '20', From: 'user1', Body: 'encrypted', 'Timestamp: Date': '16/11/2023', 'Timestamp: Time': '10:00:00(UTC+0)' },
  ];

  it('maps WhatsApp, Confide and Wickr rows: conversations per app and chat, receipts and stars, attachments beside the report', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'files', 'Image'), { recursive: true });
    writeFileSync(join(dir, 'files', 'Image', 'IMG_0001.jpg'), 'JPEG');
    const csv = writeText(dir, 'chats.csv', chatsCsv(rows));
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [csv], timeZone: 'Europe/London' }).done;
    expect(summary.sources[0]).toMatchObject({ format: 'forensic-csv', messages: 5, events: 2, conversations: 3, dateOrder: { value: 'DMY', ambiguous: false } });
    expect(summary.sources[0]!.formatDetail).toBe('Forensic-report chat table (Cellebrite-style "Chats" columns, 19 columns, comma-separated): 5 rows from WhatsApp (3), Confide (1), Wickr (1)');
    const conversations = await engine.api.listConversations({});
    expect(conversations.map((c) => [c.title, c.kind, c.platform, c.messageCount])).toEqual([
      ['+15550100 Alex, +15550101 Sam', 'direct', 'WhatsApp', 3],
      ['+15550100 Alex, +15550199 Pat', 'direct', 'Confide', 1],
      ['user1, user2', 'direct', 'Wickr', 1],
    ]);
    const wa = (await engine.api.threadPage({ conversationId: conversations[0]!.id, fromSeq: 0, limit: 10 })).messages;
    expect(wa[0]).toMatchObject({ body: 'Meet at the pier, "north" gate', sentAt: Date.UTC(2023, 10, 14, 22, 13, 20), sentAtLocal: '2023-11-14T22:13:20', sentAtRaw: '14/11/2023 22:13:20(UTC+0)', sourceRef: { file: 'chats.csv', line: 3, lineEnd: 4, record: 'Instant Message #1' } });
    expect(wa[0]!.events).toEqual([expect.objectContaining({ kind: 'receipt', value: 'read', sentAt: Date.UTC(2023, 10, 14, 22, 15) })]);
    expect(wa[1]).toMatchObject({ body: 'ok,\nsee you', deleted: true });
    expect(wa[1]!.events).toEqual([expect.objectContaining({ kind: 'star', value: 'starred' })]);
    expect(wa[2]).toMatchObject({ kind: 'media', attachments: [expect.objectContaining({ name: 'IMG_0001.jpg', present: true, size: 4 })] });
    const confide = (await engine.api.threadPage({ conversationId: conversations[1]!.id, fromSeq: 0, limit: 10 })).messages[0]!;
    expect(confide).toMatchObject({ body: '', contentStatus: 'unrecoverable_by_design', deleted: true, subtype: 'content.unrecoverable_by_design' });
    expect(JSON.parse(confide.raw!)).toMatchObject({ Status: 'Unread', Source: 'Confide' });
    const wickr = (await engine.api.threadPage({ conversationId: conversations[2]!.id, fromSeq: 0, limit: 10 })).messages[0]!;
    expect(wickr).toMatchObject({ body: 'encrypted', contentStatus: 'encrypted_unavailable' });
    const [source] = await engine.api.listSources({});
    expect(source!.contentNature).toBe('content');
    expect(source!.caveats.map((c) => c.code)).toEqual(['forensic_report', 'wickr_device_metadata', 'confide_by_design']);
  });

  it('a Confide-only report is a metadata-only source carrying the by-design statement', async () => {
    const dir = tempDir();
    const csv = writeText(dir, 'confide.csv', chatsCsv([rows[3]!, { ...rows[3]!, '#': '6', 'Instant Message #': '13', From: '+15550199 Pat', 'Timestamp: Date': '16/11/2023' }]));
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [csv] }).done;
    const [source] = await engine.api.listSources({});
    expect(source).toMatchObject({ contentNature: 'metadata_only', messageCount: 2 });
    expect(source!.caveats.find((c) => c.code === 'confide_by_design')!.text).toBe(
      'Content unrecoverable by design: Confide deletes messages after reading and offers no export or archive. Items shown are metadata, images or transcriptions.',
    );
  });

  it('dates that cannot decide their order are read provisionally and said to be ambiguous; a lock decides', async () => {
    const dir = tempDir();
    const csv = writeText(dir, 'chats.csv', chatsCsv([{ ...rows[0]!, 'Timestamp: Date': '01/02/2023', 'Timestamp: Time': '10:00:00', 'Read: Date': '', 'Read: Time': '' }], false));
    const engine = openEngine(join(dir, 'c.threadline'));
    const unsure = await engine.runImport({ paths: [csv] }).done;
    expect(unsure.sources[0]!.dateOrder).toMatchObject({ value: 'DMY', ambiguous: true });
    expect(unsure.sources[0]!.warnings.map((w) => w.code)).toContain('date_order_ambiguous');
    const dir2 = tempDir();
    const engine2 = openEngine(join(dir2, 'c.threadline'));
    await engine2.runImport({ paths: [csv], dateOrder: 'MDY', timeZone: 'UTC' }).done;
    expect((await firstThread(engine2)).messages[0]!.sentAtLocal).toBe('2023-01-02T10:00:00');
  });

  it('a header alone (a report exported with no chats) is recognised and recorded with no rows, said so', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [writeText(dir, 'chats-header.txt', fullChatsHeader())] }).done;
    expect(summary.sources[0]).toMatchObject({ format: 'forensic-csv', messages: 0 });
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'no_rows')!.message).toBe(
      'chats-header.txt: the file has the chats column header (line 1) but no rows; the source is recorded with no messages.',
    );
  });
});

describe('a mixed folder', () => {
  it('sends each file to the importer its content calls for, skips the rest with a warning, and names each importer', async () => {
    const dir = tempDir();
    const root = join(dir, 'handover');
    mkdirSync(root);
    writeText(root, 'whatsapp.txt', androidChat(3));
    writeRsmfZip(root, 'slice.zip');
    writeText(root, 'report.csv', chatsCsv([{ '#': '1', 'Chat #': '1', Source: 'Confide', From: 'Alex', 'Timestamp: Date': '14/11/2023', 'Timestamp: Time': '22:13:20' }]));
    writeText(root, 'notes.md', '# what we received\n');
    writeText(root, 'photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    buildWickrArchive(root);
    const engine = openEngine(join(dir, 'c.threadline'));
    const summary = await engine.runImport({ paths: [root] }).done;
    expect(summary.sources.map((s) => [s.format, s.path.slice(root.length + 1)])).toEqual([
      ['wickr', 'compliance/messages'],
      ['forensic-csv', 'report.csv'],
      ['rsmf', 'slice.zip'],
      ['whatsapp', 'whatsapp.txt'],
    ]);
    expect(summary.sources.map((s) => s.formatDetail.split(/[:(]/)[0]!.trim())).toEqual(['Wickr data-retention output', 'Forensic-report chat table', 'RSMF 2.0.0 from an rsmf.zip', 'WhatsApp chat text']);
    const skipped = summary.sources[0]!.warnings.filter((w) => w.code === 'skipped_files' || w.code === 'skipped_file');
    expect(skipped.map((w) => w.message)).toEqual([
      '2 files are not a chat export this version reads and were skipped: notes.md, photo.jpg.',
      'Skipped: notes.md is not a chat export this version reads: none of its first 200 lines starts like a WhatsApp message, and it is not Wickr retention JSON, RSMF or a forensic-report chat table.',
      'Skipped: photo.jpg is a binary file, not a chat export.',
    ]);
  });

  it('is all or nothing: a bad file named directly beside a good folder writes nothing', async () => {
    const dir = tempDir();
    buildWickrArchive(dir);
    const bad = writeText(dir, 'broken.rsmf', 'X-RSMF-Version: 2.0.0\r\n\r\nno parts\r\n');
    const casePath = join(dir, 'c.threadline');
    const engine = openEngine(casePath);
    const before = counts(casePath);
    await expect(engine.runImport({ paths: [join(dir, 'compliance'), bad] }).done).rejects.toThrow('broken.rsmf is an e-mail without an rsmf.zip attachment, so it holds no RSMF manifest.');
    expect(counts(casePath)).toBe(before);
  });
});
