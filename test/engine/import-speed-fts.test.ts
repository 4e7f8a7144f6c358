// The full-text fill after an import's rows: it indexes exactly the new source's messages, batch by
// batch, and each batch reads its span of ids by row id. Reading a batch through the conversation's
// (conversation, seq) index walked the whole conversation for every batch, which made the fill of a
// million-message chat quadratic (issue 18); the plan test fails on that statement.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

/** More than two of the writer's batches of 20,000, so the fill runs in three. */
const MESSAGES = 41_000;

const fills: { sql: string; args: unknown[]; db: Database.Database }[] = [];
let statementPrototype: { run: (...args: unknown[]) => unknown };
let originalRun: (...args: unknown[]) => unknown;

beforeAll(() => {
  const probe = new Database(':memory:');
  statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as typeof statementPrototype;
  probe.close();
  originalRun = statementPrototype.run;
  statementPrototype.run = function (this: Database.Statement, ...args: unknown[]) {
    if (/INSERT INTO messages_fts\(rowid, body\)/.test(this.source)) fills.push({ sql: this.source, args, db: this.database });
    return originalRun.apply(this, args);
  };
});

afterAll(() => {
  statementPrototype.run = originalRun;
});

describe('the full-text fill of an import', () => {
  it('indexes exactly the new source, in batches that each read their ids by row id', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'earlier.txt', androidChat(7, { words: (i) => `wombatearlier ${i}` }))] }).done;
    fills.length = 0;
    const big = androidChat(MESSAGES, { start: Date.UTC(2024, 0, 1), words: (i) => `quokkalater ${i % 3 === 0 ? 'harbour' : 'permit'} ${i}` });
    const summary = await engine.runImport({ paths: [writeText(dir, 'later.txt', big)] }).done;
    expect(summary.sources[0]!.messages).toBe(MESSAGES + 1);

    expect(fills).toHaveLength(3);
    for (const fill of fills) {
      const plan = (fill.db.prepare(`EXPLAIN QUERY PLAN ${fill.sql}`).all(...fill.args) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toMatch(/SEARCH m USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
      expect(plan).not.toMatch(/messages_by_thread/);
    }

    expect((await engine.api.search({ q: 'quokkalater' })).total).toBe(MESSAGES);
    expect((await engine.api.search({ q: 'quokkalater harbour' })).total).toBe(Math.ceil(MESSAGES / 3));
    expect((await engine.api.search({ q: 'wombatearlier' })).total).toBe(7);
    // External-content FTS5 checks its entries against the messages table: no row missing, none extra.
    expect(() => engine.caseFile.writer.prepare(`INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    await engine.close();
  });
});
