// A Wickr retention archive through the engine, on a real case file: a folder of rotated files is
// one source; edits, reactions, receipts, stars and deletes link to their targets; times are exact to
// the microsecond; odd records are kept; verify checks every member; a cancel changes nothing.
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import type { MessageView } from '../../shared/model';
import { CancelledImport, type Engine } from '../../electron/backend/api';
import { verifySources } from '../../electron/backend/audit/verify-sources';
import { exportRecords } from '../../electron/backend/exports/messages';
import { openEngine } from '../support/engines';
import { tempDir } from '../support/temp';
import { buildWickrArchive, DIRECT, msgTs, ROOM, uuidV1 } from './wickr-archive';

async function imported(opts: { truncatedTail?: boolean; encryptedObject?: boolean } = {}, timeZone = 'America/New_York') {
  const dir = tempDir();
  const archive = buildWickrArchive(dir, opts);
  const engine = openEngine(join(dir, 'case.threadline'));
  const summary = await engine.runImport({ paths: [archive.root], timeZone }).done;
  return { dir, archive, engine, summary };
}

async function thread(engine: Engine, nativeId: string): Promise<MessageView[]> {
  const c = (await engine.api.listConversations({})).find((x) => x.nativeId === nativeId)!;
  return (await engine.api.threadPage({ conversationId: c.id, fromSeq: 0, limit: 100 })).messages;
}

