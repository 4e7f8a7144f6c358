// A case file written by an older Threadline opens in this one: every migration from every older
// schema version runs, and the evidence already in the file is kept.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/backend/api';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/backend/case/migrations';
import { tempDir } from '../support/temp';

/** A case as schema `version` left it, with one source, conversation and message written the way v1 wrote them. */
function caseAtVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (let v = 0; v < version; v++) MIGRATIONS[v]!(db);
  db.pragma(`user_version = ${version}`);
  db.prepare(`INSERT INTO case_meta(key, value) VALUES ('default_time_zone', 'UTC'), ('created_at', '0')`).run();
  db.prepare(
    `INSERT INTO sources(id, status, path, file_name, sha256, size, format, format_detail, parser_version, time_zone, time_zone_assumed,
       date_order, date_order_ambiguous, date_order_locked, date_order_evidence, imported_at, message_count)
     VALUES (1, 'complete', '/evidence/chat.txt', 'chat.txt', '${'a'.repeat(64)}', 10, 'whatsapp', 'WhatsApp chat text', 'whatsapp-text/1', 'UTC', 0,
       'DMY', 0, 0, 'a first field above 12', 0, 1)`,
  ).run();
  db.prepare(`INSERT INTO conversations(id, source_id, title, kind, message_count) VALUES (1, 1, 'Old chat', 'direct', 1)`).run();
  db.prepare(
    `INSERT INTO messages(id, conversation_id, seq, kind, body, sent_at, sent_at_local, stamp_raw, header_raw, with_seconds, line_start, line_end)
     VALUES (1, 1, 0, 'text', 'kept from before', 0, '1970-01-01T00:00', '01/01/1970, 00:00', '01/01/1970, 00:00 - Ana: ', 0, 1, 1)`,
  ).run();
  db.close();
}

describe('migrations', () => {
  it.each(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))('bring a schema %i case to the current schema with its evidence intact', async (version) => {
    const dir = tempDir();
    const path = join(dir, 'old.threadline');
    caseAtVersion(path, version);
    const engine = createEngine(path, { create: false });
    expect(engine.caseFile.writer.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const [conversation] = await engine.api.listConversations({});
    expect(conversation).toMatchObject({ title: 'Old chat', messageCount: 1 });
    const page = await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 1 });
    expect(page.messages[0]).toMatchObject({ body: 'kept from before', sentAtLocal: '1970-01-01T00:00' });
    await engine.close();
  });

  it('refuses a case from a newer Threadline, naming it', () => {
    const dir = tempDir();
    const path = join(dir, 'future.threadline');
    const db = new Database(path);
    db.exec('CREATE TABLE case_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createEngine(path, { create: false })).toThrow(/future\.threadline cannot be opened as a case: was written by a newer Threadline/);
  });
});
