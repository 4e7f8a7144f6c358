// A case file written by an older Threadline opens in this one: every migration from every older
// schema version runs, and what the file held is kept: the evidence, and what the migrations move
// (findings into their rebuilt table at schema 8, the rows of each new index, the full-text index
// whose delete setting schema 11 changes).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/backend/api';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/backend/case/migrations';
import { openEngine } from '../support/engines';
import { tempDir } from '../support/temp';

const OLDER_VERSIONS = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);

/** A finding as schema 4 to 7 stored it; schema 8 rebuilds the table and must carry every column over. */
const OLD_FINDING = {
  id: 7, rule: 'WA-1', type: 'deleted', strength: 'fact', source_id: 1, conversation_id: 1, message_id: 1, before_message_id: 1, after_message_id: 1,
  before_seq: 0, after_seq: 0, from_at: 0, to_at: 60_000, from_local: '1970-01-01T00:00', to_local: '1970-01-01T00:01', count: 1, score: 0.5,
  explanation: 'A message by Ana was deleted by its sender.', evidence: '[{"file":"chat.txt","line":1}]',
};

/** The schema-1 case below, plus what later schemas let an older Threadline store: an edit event (2) and a finding (4). */
function caseWithDataAtVersion(path: string, version: number): void {
  caseAtVersion(path, version);
  const db = new Database(path);
  db.prepare(`INSERT INTO messages_fts(rowid, body) VALUES (1, 'kept from before')`).run();
  if (version >= 2) {
    db.prepare(`INSERT INTO message_events(id, conversation_id, kind, target_message_id, target_native_id, sent_at, value) VALUES (3, 1, 'edit', 1, NULL, 30000, 'kept from before')`).run();
  }
  if (version >= 4) {
    const columns = Object.keys(OLD_FINDING);
    db.prepare(`INSERT INTO findings(${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(OLD_FINDING);
  }
  db.close();
}

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
  it.each(OLDER_VERSIONS)('bring a schema %i case to the current schema with its evidence intact', async (version) => {
    const dir = tempDir();
    const path = join(dir, 'old.threadline');
    caseAtVersion(path, version);
    const engine = openEngine(path, { create: false });
    expect(engine.caseFile.writer.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const [conversation] = await engine.api.listConversations({});
    expect(conversation).toMatchObject({ title: 'Old chat', messageCount: 1 });
    const page = await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 1 });
    expect(page.messages[0]).toMatchObject({ body: 'kept from before', sentAtLocal: '1970-01-01T00:00' });
  });

  it.each(OLDER_VERSIONS)('move what a schema %i case holds into the current schema: events, findings, index rows, searchable words', (version) => {
    const path = join(tempDir(), 'old.threadline');
    caseWithDataAtVersion(path, version);
    const engine = openEngine(path, { create: false });
    const db = engine.caseFile.writer;
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    if (version >= 2) expect(db.prepare('SELECT id, kind, target_message_id AS target, value FROM message_events').all()).toEqual([{ id: 3, kind: 'edit', target: 1, value: 'kept from before' }]);
    // Schema 8 copies every finding into the table that allows its new type, column by column.
    if (version >= 4) expect(db.prepare('SELECT * FROM findings').all()).toEqual([OLD_FINDING]);
    const findingsTable = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'findings'`).get() as { sql: string };
    expect(findingsTable.sql).toContain("'records_not_copied'");
    // Indexes made by a migration hold the rows already there (schemas 5 and 9).
    expect(db.prepare('SELECT count(*) AS n FROM messages INDEXED BY messages_by_time WHERE coalesce(sent_at, -8640000000000000) >= 0').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM messages INDEXED BY messages_by_conversation_time WHERE conversation_id = 1 AND sent_at >= 0').get()).toEqual({ n: 1 });
    // The words indexed before schema 11 are still found, and deletes now forget them at once.
    expect(db.prepare(`SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'kept'`).all()).toEqual([{ rowid: 1 }]);
    expect(db.prepare(`SELECT v FROM messages_fts_config WHERE k = 'secure-delete'`).get()).toEqual({ v: 1 });
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
