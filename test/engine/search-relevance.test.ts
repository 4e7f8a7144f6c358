// Relevance pages are exactly FTS5's `ORDER BY rank, rowid` (bm25, then id), page after page, whether
// the engine ranks a word itself (relevance.ts: every size of word here, as for a common word at a
// million messages) or FTS5 ranks it: the same ids in the same order, and cursors that carry FTS5's
// rank to the bit. Checked on the generated case: common and rare words, identical bodies (ties),
// several words, filters, a conversation, a regex, and paging through ties one hit at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchCursor } from '../../shared/api';
import { createEngine, type Engine } from '../../electron/backend/api';
import type { Db } from '../../electron/backend/case/open';
import { removeSource } from '../../electron/backend/case/writer';
import { SearchCore } from '../../electron/backend/search/core';
import { Relevance } from '../../electron/backend/search/relevance';
import { Searcher } from '../../electron/backend/search/searcher';
import { seededRandom } from '../../scripts/seeded-random';
import { androidChat, writeText } from '../support/temp';
import { useGeneratedCase } from './search-oracle';

const generated = useGeneratedCase('threadline-relevance-');

interface Ranked {
  id: number;
  rank: number;
}

/** FTS5's order of the query's matches, with their ranks: the index ranks every match and SQL sorts them. */
function fts5Order(q: string, conversationId?: number, reader: Db = generated.engine.caseFile.reader): Ranked[] {
  const core = new SearchCore(reader);
  const p = core.prepare(q, conversationId);
  if (p.plan.fullText === null) throw new Error(`${q} has no words to rank by`);
  const where = core.where(p);
  const sql = `SELECT m.id AS id, messages_fts.rank AS rank FROM ${core.from(p)} WHERE ${where.sql} ORDER BY messages_fts.rank, messages_fts.rowid`;
  const rows = reader.prepare(sql).all(...where.params) as Ranked[];
  const regexes = p.plan.regexes;
  if (regexes.length === 0) return rows;
  const bodies = new Map(generated.rows.map((r) => [r.id, r.body]));
  return rows.filter((r) => regexes.every((x) => new RegExp(x.source, 'i').test(bodies.get(r.id)!) !== x.negated));
}

/** Every page of the search sorted by relevance, each page's ids and its cursor. */
async function pages(searcher: Searcher, q: string, limit: number, conversationId?: number): Promise<{ total: number; ids: number[][]; cursors: (SearchCursor | null)[] }> {
  const ids: number[][] = [];
  const cursors: (SearchCursor | null)[] = [];
  let after: SearchCursor | undefined;
  let total = -1;
  for (let n = 0; n < 2000; n++) {
    const page = await searcher.search(q, { limit, sort: 'relevance', ...(after ? { after } : {}), ...(conversationId ? { conversationId } : {}) });
    expect(page.sort).toBe('relevance');
    total = page.total;
    ids.push(page.hits.map((h) => h.messageId));
    cursors.push(page.next);
    if (page.next === null) return { total, ids, cursors };
    after = page.next;
  }
  throw new Error(`${q}: paging did not end`);
}

/** The searcher's pages of `q` hold FTS5's order, page by page, and each cursor is FTS5's rank and id of the page's last hit. */
async function expectFts5Pages(searcher: Searcher, q: string, limit: number, conversationId?: number, reader?: Db): Promise<void> {
  const expected = fts5Order(q, conversationId, reader);
  const got = await pages(searcher, q, limit, conversationId);
  expect(got.total).toBe(expected.length);
  expect(got.ids.flat()).toEqual(expected.map((r) => r.id));
  got.cursors.forEach((cursor, i) => {
    if (cursor === null) return;
    const last = expected[(i + 1) * limit - 1]!;
    expect(cursor).toEqual({ rank: last.rank, id: last.id });
    expect(Object.is((cursor as { rank: number }).rank, last.rank)).toBe(true);
  });
}

/** A searcher that ranks every one-word query itself, however few its hits. */
const rankingHere = () => new Searcher(generated.engine.caseFile.reader, { rankedHereFrom: 0 });

