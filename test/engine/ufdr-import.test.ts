// Cellebrite reports through the engine: a .ufdr and a bare XML report import with their chats,
// attachments by file id with their hashes, deleted states as facts, provenance, the extraction's
// particulars; duplicated ids, missing files and a protected report are handled as the formats
// document says; a cancel leaves the case as it was; a report chat links with a WhatsApp export of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { createEngine, type Engine } from '../../electron/backend/api';
import { dialogue, iosCopy } from '../../scripts/two-copies';
import { threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { md5, OWNER, PEER, reportXml, sha256, streamedUfdr, ufdrZip, type ChatSpec, type ReportSpec } from '../fixtures/ufdr';

const JPEG = Buffer.from('JPEG bytes of a photo');
const OPUS = Buffer.from('OPUS bytes of a voice note');
const CONFIDE_PEER = { identifier: 'confide:kim', name: 'Kim', owner: false };

const WHATSAPP: ChatSpec = {
  id: 'chat-wa',
  app: 'WhatsApp',
  chatId: PEER.identifier,
  type: 'OneOnOne',
  start: '2024-03-04T08:00:00.000+00:00',
  last: '2024-03-04T09:05:00.000+00:00',
  participants: [OWNER, PEER],
  messages: [
    { id: 'm-1', from: PEER, body: 'Did the permit arrive?', time: '2024-03-04T10:00:00.000+01:00', status: 'Read', sourceIndex: 10, delivered: '2024-03-04T10:00:05.000+01:00' },
    { id: 'm-2', from: OWNER, body: 'Photo attached', time: '2024-03-04T09:01:00.000+00:00', sourceIndex: 12, attachments: [{ fileId: 'f-jpeg', filename: 'IMG-1.jpg', contentType: 'image/jpeg' }], jumpTo: ['f-jpeg'] },
    { id: 'm-3', from: PEER, time: '2024-03-04T09:02:00.000+00:00', sourceIndex: 15, attachments: [{ fileId: 'f-opus', extractedPath: 'files\\Audio\\PTT-1.opus' }] },
    { id: 'm-4', from: PEER, body: 'forgot it', time: '2024-03-04T09:03:00.000+00:00', sourceIndex: 22, state: 'Deleted', attachments: [{ fileId: 'f-gone' }, { extractedPath: 'files\\Image\\missing.jpg' }] },
    { id: 'm-5', from: OWNER, body: 'Yes, as you said', time: '2024-03-04T09:04:00.000+00:00', sourceIndex: 26, state: 'Trash', quotes: { message: { id: 'm-1', identifier: 'APP-m-1', from: PEER, body: 'Did the permit arrive?' }, label: 'Reply' } },
    { id: 'm-6', identifier: null, from: PEER, body: 'carved text', time: '2024-03-04T09:05:00.000+00:00', confidence: 'Low', sourceIndex: 32 },
  ],
};

const CONFIDE: ChatSpec = {
  id: 'chat-cf',
  app: 'Confide',
  participants: [OWNER, CONFIDE_PEER],
  messages: [
    { id: 'c-1', from: CONFIDE_PEER, time: '2024-03-05T10:00:00+00:00', sourceIndex: 40 },
    { id: 'c-2', from: OWNER, time: '2024-03-05T10:01:00+00:00', sourceIndex: 42, status: 'Sent' },
  ],
};

const SPEC: ReportSpec = {
  chats: [WHATSAPP, CONFIDE],
  files: [
    { id: 'f-jpeg', localPath: 'files\\Image\\IMG-1.jpg', md5: md5(JPEG), sha256: sha256(JPEG) },
    { id: 'f-opus', localPath: 'files\\Audio\\PTT-1.opus', md5: 'ffffffffffffffffffffffffffffffff' },
  ],
  caseNumber: 'IG-2024-17',
  examiner: 'R. Examiner',
  device: 'Pixel 7 (invented)',
  decodedFrom: [{ modelId: 'm-1', path: '/data/data/com.whatsapp/databases/msgstore.db', table: 'message', offset: 8192 }],
  decodedFromBefore: true,
};

const FILES = { 'files/Image/IMG-1.jpg': JPEG, 'files/Audio/PTT-1.opus': OPUS };

async function importOne(engine: Engine, path: string) {
  const summary = await engine.runImport({ paths: [path], timeZone: 'UTC' }).done;
  const source = summary.sources[0]!;
  const [conversation] = (await engine.api.listConversations({})).filter((c) => c.platform === 'WhatsApp');
  const messages = (await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 50 })).messages;
  return { source, conversation: conversation!, messages };
}

