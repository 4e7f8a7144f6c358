// Every operator and filter of the search language returns exactly what a brute-force scan of every
// message returns (search-oracle.ts), through every way the engine can run a search: counted by the
// index or from the conditions, paged in time order by sorting or by walking the time index, paged
// by relevance, within one conversation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchCursor, SearchHit, SearchPage, SearchSort } from '../../shared/api';
import type { Engine } from '../../electron/backend/api';
import { START, conditionRows, indexRows, sortedRows, walkedConditionRows, walkedRows } from '../../electron/backend/search/pages';
import { marksFromHighlighted, mergeMarks, regexMarks } from '../../electron/backend/search/marks';
import { Searcher } from '../../electron/backend/search/searcher';
import { BruteForce, generatedCase, loadRows, similarWords, tokenize, type Row } from './search-oracle';

let dir: string;
let engine: Engine;
let rows: Row[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-search-'));
  engine = await generatedCase(dir);
  rows = loadRows(engine);
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function everyHit(q: string, opts: { sort?: SearchSort; conversationId?: number; limit?: number } = {}): Promise<{ first: SearchPage; hits: SearchHit[] }> {
  let after: SearchCursor | undefined;
  const hits: SearchHit[] = [];
  let first: SearchPage | undefined;
  for (let pages = 0; pages < 500; pages++) {
    const page = await engine.api.search({ q, limit: opts.limit ?? 37, ...(after ? { after } : {}), ...(opts.sort ? { sort: opts.sort } : {}), ...(opts.conversationId ? { conversationId: opts.conversationId } : {}) });
    first ??= page;
    hits.push(...page.hits);
    if (page.next === null) return { first, hits };
    after = page.next;
  }
  throw new Error(`${q}: paging did not end`);
}

const timeKey = (h: { sentAt: number | null; messageId: number }) => [h.sentAt ?? -Infinity, h.messageId] as const;

function inTimeOrder(hits: SearchHit[]): boolean {
  return hits.every((h, i) => {
    if (i === 0) return true;
    const [a, b] = [timeKey(hits[i - 1]!), timeKey(h)];
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  });
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

const QUERIES: [string, string[]][] = [
  ['words', ['permit', 'PERMIT', 'meeting', 'the', 'cafe', 'café', 'CAFE', 'naive', 'zurich', 'sao', 'resume', 'łodz', 'lodz', 'straße', 'strasse', 'æther', 'øre', '42', '2023', 'don', 't', 'mail', 'dana', 'tag', 'note', 'or', 'not', 'and', 'nothingatall']],
  ['words joined by punctuation', ['e-mail', "don't", '10:30', 'a/b', 'fee.', '@dana', '#tag', '(note)']],
  ['phrases', ['"permit fee"', '"fee fee"', '"e mail"', '"don t"', '"please call me"', '"the the"', '"café naïve"', '"10 30"']],
  ['AND, OR, NOT and parentheses', ['permit fee', 'permit AND fee', 'permit OR fee', 'permit NOT fee', 'NOT permit', 'NOT permit NOT fee', '(permit OR harbour) NOT draft', 'permit (fee OR report) NOT (draft OR final)', 'NOT (permit OR fee) NOT harbour', 'permit OR fee report', '(permit OR fee) (report OR draft)', 'NOT NOT permit', 'meeting AND (NOT the OR fee)']],
  ['proximity', ['permit w/1 fee', 'fee w/1 permit', 'permit w/2 fee', 'permit w/5 fee', 'permit w/1000 fee', '"permit fee" w/3 report', '(permit OR harbor) w/2 (fee OR report)', 'deli* w/2 order', 'fee w/1 fee', 'the w/1 the', '"fee fee" w/1 fee', 'e-mail w/2 call', '🔥 w/3 meeting', 'permit w/3 fee NOT draft', 'x w/3 permit OR meeting w/2 the']],
  ['prefixes', ['deli*', 'meet*', 'perm*', 'caf*', 'fe*', '🔥*', 'e-ma*', 'zz*']],
  ['fuzzy terms', ['~recieve', '~meetnig', '~harbr', '~budgte', '~fe', '~zzzzzzzz', '~recieve w/3 please', '~deliverie OR fee']],
  ['emoji', ['🔥', '👍', '❤️', '👍🏽', '🍕', 'great🔥', '🔥🔥', '"🔥 🔥"', 'NOT 🔥']],
  ['regexes', ['/\\d{2}:\\d{2}/', 'permit /fee[,.]/', 'permit NOT /e-mail/', '/^This message/', '/\\bMEETING\\b/', 'kind:media /omitted/', '/café|cafe/']],
  ['fields', ['from:dana', 'from:"Dana Whitfield"', 'from:"dana"', 'from:ana', 'from:"Ana Ruiz"', 'from:7700', 'from:"+44 7700 900123"', 'from:447700900123', 'from:nobody', 'in:harbor', 'in:"Harbor Permit Review"', 'in:#2', 'in:#999', 'source:"WhatsApp Chat with Ana Ruiz.txt"', 'source:tom', 'custodian:dana', 'custodian:"Marcus Oyelaran"', 'custodian:nobody', 'app:whatsapp', 'app:wickr', 'kind:deleted', 'kind:media', 'kind:system', 'kind:edited', 'kind:text', 'kind:call', 'has:attachment', 'has:gap', 'has:missing']],
  ['dates in the display zone', ['after:2023-03-12', 'before:2023-03-12', 'on:2023-03-12', 'on:2023-03-26', 'after:2023-03-10 before:2023-03-20', 'on:2023-03-05 OR on:2023-03-06', 'NOT on:2023-03-20', 'after:2030-01-01', 'before:2000-01-01', 'after:2023-03-20 before:2023-03-10']],
  ['fields with words', ['permit OR from:dana', '(permit OR kind:deleted) NOT custodian:dana', 'NOT from:dana', 'NOT has:attachment', 'fee from:tom after:2023-03-05', '🔥 OR kind:media', 'meeting in:harbor NOT from:priya', 'the on:2023-03-22', 'the after:2023-03-01 before:2023-04-01 from:ana', 'deli* OR (kind:edited NOT fee)', 'NOT (from:dana OR the)', 'permit w/3 fee custodian:dana', '~recieve before:2023-03-25', 'permit has:gap', 'NOT has:gap', 'has:gap from:dana', 'the NOT from:dana', 'fee OR permit NOT kind:deleted']],
];

describe('every operator returns exactly what a brute-force scan returns', () => {
  for (const [group, queries] of QUERIES) {
    it.each(queries)(`${group}: %s`, async (q) => {
      const { first, hits } = await everyHit(q);
      const brute = new BruteForce(rows, first.expansions);
      const expected = brute.ids(q);
      expect(first.total).toBe(expected.length);
      expect(hits).toHaveLength(expected.length);
      expect(sorted(hits.map((h) => h.messageId))).toEqual(expected);
      expect(inTimeOrder(hits)).toBe(true);

      const ranked = await everyHit(q, { sort: 'relevance', limit: 23 });
      expect(sorted(ranked.hits.map((h) => h.messageId))).toEqual(expected);

      const vocabulary = new Set(rows.flatMap((r) => r.tokens));
      for (const e of first.expansions.filter((x) => x.kind === 'fuzzy')) {
        expect([...e.used].sort()).toEqual(similarWords(tokenize(e.term.slice(1))[0]!, vocabulary).sort());
      }
    });
  }

  it.each(['permit', 'the', 'permit OR from:dana', 'on:2023-03-12', '🔥 w/3 meeting', 'NOT fee'])('within one conversation: %s', async (q) => {
    const conversations = [...new Set(rows.map((r) => r.conversationId))];
    for (const conversationId of conversations) {
      const { first, hits } = await everyHit(q, { conversationId });
      expect(sorted(hits.map((h) => h.messageId))).toEqual(new BruteForce(rows, first.expansions).ids(q, conversationId));
    }
  });
});

describe('every way of running a search gives the same answer', () => {
  const searcher = () => new Searcher(engine.caseFile.reader);
  const samples = QUERIES.flatMap(([, qs]) => qs).filter((q) => !q.includes('~'));

  it.each(samples)('counted by the index and from the conditions, and checked message by message: %s', async (q) => {
    const core = searcher().core;
    const p = core.prepare(q);
    const expected = new BruteForce(rows).ids(q);
    if (p.plan.empty) return expect(expected).toEqual([]);
    // Before the regexes have run over the whole selection, as a thread window asks.
    expect(sorted([...core.matching(p, rows.map((r) => r.id))])).toEqual(expected);
    await core.applyRegexes(p, core.scan());
    expect(core.countFromIndex(p)).toBe(expected.length);
    expect(core.countFromConditions(p)).toBe(expected.length);
    // Simple words' matches read whole from their postings and matched against what the conditions select.
    const whole = new Searcher(engine.caseFile.reader, { fewCandidates: 0 }).core;
    const q2 = whole.prepare(q);
    await whole.applyRegexes(q2, whole.scan());
    expect(whole.count(q2)).toBe(expected.length);
    expect(sorted(whole.matchIds(q2))).toEqual(expected);
  });

  it.each(samples)('paged by sorting, by walking the time index, or collected whole: %s', async (q) => {
    const core = searcher().core;
    const p = core.prepare(q);
    const expected = new BruteForce(rows).ids(q);
    if (p.plan.empty) return expect(expected).toEqual([]);
    await core.applyRegexes(p, core.scan());
    const bySort = sortedRows(core, p, START, 10_000);
    expect(sorted(bySort.map((r) => r.id))).toEqual(expected);
    expect(sorted(indexRows(core, p).map((r) => r.id))).toEqual(expected);
    expect(sorted(conditionRows(core, p).map((r) => r.id))).toEqual(expected);
    if (p.plan.fullText === null && !p.regexMatches) {
      // Conditions alone, walked in time order: page after page, or nothing when the walk is cut short.
      const byConditionWalk: number[] = [];
      for (let after = START; ; ) {
        const page = walkedConditionRows(core, p, after, 9, 100_000)!;
        byConditionWalk.push(...page.map((r) => r.id));
        if (page.length < 9) break;
        after = page[page.length - 1]!;
      }
      expect(byConditionWalk).toEqual(bySort.map((r) => r.id));
      const cut = walkedConditionRows(core, p, START, 9, 1);
      if (cut !== null) expect(cut.map((r) => r.id)).toEqual(bySort.slice(0, 9).map((r) => r.id));
    }
    // The walk checks each window in the index, or against the words' matches read whole.
    const whole = new Searcher(engine.caseFile.reader, { fewCandidates: 0 }).core;
    const q2 = whole.prepare(q);
    await whole.applyRegexes(q2, whole.scan());
    for (const [walker, prepared] of [[core, p], [whole, q2]] as const) {
      for (const density of [1, 0.01]) {
        const byWalk: number[] = [];
        let after = START;
        for (;;) {
          const page = walkedRows(walker, prepared, after, 9, density);
          byWalk.push(...page.map((r) => r.id));
          if (page.length < 9) break;
          after = page[page.length - 1]!;
        }
        expect(byWalk).toEqual(bySort.map((r) => r.id));
      }
    }
  });
});

describe('passages marked on a page of hits', () => {
  const samples = QUERIES.flatMap(([, qs]) => qs);

  it.each(samples)('are those the case index highlights in each message: %s', async (q) => {
    const core = new Searcher(engine.caseFile.reader).core;
    await core.readyFor(q);
    const p = core.prepare(q);
    if (p.plan.empty) return;
    await core.applyRegexes(p, core.scan());
    const page = core.matchIds(p).slice(0, 60).map((id) => rows.find((r) => r.id === id)!);
    const marks = core.marks(p, page);
    const { fullText, regexes } = p.plan.highlight;
    for (const { id, body } of page) {
      const indexed = fullText === null ? undefined : core.highlighted(fullText, id);
      expect(marks.get(id), `${id}`).toEqual(mergeMarks([...(indexed === undefined ? [] : marksFromHighlighted(indexed, body)), ...regexMarks(body, regexes)]));
    }
  });
});

describe('the brute force tokenizes as the index does', () => {
  it('gives every message the tokens FTS5 stored for it, in order', () => {
    const db = engine.caseFile.reader;
    db.prepare("CREATE VIRTUAL TABLE IF NOT EXISTS temp.oracle_instances USING fts5vocab(main, messages_fts, 'instance')").run();
    const stored = new Map<number, string[]>();
    for (const { doc, term } of db.prepare('SELECT doc, term FROM temp.oracle_instances ORDER BY doc, offset').all() as { doc: number; term: string }[]) {
      stored.set(doc, [...(stored.get(doc) ?? []), term]);
    }
    const differing = rows.filter((r) => JSON.stringify(stored.get(r.id) ?? []) !== JSON.stringify(r.tokens));
    expect(differing.map((r) => ({ body: r.body, index: stored.get(r.id), oracle: r.tokens }))).toEqual([]);
    expect(tokenize('Café ÆØ łódź 👍🏽 ❤️ e-mail')).toEqual(['cafe', 'æø', 'łodz', '👍🏽', '❤', 'e', 'mail']);
  });
});
