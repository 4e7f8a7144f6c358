// Engine tests on real case files in a temp folder: migrations, import, idempotence, cancellation and
// failure leaving the case exactly as it was, crash recovery, the index, paging, audit.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { CancelledImport, createEngine } from '../../electron/backend/api';
import { verifyAudit } from '../../electron/backend/audit/log';
import { SCHEMA_VERSION } from '../../electron/backend/case/migrations';
import { openEngine } from '../support/engines';
import { ftsIntact } from '../support/case-file';
import { androidChat, tempDir, writeText } from '../support/temp';

/** Every row of every evidence table, so "exactly as before" can be compared. */
function snapshot(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = ['sources', 'source_warnings', 'conversations', 'participants', 'messages', 'attachments', 'audit', 'case_meta'];
    const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
    const fts = db.prepare(`SELECT count(*) AS n FROM messages_fts_docsize`).get();
    return JSON.stringify({ rows, fts });
  } finally {
    db.close();
  }
}

describe('case file', () => {
  it('is created with the current schema version, WAL and the audit chain intact', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'a.threadline'));
    const db = engine.caseFile.writer;
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    await engine.close();
  });

  it('refuses a file that is not a case, naming it', () => {
    const dir = tempDir();
    const path = writeText(dir, 'notes.txt', 'just some text, not a database');
    expect(() => createEngine(path, { create: false })).toThrow(/notes\.txt is not a Threadline case file/);
  });
});

describe('import', () => {
  it('stores every message with its source line, local time, UTC and zone', async () => {
    const dir = tempDir();
    const chat = writeText(dir, 'chat.txt', androidChat(5));
    const engine = openEngine(join(dir, 'a.threadline'));
    const summary = await engine.runImport({ paths: [chat], timeZone: 'Europe/Berlin', custodian: 'Ana' }).done;
    expect(summary.sources[0]).toMatchObject({ messages: 6, conversations: 1, alreadyImported: false, format: 'whatsapp' });
    const [conv] = await engine.api.listConversations({});
    const page = await engine.api.threadPage({ conversationId: conv!.id, fromSeq: 0, limit: 10 });
    expect(page.total).toBe(6);
    const second = page.messages[1]!;
    expect(second).toMatchObject({ seq: 1, author: 'Ben Okafor', body: 'message number 0', sentAtLocal: '2023-03-01T09:00', timeZone: 'Europe/Berlin' });
    expect(second.sentAt).toBe(Date.UTC(2023, 2, 1, 8, 0)); // CET is UTC+1 in March before the switch
    expect(second.sourceRef).toEqual({ file: 'chat.txt', line: 2, lineEnd: 2, record: null });
    const [source] = await engine.api.listSources({});
    expect(source).toMatchObject({ custodian: 'Ana', timeZone: 'Europe/Berlin', timeZoneAssumed: false });
    await engine.close();
  });

  it('recognises the same file imported again and adds nothing', async () => {
    const dir = tempDir();
    const chat = writeText(dir, 'chat.txt', androidChat(20));
    const copy = writeText(dir, 'copy-of-chat.txt', androidChat(20));
    const casePath = join(dir, 'a.threadline');
    const engine = openEngine(casePath);
    await engine.runImport({ paths: [chat] }).done;
    const before = snapshot(casePath);
    const again = await engine.runImport({ paths: [chat, copy] }).done;
    expect(again.sources.map((s) => s.alreadyImported)).toEqual([true, true]);
    expect(snapshot(casePath)).toBe(before);
    await engine.close();
  });

  it('records an assumed zone as an assumption with a warning', async () => {
    const dir = tempDir();
    const chat = writeText(dir, 'chat.txt', androidChat(2));
    const engine = openEngine(join(dir, 'a.threadline'));
    const summary = await engine.runImport({ paths: [chat] }).done;
    expect(summary.sources[0]!.warnings.map((w) => w.code)).toContain('time_zone_assumed');
    expect((await engine.api.listSources({}))[0]).toMatchObject({ timeZone: 'UTC', timeZoneAssumed: true });
    await engine.close();
  });

  it('rejects an unknown time zone with a readable sentence', async () => {
    const dir = tempDir();
    const chat = writeText(dir, 'chat.txt', androidChat(2));
    const engine = openEngine(join(dir, 'a.threadline'));
    await expect(engine.runImport({ paths: [chat], timeZone: 'Mars/Olympus' }).done).rejects.toThrow(/'Mars\/Olympus' is not a time zone/);
    await engine.close();
  });

  it('leaves the case exactly as it was when an import is cancelled midway', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'a.threadline');
    const small = writeText(dir, 'small.txt', androidChat(10));
    const big = writeText(dir, 'big.txt', androidChat(60_000, { start: Date.UTC(2021, 0, 1) }));
    const engine = openEngine(casePath);
    await engine.runImport({ paths: [small] }).done;
    const before = snapshot(casePath);
    const phases: string[] = [];
    const run = engine.runImport({ paths: [big] }, (e: ApiEvent) => {
      if (e.type !== 'job.progress') return;
      phases.push(e.phase);
      if (e.phase.startsWith('reading') && e.done > 20_000) void engine.api.cancelJob({ jobId: run.jobId });
    });
    await expect(run.done).rejects.toBeInstanceOf(CancelledImport);
    expect(phases.some((p) => p.startsWith('reading'))).toBe(true);
    expect(snapshot(casePath)).toBe(before);
    await engine.close();
    ftsIntact(casePath);
  });

  it('leaves the case exactly as it was when a cancel comes while the index is built', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'a.threadline');
    const big = writeText(dir, 'big.txt', androidChat(50_000));
    const engine = openEngine(casePath);
    const before = snapshot(casePath);
    const run = engine.runImport({ paths: [big] }, (e) => {
      if (e.type === 'job.progress' && e.phase.startsWith('indexing') && e.done > 0) void engine.api.cancelJob({ jobId: run.jobId });
    });
    await expect(run.done).rejects.toBeInstanceOf(CancelledImport);
    expect(snapshot(casePath)).toBe(before);
    await engine.close();
    ftsIntact(casePath);
  });

  it('is all or nothing: a bad file among good ones writes nothing', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'a.threadline');
    const good = writeText(dir, 'good.txt', androidChat(10));
    const bad = writeText(dir, 'recipe.txt', 'Two eggs\nFlour\n');
    const engine = openEngine(casePath);
    const before = snapshot(casePath);
    await expect(engine.runImport({ paths: [good, bad] }).done).rejects.toThrow(/recipe\.txt is not a chat export/);
    expect(snapshot(casePath)).toBe(before);
    await engine.close();
  });

  it('skips unrelated files in a folder with a warning', async () => {
    const dir = tempDir();
    writeText(dir, 'chat.txt', androidChat(3));
    writeText(dir, 'photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 0]));
    const engine = openEngine(join(dir, 'a.threadline'));
    const summary = await engine.runImport({ paths: [dir] }).done;
    expect(summary.sources).toHaveLength(1);
    expect(summary.sources[0]!.warnings.find((w) => w.code === 'skipped_files')?.message).toMatch(/photo\.jpg/);
    await engine.close();
  });

  it('removes a source left half-written by a crash when the case is next opened', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'a.threadline');
    const chat = writeText(dir, 'chat.txt', androidChat(10));
    const engine = openEngine(casePath);
    await engine.runImport({ paths: [chat] }).done;
    engine.caseFile.writer.prepare(`UPDATE sources SET status = 'importing'`).run();
    await engine.close();
    const reopened = openEngine(casePath, { create: false });
    expect(await reopened.api.caseInfo({})).toMatchObject({ sourceCount: 0, messageCount: 0 });
    expect(reopened.caseFile.writer.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 0 });
    const actions = reopened.caseFile.writer.prepare('SELECT action FROM audit ORDER BY id').all();
    expect(actions).toEqual([{ action: 'import' }, { action: 'import.recovered' }]);
    await reopened.close();
    ftsIntact(casePath);
  });
});