const raw = (engine: Engine, nativeId: string) => JSON.parse(engine.caseFile.reader.prepare('SELECT raw FROM messages WHERE native_id = ?').pluck().get(nativeId) as string) as Record<string, unknown>;

describe('a .ufdr report', () => {
  it('imports its chats with senders, directions, times with offsets, replies and attachments by file id', async () => {
    const dir = tempDir();
    const path = join(dir, 'phone.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES));
    const engine = openEngine(join(dir, 'c.threadline'));
    const { source, conversation, messages } = await importOne(engine, path);
    expect(source).toMatchObject({ format: 'ufdr', messages: 8, conversations: 2, events: 1 });
    expect(conversation).toMatchObject({ title: 'Eli Peer', kind: 'direct', nativeId: PEER.identifier, platform: 'WhatsApp' });
    expect(messages.map((m) => [m.author, m.direction, m.body, m.deleted])).toEqual([
      ['Eli Peer', 'incoming', 'Did the permit arrive?', false],
      ['Dana Owner', 'outgoing', 'Photo attached', false],
      ['Eli Peer', 'incoming', '', false],
      ['Eli Peer', 'incoming', 'forgot it', true],
      ['Dana Owner', 'outgoing', 'Yes, as you said', true],
      ['Eli Peer', 'incoming', 'carved text', false],
    ]);
    // The offset is kept as written; the instant is UTC.
    expect(messages[0]!.sentAt).toBe(Date.UTC(2024, 2, 4, 9, 0, 0));
    // The reply points at the quoted message; the embedded copy is no message of its own.
    expect(engine.caseFile.reader.prepare(`SELECT reply_to FROM messages WHERE native_id = 'APP-m-5'`).pluck().get()).toBe('APP-m-1');
    expect(raw(engine, 'APP-m-5').quoted).toEqual([{ modelId: 'm-1', identifier: 'APP-m-1', author: 'Eli Peer', body: 'Did the permit arrive?' }]);
    expect(messages[1]!.attachments).toEqual([expect.objectContaining({ name: 'IMG-1.jpg', present: true, sha256: sha256(JPEG), size: JPEG.length })]);
    expect(engine.caseFile.reader.prepare('SELECT entry FROM attachments WHERE id = ?').pluck().get(messages[1]!.attachments[0]!.id)).toBe('files/Image/IMG-1.jpg');
    expect(messages[2]!.attachments).toEqual([expect.objectContaining({ name: 'PTT-1.opus', present: true, sha256: sha256(OPUS) })]);
    expect(messages[3]!.attachments.map((a) => a.present)).toEqual([false, false]);
    const codes = source.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['attachment_hash_mismatch', 'attachment_unknown_file', 'attachment_missing']));
    expect(source.warnings.find((w) => w.code === 'attachment_hash_mismatch')!.message).toMatch(/^phone\.ufdr!report\.xml, line \d+: the MD5 the report states for 'files\/Audio\/PTT-1\.opus' is not the file's/);
    await engine.close();
  });

  it('points every message at its model, source_index, jump targets and the database row it was decoded from', async () => {
    const dir = tempDir();
    const path = join(dir, 'phone.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES));
    const engine = openEngine(join(dir, 'c.threadline'));
    const { messages } = await importOne(engine, path);
    expect(messages[0]!.sourceRef).toMatchObject({ file: 'phone.ufdr!report.xml', record: 'InstantMessage m-1, source_index 10' });
    expect(raw(engine, 'APP-m-1')).toMatchObject({
      id: 'm-1',
      sourceIndex: 10,
      deletedState: 'Intact',
      directionBy: 'From IsPhoneOwner',
      decodedFrom: [{ id: 'node-m-1', path: '/data/data/com.whatsapp/databases/msgstore.db', tableName: 'message', offset: '8192', size: '4096' }],
    });
    expect(raw(engine, 'APP-m-2').jumpTargets).toEqual([{ id: 'f-jpeg', isModel: false }]);
    expect(raw(engine, 'APP-m-2').attachments).toEqual([
      { model: 'm-2-att-0', fileId: 'f-jpeg', via: 'file_id', contentType: 'image/jpeg', reportSha256: sha256(JPEG), reportMd5: md5(JPEG), devicePath: '/data/files\\Image\\IMG-1.jpg', fileState: 'Intact' },
    ]);
    await engine.close();
  });

  it('states deleted states as facts, marks carved rows, and reads Confide’s empty items as unrecoverable by design', async () => {
    const dir = tempDir();
    const path = join(dir, 'phone.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES));
    const engine = openEngine(join(dir, 'c.threadline'));
    const { conversation } = await importOne(engine, path);
    const { findings } = await engine.api.listFindings({ conversationId: conversation.id });
    const deleted = findings.filter((f) => f.rule === 'UF-1');
    expect(deleted.map((f) => [f.type, f.strength])).toEqual([
      ['deleted', 'fact'],
      ['deleted', 'fact'],
    ]);
    expect(deleted[0]!.explanation).toMatch(/deleted_state for this message by Eli Peer is "Deleted"/);
    expect(deleted[1]!.explanation).toMatch(/"Trash".*trash/);
    expect(findings.filter((f) => f.rule === 'R1' || f.rule === 'CB-1')).toEqual([]);
    expect(findings.find((f) => f.rule === 'UF-2')).toMatchObject({ type: 'integrity', count: 1 });
    expect(findings.find((f) => f.rule === 'UF-2')!.explanation).toMatch(/decoding confidence Low: 1; no Identifier: 1/);
    // m-3 runs 15–17 (itself, its sender and its attachment), then m-4 starts at 22: four indexes between.
    expect(findings.filter((f) => f.rule === 'UF-3').map((f) => f.count)).toEqual([4]);
    // StartTime 08:00, an hour before the first message.
    expect(findings.filter((f) => f.rule === 'UF-4').map((f) => f.strength)).toEqual(['medium']);
    const { notRun } = await engine.api.listFindings({ conversationId: conversation.id });
    expect(notRun.find((n) => n.rule === 'R3')?.why).toMatch(/source_index numbers every model of the report/);
    const confide = (await engine.api.listConversations({})).find((c) => c.platform === 'Confide')!;
    const cf = await engine.api.listFindings({ conversationId: confide.id });
    expect(cf.findings.find((f) => f.rule === 'CF-2')).toMatchObject({ type: 'expected_loss', count: 2 });
    await engine.close();
  });

  it('shows the extraction’s particulars with the source', async () => {
    const dir = tempDir();
    const path = join(dir, 'phone.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES));
    const engine = openEngine(join(dir, 'c.threadline'));
    const { source } = await importOne(engine, path);
    const details = await engine.api.sourceDetails({ sourceId: source.id });
    expect(details.formatDetail).toBe('Cellebrite report (.ufdr: report.xml and 2 extracted files), streamed');
    const extraction = details.caveats.find((c) => c.code === 'cellebrite_extraction')!.text;
    for (const part of ['Case number: IG-2024-17', 'Examiner: R. Examiner', 'Pixel 7 (invented)', 'UFED_PA_Version: 7.60.0.114', 'report version 7.60.0.0']) expect(extraction).toContain(part);
    expect(details.signals.owner).toMatchObject({ identifiers: [OWNER.identifier], name: 'Dana Owner' });
    // Seen from defaults to the owner the report names, with the reason.
    const conversation = (await engine.api.listConversations({})).find((c) => c.platform === 'WhatsApp')!;
    expect(await engine.api.conversationAuthors({ conversationId: conversation.id })).toEqual([
      { name: 'Eli Peer', messages: 4 },
      { name: 'Dana Owner', messages: 2, phoneOwner: 'the report marks this party IsPhoneOwner' },
    ]);
    await engine.close();
  });

  it('imports a repeated message model once, keeps a conflicting one, and says both', async () => {
    const dir = tempDir();
    const copy = WHATSAPP.messages[0]!;
    const spec = { ...SPEC, chats: [{ ...WHATSAPP, messages: [copy, { ...copy }, { ...copy, body: 'other text' }] }] };
    const path = join(dir, 'dup.ufdr');
    writeFileSync(path, ufdrZip(reportXml(spec), FILES));
    const engine = openEngine(join(dir, 'c.threadline'));
    const { source, messages } = await importOne(engine, path);
    expect(messages.map((m) => m.body)).toEqual(['Did the permit arrive?', 'other text']);
    expect(source.warnings.filter((w) => w.code.startsWith('duplicate_model')).map((w) => w.code)).toEqual(['duplicate_model', 'duplicate_model_conflict']);
    await engine.close();
  });

  it('refuses a password-protected report, or one whose report.xml is not XML, plainly, and stores nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'locked.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES, { protectedReport: true }));
    const engine = openEngine(join(dir, 'c.threadline'));
    await expect(engine.runImport({ paths: [path], timeZone: 'UTC' }).done).rejects.toThrow(
      'locked.ufdr is a password-protected or encrypted Cellebrite report (its report.xml is encrypted); Threadline does not read protected reports: ask for an export without protection (Cellebrite Reader can save one).',
    );
    const scrambled = join(dir, 'scrambled.ufdr');
    writeFileSync(scrambled, ufdrZip('', { 'files/a.jpg': JPEG }, { reportBytes: Buffer.from([0x8f, 0x03, 0xc1, 0x77, 0x00, 0xfe]) }));
    await expect(engine.runImport({ paths: [scrambled], timeZone: 'UTC' }).done).rejects.toThrow(/^scrambled\.ufdr is a password-protected or encrypted Cellebrite report \(its report\.xml is not XML\)/);
    expect((await engine.api.caseInfo({})).sourceCount).toBe(0);
    await engine.close();
  });

  it('a cancel while the report is read leaves the case as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'phone.ufdr');
    writeFileSync(path, (await streamedUfdr(3000)).zip);
    let engine: Engine | null = null;
    const phases: string[] = [];
    engine = createEngine(join(dir, 'c.threadline'), {
      create: true,
      onEvent: (e: ApiEvent) => {
        if (e.type !== 'job.progress') return;
        phases.push(e.phase);
        if (e.phase.startsWith('reading report')) void engine!.api.cancelJob({ jobId: e.jobId });
      },
    });
    await expect(engine.runImport({ paths: [path], timeZone: 'UTC' }).done).rejects.toThrow(/cancelled/);
    expect(phases).toContain('reading report phone.ufdr');
    const info = await engine.api.caseInfo({});
    expect([info.sourceCount, info.messageCount]).toEqual([0, 0]);
    await engine.close();
  });
});