const ONE_WORD = ['the', 'a', 'permit', 'fee', 'message', 'deleted', 'omitted', 'café', 'CAFE', 'straße', '🔥', '42', '"the"', '(note)', 'nothingatall'];
const FILTERED = ['the from:dana', 'the after:2023-03-10 before:2023-03-20', 'the in:harbor', 'message kind:deleted', 'the NOT from:tom', 'the custodian:dana on:2023-03-22', 'a /\\bthe the\\b/', 'permit has:attachment'];
const SEVERAL_WORDS = ['the a', 'the OR fee', 'the NOT a', 'fee OR fee', '(the OR a) fee', 'the NOT (a OR fee)', 'the a NOT fee NOT permit', '~recieve', 'the a from:dana'];
const LEFT_TO_FTS5 = ['(the a) OR fee', 'the OR fee OR permit NOT a', 'the NOT (a fee)', '"the the"', 'the w/2 permit', 'perm*', 'the a fee permit meeting'];

describe('relevance pages are FTS5 order (ORDER BY rank, rowid)', () => {
  it.each(ONE_WORD)('one word ranked by the engine, pages of 1, 7 and 50: %s', async (q) => {
    const searcher = rankingHere();
    for (const limit of [1, 7, 50]) await expectFts5Pages(searcher, q, limit);
  });

  it.each(FILTERED)('one word with filters, ranked by the engine: %s', async (q) => {
    const searcher = rankingHere();
    for (const limit of [3, 50]) await expectFts5Pages(searcher, q, limit);
  });

  it.each(FILTERED)('one word with filters that select many messages, after a short walk the ids they select read at once: %s', async (q) => {
    const searcher = new Searcher(generated.engine.caseFile.reader, { rankedHereFrom: 0, quickRankedWalk: 0, fewCandidates: 0 });
    for (const limit of [3, 50]) await expectFts5Pages(searcher, q, limit);
  });

  it.each(SEVERAL_WORDS)('several words, ranked by the engine: %s', async (q) => {
    await expectFts5Pages(rankingHere(), q, 7);
  });

  it.each(LEFT_TO_FTS5)('phrases, prefixes, proximity, OR of ANDs, NOT of ANDs, many words, ranked by FTS5: %s', async (q) => {
    await expectFts5Pages(rankingHere(), q, 7);
  });

  it('within one conversation, ranked by the engine', async () => {
    const [conversation] = await generated.engine.api.listConversations({});
    await expectFts5Pages(rankingHere(), 'the', 5, conversation!.id);
    await expectFts5Pages(rankingHere(), 'the from:dana', 5, conversation!.id);
  });

  it('pages of one hit walk through ties: hits of the same rank ordered by id, none lost or repeated', async () => {
    const expected = fts5Order('message');
    const ties = expected.filter((r, i) => i > 0 && r.rank === expected[i - 1]!.rank).length;
    expect(ties).toBeGreaterThan(20);
    await expectFts5Pages(rankingHere(), 'message', 1);
  });

  it('the engine ranks words from the threshold on, or once the lengths are read, and leaves the rest to FTS5', async () => {
    const core = new SearchCore(generated.engine.caseFile.reader, { rankedHereFrom: 1_000_000 });
    expect(await new Relevance(core).page(core.prepare('the'), null, 10)).toBeNull();
    const eager = new Relevance(new SearchCore(generated.engine.caseFile.reader, { rankedHereFrom: 0 }));
    for (const q of [...ONE_WORD, ...FILTERED, ...SEVERAL_WORDS]) expect(await eager.page(core.prepare(q), null, 10), q).not.toBeNull();
    for (const q of LEFT_TO_FTS5) expect(await eager.page(core.prepare(q), null, 10), q).toBeNull();
  });

  it('once the lengths are read, one word or words joined by OR are ranked here whatever their matches; AND and NOT still need many', async () => {
    const reader = generated.engine.caseFile.reader;
    const common = new SearchCore(reader).fullTextMatches(new SearchCore(reader).prepare('permit'));
    const core = new SearchCore(reader, { rankedHereFrom: common });
    const relevance = new Relevance(core);
    expect(core.fullTextMatches(core.prepare('æther OR æther'))).toBeLessThan(common);
    expect(await relevance.page(core.prepare('æther'), null, 10)).toBeNull();
    expect(await relevance.page(core.prepare('permit'), null, 10)).not.toBeNull();
    expect(await relevance.page(core.prepare('æther'), null, 10)).not.toBeNull();
    expect(await relevance.page(core.prepare('æther OR æther'), null, 10)).not.toBeNull();
    expect(await relevance.page(core.prepare('permit æther'), null, 10)).toBeNull();
    expect(await relevance.page(core.prepare('æther NOT permit'), null, 10)).toBeNull();
  });

  // Last: it changes the case.
  it('follows the case: after a source is removed (leaving a gap in the ids), ranks and pages are FTS5 order again', async () => {
    const searcher = rankingHere();
    await expectFts5Pages(searcher, 'the', 50);
    const middle = generated.engine.caseFile.reader.prepare('SELECT id FROM sources ORDER BY id LIMIT 1 OFFSET 1').pluck().get() as number;
    removeSource(generated.engine.caseFile.writer, middle);
    const ids = generated.engine.caseFile.reader.prepare('SELECT id FROM messages_fts_docsize ORDER BY id').pluck().all() as number[];
    expect(ids.length).toBeLessThan(ids[ids.length - 1]! - ids[0]! + 1);
    await expectFts5Pages(searcher, 'the', 50);
    await expectFts5Pages(searcher, 'permit', 7);
  });
});