describe('reading', () => {
  it('pages a thread by seq range and locates a message', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'a.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', androidChat(1000))] }).done;
    const [conv] = await engine.api.listConversations({});
    const page = await engine.api.threadPage({ conversationId: conv!.id, fromSeq: 990, limit: 50 });
    expect(page.messages.map((m) => m.seq)).toEqual(Array.from({ length: 11 }, (_, i) => 990 + i));
    const located = await engine.api.locateMessage({ messageId: page.messages[3]!.id });
    expect(located).toEqual({ conversationId: conv!.id, seq: 993 });
    await expect(engine.api.threadPage({ conversationId: 999, fromSeq: 0, limit: 5 })).rejects.toThrow(/no conversation 999/);
    await engine.close();
  });

  it('finds words, phrases, diacritics and emoji, with highlighted snippets and keyset paging', async () => {
    const dir = tempDir();
    const words = (i: number) => (i % 10 === 0 ? `the café on pier ${i} 🍕` : `routine note ${i}`);
    const engine = openEngine(join(dir, 'a.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', androidChat(200, { words }))] }).done;
    const cafe = await engine.api.search({ q: 'cafe', limit: 7 });
    expect(cafe.total).toBe(20);
    expect(cafe.hits).toHaveLength(7);
    expect(cafe.hits[0]!.snippet).toContain('\u0002café\u0003');
    const rest = await engine.api.search({ q: 'cafe', limit: 50, after: cafe.next! });
    expect(rest.hits).toHaveLength(13);
    expect(new Set([...cafe.hits, ...rest.hits].map((h) => h.messageId)).size).toBe(20);
    expect((await engine.api.search({ q: '"on pier 30"' })).total).toBe(1);
    expect((await engine.api.search({ q: '🍕' })).total).toBe(20);
    await expect(engine.api.search({ q: '!!!' })).rejects.toThrow(/no words/);
    await engine.close();
  });
});

describe('audit log', () => {
  it('chains every import and detects an edited entry', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'a.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'one.txt', androidChat(3))] }).done;
    await engine.runImport({ paths: [writeText(dir, 'two.txt', androidChat(4, { start: Date.UTC(2022, 0, 1) }))] }).done;
    const db = engine.caseFile.writer;
    expect(verifyAudit(db)).toBeNull();
    const rows = db.prepare('SELECT id, action, detail FROM audit ORDER BY id').all() as { id: number; action: string; detail: string }[];
    expect(rows.map((r) => r.action)).toEqual(['import', 'import']);
    expect(JSON.parse(rows[1]!.detail)).toMatchObject({ messages: 5, timeZone: 'UTC', timeZoneAssumed: true });
    db.prepare(`UPDATE audit SET detail = replace(detail, '"messages":5', '"messages":4') WHERE id = ?`).run(rows[1]!.id);
    expect(verifyAudit(db)).toBe(rows[1]!.id);
    await engine.close();
  });
});