describe('the command line', () => {
  it('`threadline import report.ufdr` imports it through the import path every format takes', () => {
    const dir = tempDir();
    const path = join(dir, 'report.ufdr');
    writeFileSync(path, ufdrZip(reportXml(SPEC), FILES));
    const r = threadline('import', path, '--case', join(dir, 'c.threadline'), '--json', '--tz', 'UTC');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sources[0]).toMatchObject({ format: 'ufdr', messages: 8, conversations: 2, formatDetail: 'Cellebrite report (.ufdr: report.xml and 2 extracted files), streamed' });
  });
});

describe('a bare UFED XML report', () => {
  it('reads its files from beside it, and not a file its path leads outside the folder to', async () => {
    const dir = join(tempDir(), 'report');
    mkdirSync(join(dir, 'files', 'Image'), { recursive: true });
    mkdirSync(join(dir, 'files', 'Audio'), { recursive: true });
    writeFileSync(join(dir, 'files', 'Image', 'IMG-1.jpg'), JPEG);
    writeFileSync(join(dir, 'files', 'Audio', 'PTT-1.opus'), OPUS);
    writeFileSync(join(dir, '..', 'secret.jpg'), 'SECRET');
    const spec = { ...SPEC, chats: [{ ...WHATSAPP, messages: [...WHATSAPP.messages, { id: 'm-7', from: PEER, time: '2024-03-04T09:06:00+00:00', attachments: [{ extractedPath: '..\\secret.jpg' }] }] }] };
    const path = writeText(dir, 'report.xml', reportXml(spec));
    const engine = openEngine(join(tempDir(), 'c.threadline'));
    const { source, messages } = await importOne(engine, path);
    expect(source.formatDetail).toBe('Cellebrite UFED XML report, streamed; its files read from beside it');
    expect(messages[1]!.attachments[0]).toMatchObject({ present: true, sha256: sha256(JPEG) });
    expect(messages[6]!.attachments[0]).toMatchObject({ present: false });
    expect(source.warnings.map((w) => w.code)).toContain('attachment_outside_report');
    const stored = engine.caseFile.reader.prepare(`SELECT path FROM source_files WHERE role = 'attachment' ORDER BY path`).pluck().all();
    expect(stored).toEqual([join(dir, 'files', 'Audio', 'PTT-1.opus'), join(dir, 'files', 'Image', 'IMG-1.jpg')]);
    await engine.close();
  });

  it('keeps the illegal character references a report holds as text', async () => {
    const dir = tempDir();
    const spec = { ...SPEC, chats: [{ ...WHATSAPP, messages: [{ id: 'x-1', from: PEER, body: 'BODY', time: '2024-03-04T09:00:00+00:00' }] }] };
    const path = writeText(dir, 'report.xml', reportXml(spec).replace('<![CDATA[BODY]]>', 'bell&#x7;here'));
    const engine = openEngine(join(tempDir(), 'c.threadline'));
    const { source, messages } = await importOne(engine, path);
    expect(messages[0]!.body).toBe('bell&#x7;here');
    expect(source.warnings.map((w) => w.code)).toContain('xml_illegal_characters');
    await engine.close();
  });
});

