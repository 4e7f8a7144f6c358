// Property: any query built from the search language (docs/search-language.md) — words, phrases,
// prefixes, fuzzy terms, regexes, fields and dates, joined by AND / OR / NOT, parentheses and
// proximity, nested at random — finds exactly the messages the brute-force oracle finds by reading
// every message (test/engine/search-oracle.ts), and pages them in time order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchCursor, SearchHit, SearchPage } from '../../shared/api';
import type { Engine } from '../../electron/backend/api';
import { BruteForce, generatedCase, loadRows, type Row } from '../engine/search-oracle';

let dir: string;
let engine: Engine;
let rows: Row[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-search-property-'));
  engine = await generatedCase(dir);
  rows = loadRows(engine);
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

const word = fc.constantFrom('permit', 'fee', 'fees', 'harbour', 'harbor', 'report', 'meeting', 'the', 'café', 'CAFE', 'naïve', 'straße', '🔥', '👍', '42', 'e-mail', "don't", 'nothingatall');
const phrase = fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`);
const prefix = fc.constantFrom('deli*', 'meet*', 'perm*', 'fe*', 'caf*');
const fuzzy = fc.constantFrom('~recieve', '~meetnig', '~harbr');
const regex = fc.constantFrom('/fee[,.]/', '/\\d{2}:\\d{2}/', '/^This message/', '/café|cafe/');
const day = fc.integer({ min: 1, max: 31 }).map((d) => `2023-03-${String(d).padStart(2, '0')}`);
const field = fc.oneof(
  fc.constantFrom('from:dana', 'from:"Ana Ruiz"', 'from:7700', 'in:harbor', 'custodian:dana', 'custodian:"Marcus Oyelaran"', 'app:whatsapp', 'source:tom'),
  fc.constantFrom('kind:deleted', 'kind:media', 'kind:system', 'kind:edited', 'kind:text', 'has:attachment', 'has:gap'),
  fc.tuple(fc.constantFrom('after:', 'before:', 'on:'), day).map(([f, d]) => f + d),
);
const term = fc.oneof({ weight: 4, arbitrary: word }, phrase, prefix, fuzzy);

const { query } = fc.letrec<{ query: string; atom: string }>((tie) => ({
  atom: fc.oneof({ weight: 5, arbitrary: term }, { weight: 3, arbitrary: field }, tie('query').map((q) => `(${q})`)),
  query: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'query' },
    { weight: 3, arbitrary: tie('atom') },
    fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `${a} AND ${b}`),
    fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `${a} OR ${b}`),
    fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `${a} NOT ${b}`),
    tie('atom').map((a) => `NOT ${a}`),
    fc.tuple(term, fc.integer({ min: 1, max: 6 }), term).map(([a, n, b]) => `${a} w/${n} ${b}`),
  ),
}));

// A regex filters what the rest selects, so it joins the whole query with AND or NOT, never inside OR.
const search = fc.oneof(
  { weight: 4, arbitrary: query },
  regex,
  fc.tuple(query, regex).map(([q, r]) => `(${q}) ${r}`),
  fc.tuple(query, regex).map(([q, r]) => `(${q}) NOT ${r}`),
);

async function everyHit(q: string): Promise<{ first: SearchPage; hits: SearchHit[] }> {
  const hits: SearchHit[] = [];
  let after: SearchCursor | undefined;
  let first: SearchPage | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await engine.api.search({ q, limit: 500, sort: 'time', ...(after ? { after } : {}) });
    first ??= page;
    hits.push(...page.hits);
    if (page.next === null) return { first, hits };
    after = page.next;
  }
  throw new Error(`${q}: paging did not end`);
}

describe('the search language against the brute-force oracle', () => {
  it('every generated query finds exactly the messages the oracle finds, in time order', async () => {
    expect(rows.length).toBeGreaterThan(1000);
    await fc.assert(
      fc.asyncProperty(search, async (q) => {
        const { first, hits } = await everyHit(q);
        const expected = new BruteForce(rows, first.expansions).ids(q);
        expect(first.total, q).toBe(expected.length);
        expect(hits.map((h) => h.messageId).sort((a, b) => a - b), q).toEqual(expected);
        const keys = hits.map((h) => [h.sentAt ?? -Infinity, h.messageId] as const);
        expect(keys.every(([t, id], i) => i === 0 || keys[i - 1]![0] < t || (keys[i - 1]![0] === t && keys[i - 1]![1] < id)), q).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