describe('a Wickr archive folder', () => {
  it('is one source over its rotated files, identified by the hash of its member list', async () => {
    const { engine, summary, archive } = await imported({ encryptedObject: true });
    expect(summary.sources).toHaveLength(1);
    const s = summary.sources[0]!;
    expect(s).toMatchObject({ format: 'wickr', path: archive.messagesDir, conversations: 2, messages: 10, events: 6 });
    expect(s.formatDetail).toContain('2 message files, ordered by the msg_ts of their first and last records');
    const [source] = await engine.api.listSources({});
    expect(source).toMatchObject({ timeBasis: 'instant', fileName: 'compliance/messages', memberFileCount: 6 });
    const files = engine.caseFile.reader.prepare('SELECT role, path FROM source_files ORDER BY path').all() as { role: string; path: string }[];
    expect(files.map((f) => [f.role, f.path.slice(archive.root.length + 1)])).toEqual([
      ['attachment', 'attachments/attachment_20231114220130000_permit-draft.pdf'],
      ['attachment', 'attachments/unrelated-leftover.bin'],
      ['other', 'messages/29250339'],
      ['other', 'messages/29250339.json'],
      ['messages', 'messages/receivedMessages_a.txt'],
      ['messages', 'messages/receivedMessages_b.txt'],
    ]);
    // Unrelated files were not called skipped: the archive claims its attachments folder.
    expect(s.warnings.map((w) => w.code)).not.toContain('skipped_files');
    await engine.close();
  });

  it('reads the files in time order, not name order, and keeps source order within each conversation', async () => {
    const { engine } = await imported();
    const room = await thread(engine, ROOM);
    expect(room.map((m) => [m.sourceRef.file, m.sourceRef.line])).toEqual([
      ['receivedMessages_b.txt', 1],
      ['receivedMessages_b.txt', 2],
      ['receivedMessages_b.txt', 3],
      ['receivedMessages_b.txt', 4],
      ['receivedMessages_a.txt', 4],
      ['receivedMessages_a.txt', 9],
    ]);
    await engine.close();
  });

  it('keeps msg_ts exact to the microsecond: stored, paged and exported (unpadded fraction .075323)', async () => {
    const { engine, archive } = await imported();
    const room = await thread(engine, ROOM);
    const draft = room[1]!;
    expect(draft.sentAtRaw).toBe(msgTs(archive.times.draft!));
    expect(draft.sentAtRaw).toMatch(/\.75323$/);
    expect(draft.sentAtUs).toBe(archive.times.draft);
    expect(draft.sentAt).toBe(Math.floor(archive.times.draft! / 1000));
    expect(draft.sentAtLocal).toBe('2023-11-14T17:01:00'); // New York, derived from the instant
    const exported = [...exportRecords(engine.caseFile.reader)].find((r) => r.id === draft.id)!;
    expect(exported.sentAt).toBe('2023-11-14T22:01:00.075323Z');
    await engine.close();
  });

  it('links an edit, a reaction, a receipt (by time), a star and a recall to their targets; the original text stays', async () => {
    const { engine, archive } = await imported();
    const [create, draft, file, fee, oops, future] = await thread(engine, ROOM);
    expect(create!.kind).toBe('system');
    expect(fee).toMatchObject({ body: 'Fee looks wrong, should be 1,200', edited: true });
    expect(fee!.events.map((e) => [e.kind, e.actor, e.value])).toEqual([
      ['edit', 'bob', 'Fee looks wrong, should be 1,250'],
      ['receipt', 'alice', 'read'],
    ]);
    expect(fee!.events[0]!.sentAtUs).toBe(archive.times.edit);
    expect(draft!.events).toEqual([expect.objectContaining({ kind: 'reaction', actor: 'carol', value: '👍', detail: { added: true } })]);
    expect(file!.events).toEqual([expect.objectContaining({ kind: 'star', actor: 'alice', value: 'starred' })]);
    expect(oops).toMatchObject({ body: 'wrong chat, ignore', deleted: true, kind: 'text' });
    expect(oops!.events).toEqual([expect.objectContaining({ kind: 'delete', actor: 'carol', value: 'recall', detail: { isrecall: true, targetKey: 'control.msgid' } })]);
    expect(future).toMatchObject({ kind: 'unclassified', subtype: 'unclassified.msgtype_4006' });
    expect(JSON.parse(future!.raw!)).toMatchObject({ msgtype: 4006 });
    // The reaction to a message not in the archive stays a record with no target: a dangling reference.
    const dangling = engine.caseFile.reader.prepare(`SELECT kind, target_native_id, target_message_id FROM message_events WHERE target_message_id IS NULL`).all();
    expect(dangling).toEqual([{ kind: 'reaction', target_native_id: 'ffffffffffffffffffffffffffffffff', target_message_id: null }]);
    const conv = (await engine.api.listConversations({})).find((c) => c.nativeId === ROOM)!;
    expect(conv).toMatchObject({ title: 'Harbor permit review', kind: 'room', platform: 'Wickr', ttlSeconds: 604800, burnOnReadSeconds: 3600, eventCount: 6, unresolvedEventCount: 1 });
    expect(draft).toMatchObject({ ttlSeconds: 7 * 86400, burnOnReadSeconds: 3600 });
    await engine.close();
  });

  it('hashes the attachment it finds, marks the one it does not as absent, and says so', async () => {
    const { engine, summary } = await imported();
    const file = (await thread(engine, ROOM))[2]!;
    expect(file.attachments).toEqual([expect.objectContaining({ name: 'permit-draft.pdf', present: true, size: 31, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    const photo = (await thread(engine, DIRECT))[1]!;
    expect(photo.attachments).toEqual([expect.objectContaining({ name: 'site.jpg', present: false })]);
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'attachment_missing')!.message).toBe(
      "receivedMessages_a.txt, line 7: the attachment 'site.jpg' (compliance-output-file-site.jpg) is not in the archive's attachment folders; the record is kept and the file marked absent.",
    );
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'attachment_unreferenced')!.message).toMatch(/1 file is in the attachments folder but named by no record \(\.\.\/attachments\/unrelated-leftover\.bin\)/);
    await engine.close();
  });

  it('drops an exact duplicate, keeps a conflicting copy, and keeps a truncated last line verbatim', async () => {
    const { engine, summary } = await imported({ truncatedTail: true });
    const warnings = summary.sources[0]!.warnings;
    expect(warnings.find((w) => w.code === 'duplicate_record')!.message).toMatch(/^receivedMessages_a\.txt, line 11 repeats the record at receivedMessages_a\.txt, line 1 exactly/);
    expect(warnings.find((w) => w.code === 'duplicate_conflict')!.message).toMatch(/line 12 has the message_id \w+ of the record at receivedMessages_a\.txt, line 6 but different content; both are kept/);
    const truncated = warnings.find((w) => w.code === 'unreadable_record')!;
    expect(truncated).toMatchObject({ line: 13 });
    expect(truncated.message).toMatch(/^receivedMessages_a\.txt, line 13 \(byte \d+\): a truncated JSON record/);
    const dm = await thread(engine, DIRECT);
    expect(dm.map((m) => m.body)).toEqual(['Call me about the fee', 'site.jpg', 'Call ended after 38 seconds', 'Call me about the fees']);
    const room = await thread(engine, ROOM);
    const last = room[room.length - 1]!;
    expect(last).toMatchObject({ kind: 'unclassified', subtype: 'unclassified.unreadable', author: null });
    expect(last.body).toMatch(/"message":"cut off mid-wri$/);
    expect(last.raw).toBe(last.body);
    await engine.close();
  });

  it('reports an encrypted S3 copy as encrypted, not corrupt, and records the bot-version caveat', async () => {
    const { engine, summary } = await imported({ encryptedObject: true });
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'encrypted_object')!.message).toBe(
      "29250339 is an encrypted retention object (S3 client-side encryption, AES-GCM), not a corrupt file; its S3 metadata is in 29250339.json, and decrypting it needs the organisation's KMS key, outside Threadline. It is recorded with its hash and not read.",
    );
    const [source] = await engine.api.listSources({});
    expect(source!.caveats.map((c) => c.code)).toEqual(['wickr_bot_version', 'wickr_encrypted_objects']);
    expect(source!.caveats[0]!.text).toMatch(/holds 4 such records, so its bot captured them from 2023-11-14T22:03:05/);
    await engine.close();
  });

  it('is recognised when imported again, and verify checks every member file', async () => {
    const { engine, archive } = await imported({ encryptedObject: true });
    const again = await engine.runImport({ paths: [archive.root] }).done;
    expect(again.sources.map((s) => s.alreadyImported)).toEqual([true]);
    expect((await verifySources(engine.caseFile.reader)).sources[0]).toMatchObject({ status: 'unchanged', members: [], memberCount: 6 });
    appendFileSync(join(archive.attachmentsDir, 'attachment_20231114220130000_permit-draft.pdf'), 'tampered');
    const changed = (await verifySources(engine.caseFile.reader)).sources[0]!;
    expect(changed.status).toBe('changed');
    expect(changed.members).toEqual([expect.objectContaining({ status: 'changed', path: join(archive.attachmentsDir, 'attachment_20231114220130000_permit-draft.pdf') })]);
    rmSync(archive.early);
    const missing = (await verifySources(engine.caseFile.reader)).sources[0]!;
    expect(missing.status).toBe('changed');
    expect(missing.members.map((m) => m.status).sort()).toEqual(['changed', 'missing']);
    expect(missing.actual).not.toBe(missing.expected);
    await engine.close();
  });

  it('re-derives local times when the zone changes, leaving the instants as they were', async () => {
    const { engine, summary } = await imported({}, 'UTC');
    const before = await thread(engine, ROOM);
    expect(before[1]!.sentAtLocal).toBe('2023-11-14T22:01:00');
    await engine.api.setSourceReading({ sourceId: summary.sources[0]!.id, timeZone: 'Asia/Tokyo' });
    await engine.idle();
    const after = await thread(engine, ROOM);
    expect(after[1]).toMatchObject({ sentAtLocal: '2023-11-15T07:01:00', sentAt: before[1]!.sentAt, sentAtUs: before[1]!.sentAtUs });
    await engine.close();
  });
});