describe('a report chat and a WhatsApp export of the same conversation', () => {
  it('are linked as copies, and the cross-custodian rule finds what the export lacks', async () => {
    const dir = tempDir();
    const lines = dialogue(60);
    const ana = { identifier: '34600000001@s.whatsapp.net', name: 'Ana Ruiz', owner: true };
    const ben = { identifier: '447700900001@s.whatsapp.net', name: 'Ben Okafor', owner: false };
    const chat: ChatSpec = {
      id: 'chat-ab',
      app: 'WhatsApp',
      chatId: ben.identifier,
      participants: [ana, ben],
      messages: lines.map((l, i) => ({ id: `ab-${i}`, from: l.author === 'Ana Ruiz' ? ana : ben, body: l.text, time: new Date(l.at).toISOString().replace('Z', '+00:00') })),
    };
    const ufdr = join(dir, 'ana-phone.ufdr');
    writeFileSync(ufdr, ufdrZip(reportXml({ chats: [chat] })));
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [ufdr], custodian: 'Ana Ruiz', timeZone: 'Europe/Madrid' }).done;
    await engine.runImport({ paths: [writeText(dir, '_chat.txt', iosCopy(lines.filter((_, i) => i < 20 || i >= 25)))], custodian: 'Ben Okafor', timeZone: 'Europe/Madrid', dateOrder: 'MDY' }).done;
    const [link, ...more] = await engine.api.listLinks({});
    expect(more).toEqual([]);
    expect(link).toMatchObject({ method: 'participants', matched: 55, rows: 60 });
    const conversations = await engine.api.listConversations({});
    const bens = conversations.find((c) => c.custodian === 'Ben Okafor')!;
    const missing = await engine.api.listFindings({ conversationId: bens.id, rule: 'R6' });
    expect(missing.findings).toEqual([expect.objectContaining({ type: 'cross_source_absence', count: 5 })]);
    await engine.close();
  });
});
