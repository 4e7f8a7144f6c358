// The hot queries use the index they were written for, whatever the case holds: a thread page seeks
// by (conversation, seq); conversation-days and the timeline count from the conversation-time index
// without reading rows; a search sorted by time walks the time index in windows. Each test records
// the statements one API call runs against messages and asks SQLite for their plans, so a query
// rewritten without its index (a full SCAN of messages) fails here long before a large case is slow.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, walkedRows } from '../../electron/backend/search/pages';
import { Searcher } from '../../electron/backend/search/searcher';
import { timelineCase } from './timeline-fixtures';

interface Ran {
  sql: string;
  args: unknown[];
  db: Database.Database;
}

const ran: Ran[] = [];
let explaining = false;
type Method = 'all' | 'get' | 'iterate' | 'run';
const METHODS: Method[] = ['all', 'get', 'iterate', 'run'];
let statementPrototype: Record<Method, (...args: unknown[]) => unknown>;
const originals = new Map<Method, (...args: unknown[]) => unknown>();

beforeAll(() => {
  const probe = new Database(':memory:');
  statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as typeof statementPrototype;
  probe.close();
  for (const name of METHODS) {
    const original = statementPrototype[name];
    originals.set(name, original);
    statementPrototype[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (!explaining) ran.push({ sql: this.source, args, db: this.database });
      return original.apply(this, args);
    };
  }
});

afterAll(() => {
  for (const [name, original] of originals) statementPrototype[name] = original;
});

/** The plans of the statements against messages that `call` ran, one text per statement. */
async function plansOf(call: () => Promise<unknown>): Promise<{ sql: string; plan: string }[]> {
  ran.length = 0;
  await call();
  const seen = new Set<string>();
  const out: { sql: string; plan: string }[] = [];
  explaining = true;
  try {
    for (const r of ran) {
      if (!/\bFROM messages\b/i.test(r.sql) || seen.has(r.sql)) continue;
      seen.add(r.sql);
      const rows = r.db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.args) as { detail: string }[];
      out.push({ sql: r.sql, plan: rows.map((x) => x.detail).join('\n') });
    }
  } finally {
    explaining = false;
  }
  return out;
}

/** A plan line that reads messages without an index: every row of the table. */
const FULL_SCAN = /^SCAN (m|messages)\b/m;

/** No statement in `plans` scans messages; each seeks through an index; `index` is among those used. */
function expectIndexed(plans: { sql: string; plan: string }[], index: string): void {
  expect(plans.length).toBeGreaterThan(0);
  for (const p of plans) {
    expect(p.plan, p.sql).not.toMatch(FULL_SCAN);
    expect(p.plan, p.sql).toMatch(/SEARCH (m|messages) USING (COVERING )?INDEX|SEARCH (m|messages) USING INTEGER PRIMARY KEY/);
  }
  expect(plans.map((p) => p.plan).join('\n')).toContain(`INDEX ${index} (`);
}

describe('query plans of the hot queries', () => {
  it('a thread page seeks its rows by (conversation, seq)', async () => {
    const c = await timelineCase();
    const plans = await plansOf(() => c.engine.api.threadPage({ conversationId: c.london, fromSeq: 10, limit: 50 }));
    expectIndexed(plans, 'messages_by_thread');
    expect(plans.map((p) => p.plan).join('\n')).toContain('SEARCH m USING INDEX messages_by_thread (conversation_id=? AND seq>? AND seq<?)');
  });

  it('conversation-days are counted from the conversation-time index alone', async () => {
    const c = await timelineCase();
    const plans = await plansOf(() => c.engine.api.conversationDays({ conversationId: c.london }));
    expectIndexed(plans, 'messages_by_conversation_time');
    for (const p of plans) expect(p.plan, p.sql).toContain('USING COVERING INDEX messages_by_conversation_time');
  });

  it('the timeline, split by author, counts each bucket from the indexes alone', async () => {
    const c = await timelineCase();
    const plans = await plansOf(() => c.engine.api.timeline({ bucket: 'hour', split: 'author' }));
    expectIndexed(plans, 'messages_by_conversation_time');
    for (const p of plans) expect(p.plan, p.sql).toMatch(/USING COVERING INDEX messages_by_(conversation_)?time/);
  });

  it.each([
    ['a search of date filters alone', 'after:2023-03-01 before:2023-04-01'],
    ['words within dates, sorted by time', 'the after:2023-03-01'],
    ['one day', 'on:2023-03-26'],
  ])('%s walks the time index', async (_name, q) => {
    const c = await timelineCase();
    const plans = await plansOf(() => c.engine.api.search({ q, sort: 'time', limit: 20 }));
    expectIndexed(plans, 'messages_by_time');
  });

  it('a common word paged in time order walks the time index in windows, asking the full-text index per window', async () => {
    const c = await timelineCase();
    const core = new Searcher(c.engine.caseFile.reader).core;
    const prepared = core.prepare('the');
    await core.applyRegexes(prepared, core.scan());
    const plans = await plansOf(async () => walkedRows(core, prepared, START, 9, 0.01));
    expectIndexed(plans, 'messages_by_time');
    expect(plans.map((p) => p.plan).join('\n')).toMatch(/SEARCH m USING (COVERING )?INDEX messages_by_time \(<expr>>\?/);
  });
});