// A case large enough that filters do not select "few" messages, so a filtered search walks the
// ranked hits checking the filters a batch at a time, and counts its hits against the ids the filters select.
describe('relevance pages with filters that select many messages', () => {
  let dir: string;
  let engine: Engine;
  let conversations: number[];
  const reader = () => engine.caseFile.reader;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'threadline-relevance-large-'));
    engine = createEngine(join(dir, 'case.threadline'), { create: true, defaultTimeZone: 'UTC' });
    const random = seededRandom(18);
    const words = 'the the the a of permit fee report meeting'.split(' ');
    const body = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => words[Math.floor(random() * words.length)]!).join(' ');
    for (const [name, n] of [['WhatsApp Chat with Ana Ruiz.txt', 7000], ['WhatsApp Chat with Ben Okafor.txt', 5000]] as const) {
      await engine.runImport({ paths: [writeText(dir, name, androidChat(n, { words: body }))], timeZone: 'UTC' }).done;
    }
    conversations = (await engine.api.listConversations({})).map((c) => c.id);
  });

  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['the from:ana', 'the after:2023-03-02 before:2023-03-05', 'permit from:ben after:2023-03-02', 'the NOT from:ana'])('%s', async (q) => {
    const core = new SearchCore(reader());
    expect(core.conditionsDrive(core.prepare(q))).toBe(false);
    const searcher = new Searcher(reader(), { rankedHereFrom: 0 });
    for (const limit of [23, 50]) await expectFts5Pages(searcher, q, limit, undefined, reader());
  });

  it('within a conversation, and with a filter within it', async () => {
    const searcher = new Searcher(reader(), { rankedHereFrom: 0 });
    for (const id of conversations) {
      await expectFts5Pages(searcher, 'the', 50, id, reader());
      await expectFts5Pages(searcher, 'meeting from:ana', 50, id, reader());
    }
  });
});

describe("a search within a one-conversation case's only conversation", () => {
  it('finds and pages what the whole case does, in either order, with the same totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-relevance-one-'));
    const engine = createEngine(join(dir, 'case.threadline'), { create: true, defaultTimeZone: 'UTC' });
    try {
      const random = seededRandom(3);
      const words = 'the a permit fee'.split(' ');
      const body = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]!).join(' ');
      await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(400, { words: body }))], timeZone: 'UTC' }).done;
      const [only] = await engine.api.listConversations({});
      const searcher = new Searcher(engine.caseFile.reader);
      for (const q of ['the', 'permit from:ana', 'fee before:2023-03-02']) {
        for (const sort of ['time', 'relevance'] as const) {
          const whole = await searcher.search(q, { limit: 500, sort });
          const within = await searcher.search(q, { limit: 500, sort, conversationId: only!.id });
          expect(whole.total).toBeGreaterThan(0);
          expect(within.total).toBe(whole.total);
          expect(within.hits.map((h) => h.messageId)).toEqual(whole.hits.map((h) => h.messageId));
        }
        await expectFts5Pages(searcher, q, 9, only!.id, engine.caseFile.reader);
      }
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