describe('one retention file named directly', () => {
  it('is its own source, identified by its own hash; an encrypted object named directly is recorded, not refused', async () => {
    const dir = tempDir();
    const archive = buildWickrArchive(dir, { encryptedObject: true });
    const engine = openEngine(join(dir, 'case.threadline'));
    const one = await engine.runImport({ paths: [archive.early] }).done;
    expect(one.sources[0]).toMatchObject({ format: 'wickr', path: archive.early, messages: 4, events: 1 });
    const encrypted = await engine.runImport({ paths: [join(archive.messagesDir, '29250339')] }).done;
    expect(encrypted.sources[0]).toMatchObject({ format: 'wickr', messages: 0, conversations: 0 });
    expect(encrypted.sources[0]!.warnings.map((w) => w.code)).toContain('encrypted_object');
    await engine.close();
  });
});

describe('all or nothing', () => {
  function snapshot(path: string): string {
    const db = new Database(path, { readonly: true });
    try {
      const tables = ['sources', 'source_files', 'source_warnings', 'conversations', 'participants', 'messages', 'message_events', 'attachments', 'audit'];
      return JSON.stringify(Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()])));
    } finally {
      db.close();
    }
  }

  it('a cancel while records are read leaves the case exactly as it was', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const t0 = Date.UTC(2024, 0, 1) * 1000;
    for (let i = 0; i < 40_000; i++) {
      const us = t0 + i * 1_000_123;
      lines.push(JSON.stringify({ message_id: uuidV1(us), msg_ts: msgTs(us), msgtype: 1000, sender: i % 2 ? 'a' : 'b', vgroupid: `S${i % 3}`, message: `m${i}` }));
    }
    const big = join(dir, 'receivedMessages.txt');
    writeFileSync(big, lines.join('\n') + '\n');
    const casePath = join(dir, 'case.threadline');
    const engine = openEngine(casePath);
    const before = snapshot(casePath);
    const run = engine.runImport({ paths: [big] }, (e: ApiEvent) => {
      if (e.type === 'job.progress' && e.phase.startsWith('reading')) void engine.api.cancelJob({ jobId: run.jobId });
    });
    await expect(run.done).rejects.toBeInstanceOf(CancelledImport);
    expect(snapshot(casePath)).toBe(before);
    await engine.close();
  });
});
