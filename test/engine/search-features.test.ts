// What is built on the search: facets, hits in a thread and the steps between them, the search-term
// report, saved searches, query checks, snippets, and the limits on regexes. Checked against the
// brute force of search-oracle.ts on the same generated case.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../shared/api';
import { Searcher } from '../../electron/backend/search/searcher';
import { openEngine } from '../support/engines';
import { androidChat, writeText } from '../support/temp';
import { BruteForce, DISPLAY_ZONE, tokenize, useGeneratedCase } from './search-oracle';

const generated = useGeneratedCase('threadline-search-');

function tally<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const byId = () => new Map(generated.rows.map((r) => [r.id, r]));

describe('facets', () => {
  it.each(['permit', 'the', 'NOT fee', 'kind:deleted', 'meeting OR from:ana', 'on:2023-03-12', '/\\d{2}:\\d{2}/'])('count the hits per conversation, author, custodian and display-zone day: %s', async (q) => {
    const facets = await generated.engine.api.searchFacets({ q });
    const hits = generated.brute.ids(q).map((id) => byId().get(id)!);
    expect(facets.total).toBe(hits.length);
    expect(facets.timeZone).toBe(DISPLAY_ZONE);
    const asMap = (buckets: { key: string; count: number }[]) => new Map(buckets.map((b) => [b.key, b.count]));
    expect(asMap(facets.conversations)).toEqual(tally(hits, (r) => String(r.conversationId)));
    expect(asMap(facets.authors)).toEqual(tally(hits, (r) => r.author ?? ''));
    expect(asMap(facets.custodians)).toEqual(tally(hits, (r) => r.custodian ?? ''));
    expect(asMap(facets.days)).toEqual(tally(hits, (r) => r.localDate ?? ''));
    expect(facets.days.map((d) => d.key)).toEqual([...facets.days.map((d) => d.key)].sort());
  });

  it('offers each bucket as the query clause that narrows to it, and the clause does', async () => {
    const facets = await generated.engine.api.searchFacets({ q: 'permit' });
    const buckets = [...facets.conversations, ...facets.authors, ...facets.custodians, ...facets.days].filter((b) => b.filter !== null);
    expect(buckets.length).toBeGreaterThan(10);
    for (const bucket of buckets) {
      expect((await generated.engine.api.search({ q: `permit ${bucket.filter}`, limit: 1 })).total, bucket.filter!).toBe(bucket.count);
    }
    expect(facets.authors.find((a) => a.key === '')?.filter ?? null).toBeNull();
  });
});

describe('hits in a thread', () => {
  const conversationOf = (seqSpan: number) => generated.rows.find((r) => r.seq >= seqSpan)!.conversationId;

  it.each(['permit', 'permit w/2 fee', '🔥', '/\\d{2}:\\d{2}/ meeting', 'from:dana', 'NOT the'])('are the brute-force hits of the range, with their passages: %s', async (q) => {
    const conversationId = conversationOf(300);
    const expected = new Set(generated.brute.ids(q, conversationId));
    for (const [fromSeq, toSeq] of [[0, 200], [150, 650], [390, 420]] as const) {
      const { hits } = await generated.engine.api.threadHits({ q, conversationId, fromSeq, toSeq });
      const want = generated.rows.filter((r) => r.conversationId === conversationId && r.seq >= fromSeq && r.seq < toSeq && expected.has(r.id));
      expect(hits.map((h) => h.seq)).toEqual(want.map((r) => r.seq));
      for (const hit of hits) {
        const body = byId().get(hit.messageId)!.body;
        for (const [start, end] of hit.marks) expect(end).toBeGreaterThan(start);
        if (q === 'permit') expect(hit.marks.map(([s, e]) => tokenize(body.slice(s, e)))).toEqual(hit.marks.map(() => ['permit']));
      }
    }
  });

  it('marks every occurrence of a word, each phrase and each proximity pair, and the regex matches', async () => {
    const text = (q: string) => generated.engine.api.search({ q, limit: 500 });
    for (const hit of (await text('fee')).hits) {
      const body = byId().get(hit.messageId)!.body;
      const { hits } = await generated.engine.api.threadHits({ q: 'fee', conversationId: hit.conversationId, fromSeq: hit.seq, toSeq: hit.seq + 1 });
      expect(hits[0]!.marks).toHaveLength(tokenize(body).filter((t) => t === 'fee').length);
    }
    const regex = (await text('/\\d{2}:\\d{2}/')).hits[0]!;
    const { hits } = await generated.engine.api.threadHits({ q: '/\\d{2}:\\d{2}/', conversationId: regex.conversationId, fromSeq: regex.seq, toSeq: regex.seq + 1 });
    const body = byId().get(regex.messageId)!.body;
    expect(hits[0]!.marks.map(([s, e]) => body.slice(s, e))).toEqual([...body.matchAll(/\d{2}:\d{2}/gu)].map((m) => m[0]));
  });

  it('refuses a range larger than it answers at once', async () => {
    await expect(generated.engine.api.threadHits({ q: 'permit', conversationId: 1, fromSeq: 0, toSeq: 501 })).rejects.toThrow(/at most 500 messages/);
    await expect(generated.engine.api.threadHits({ q: 'permit', conversationId: 999, fromSeq: 0, toSeq: 5 })).rejects.toThrow(/no conversation 999/);
  });

  it.each(['permit', 'permit w/1 fee', '"fee fee"', 'kind:edited', 'on:2023-03-12', '~recieve'])('steps to the nearest hit before and after any message: %s', async (q) => {
    const conversationId = conversationOf(300);
    const first = await generated.engine.api.search({ q, conversationId, limit: 1 });
    const hitSeqs = new BruteForce(generated.rows, first.expansions)
      .ids(q, conversationId)
      .map((id) => byId().get(id)!.seq)
      .sort((a, b) => a - b);
    const size = generated.rows.filter((r) => r.conversationId === conversationId).length;
    for (let seq = 0; seq < size; seq += 7) {
      const next = await generated.engine.api.adjacentThreadHit({ q, conversationId, seq, direction: 'next' });
      const previous = await generated.engine.api.adjacentThreadHit({ q, conversationId, seq, direction: 'previous' });
      expect(next.seq).toBe(hitSeqs.find((s) => s > seq) ?? null);
      expect(previous.seq).toBe([...hitSeqs].reverse().find((s) => s < seq) ?? null);
    }
  });

  it('finds a hit beyond the windows it looks through first', async () => {
    const far = openEngine(join(generated.dir, 'far.threadline'));
    try {
      const words = (i: number) => (i === 5500 || i === 20 ? `needle ${i}` : `note ${i}`);
      await far.runImport({ paths: [writeText(generated.dir, 'far.txt', androidChat(6000, { words }))] }).done;
      const [conversation] = await far.api.listConversations({});
      const step = (seq: number, direction: 'next' | 'previous') => far.api.adjacentThreadHit({ q: 'needle', conversationId: conversation!.id, seq, direction });
      // The encryption notice is seq 0, so message i is seq i + 1.
      expect(await step(100, 'next')).toEqual({ seq: 5501 });
      expect(await step(5900, 'previous')).toEqual({ seq: 5501 });
      expect(await step(5000, 'previous')).toEqual({ seq: 21 });
      expect(await step(5501, 'next')).toEqual({ seq: null });
    } finally {
      await far.close();
    }
  });
});

describe('the search-term report', () => {
  it('counts hits, messages, conversations, conversation-days and messages per custodian', async () => {
    const terms = ['permit', 'fee', '🔥', 'from:dana', '/\\d{2}:\\d{2}/', 'zzz'];
    const report = await generated.engine.api.searchTermReport({ terms });
    expect(report.timeZone).toBe(DISPLAY_ZONE);
    expect(report.custodians).toEqual(['Dana Whitfield', 'Marcus Oyelaran', null]);
    for (const [i, term] of terms.entries()) {
      const hits = generated.brute.ids(term).map((id) => byId().get(id)!);
      const row = report.rows[i]!;
      expect(row).toMatchObject({
        term,
        error: null,
        messages: hits.length,
        conversations: new Set(hits.map((h) => h.conversationId)).size,
        conversationDays: new Set(hits.map((h) => `${h.conversationId}|${h.localDate}`)).size,
        perCustodian: report.custodians.map((c) => hits.filter((h) => h.custodian === c).length),
      });
    }
    const occurrences = (word: string) => generated.rows.reduce((n, r) => n + r.tokens.filter((t) => t === word).length, 0);
    expect(report.rows[0]!.hits).toBe(occurrences('permit'));
    expect(report.rows[1]!.hits).toBe(occurrences('fee'));
    expect(report.rows[3]!.hits).toBe(0);
    expect(report.rows[4]!.hits).toBe(generated.rows.reduce((n, r) => n + [...r.body.matchAll(/\d{2}:\d{2}/gu)].length, 0));
  });

  it('puts a search that does not parse on its own row, and exports CSV with a BOM and CRLF', async () => {
    const report = await generated.engine.api.searchTermReport({ terms: ['permit', 'a w/3', '=cmd', 'tag:x'] });
    expect(report.rows.map((r) => r.error)).toEqual([null, 'w/3 at position 3 needs a term after it.', null, 'tag:x at position 1 names no tag of this case; the tags are Responsive, Not responsive, Partly responsive, Privileged, Hot, Needs second look.']);
    const lines = report.csv.split('\r\n');
    expect(lines[0]).toBe(`\uFEFFSearch,Hits,Messages,Conversations,Conversation-days (${DISPLAY_ZONE}),Messages: Dana Whitfield,Messages: Marcus Oyelaran,Messages: no custodian,Error`);
    expect(lines[2]).toBe('a w/3,0,0,0,0,0,0,0,w/3 at position 3 needs a term after it.');
    // A cell that looks like a formula is kept as text.
    expect(lines[3]!.startsWith("'=cmd,")).toBe(true);
    expect(lines.at(-1)).toBe('');
  });
});

describe('saved searches', () => {
  it('are stored in the case with who saved them, refuse duplicates and bad queries, and are audited', async () => {
    const saved = await generated.engine.api.saveSearch({ name: ' Permit fees ', query: 'permit w/2 fee' });
    expect(saved).toMatchObject({ name: 'Permit fees', query: 'permit w/2 fee' });
    expect(saved.actor).not.toBe('');
    await expect(generated.engine.api.saveSearch({ name: 'Permit fees', query: 'fee' })).rejects.toThrow(/already named “Permit fees”/);
    await expect(generated.engine.api.saveSearch({ name: 'Broken', query: '"permit' })).rejects.toThrow(/never closed/);
    await expect(generated.engine.api.saveSearch({ name: '  ', query: 'fee' })).rejects.toThrow(/needs a name/);
    expect(await generated.engine.api.listSavedSearches({})).toEqual([saved]);
    expect(await generated.engine.api.deleteSavedSearch({ id: saved.id })).toEqual({ deleted: true });
    expect(await generated.engine.api.deleteSavedSearch({ id: saved.id })).toEqual({ deleted: false });
    expect(await generated.engine.api.listSavedSearches({})).toEqual([]);
    const audit = generated.engine.caseFile.reader.prepare("SELECT action, detail FROM audit WHERE action LIKE 'search.%' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'search.saved', detail: JSON.stringify({ id: saved.id, name: 'Permit fees', query: 'permit w/2 fee' }) },
      { action: 'search.deleted', detail: JSON.stringify({ id: saved.id, name: 'Permit fees', query: 'permit w/2 fee' }) },
    ]);
  });
});

describe('queries that cannot run', () => {
  it('answers a check with the sentence and the span, never an exception', async () => {
    expect(await generated.engine.api.checkQuery({ q: 'permit w/2 fee' })).toEqual({ ok: true });
    expect(await generated.engine.api.checkQuery({ q: 'permit (fee' })).toEqual({ ok: false, message: 'The ( at position 8 is never closed; add a ).', start: 7, end: 8 });
    expect(await generated.engine.api.checkQuery({ q: 'a ~e-mail' })).toEqual({ ok: false, message: '~e-mail at position 3 is 2 words to the index; ~ works on one word.', start: 2, end: 9 });
  });

  it('turns a syntax error into one invalid_argument sentence', async () => {
    await expect(generated.engine.api.search({ q: 'permit tag:responsiv' })).rejects.toMatchObject({ code: 'invalid_argument', message: 'tag:responsiv at position 8 names no tag of this case; the tags are Responsive, Not responsive, Partly responsive, Privileged, Hot, Needs second look.' });
    await expect(generated.engine.api.search({ q: '!!!' })).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/no words/) });
  });

  it('refuses a regex over more messages than it may read, and one that runs too long', async () => {
    const limited = new Searcher(generated.engine.caseFile.reader, { regexCandidates: 100, regexMilliseconds: 10_000 });
    await expect(limited.search('/fee/')).rejects.toThrow(/at most 100; this search selects 1,203, so add words or filters/);
    expect((await limited.search('/fee/ on:2023-03-12')).total).toBe(generated.brute.ids('/fee/ on:2023-03-12').length);
    const hurried = new Searcher(generated.engine.caseFile.reader, { regexCandidates: 200_000, regexMilliseconds: 0 });
    await expect(hurried.search('/fee/')).rejects.toThrow(/The \/regex\/ took longer than 0 s/);
  });

  it('refuses a proximity that expands to too many pairs', async () => {
    const side = (prefix: string) => `(${Array.from({ length: 60 }, (_, i) => `${prefix}${i}`).join(' OR ')})`;
    await expect(generated.engine.api.search({ q: `${side('x')} w/2 ${side('y')}` })).rejects.toThrow(/expands to 3600 pairs of words \(at most 2500\)/);
  });
});

describe('snippets and pages', () => {
  it('mark the passages in an excerpt of the body', async () => {
    const page = await generated.engine.api.search({ q: 'permit w/1 fee', limit: 5 });
    for (const hit of page.hits) {
      const marked = [...hit.snippet.matchAll(new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, 'gu'))].map((m) => tokenize(m[1]!));
      expect(marked.flat().sort()).toContain('permit');
      expect(marked.flat()).toContain('fee');
    }
  });

  it('refuse a cursor from the other sort', async () => {
    const ranked = await generated.engine.api.search({ q: 'permit', sort: 'relevance', limit: 2 });
    await expect(generated.engine.api.search({ q: 'permit', after: ranked.next! })).rejects.toThrow(/belongs to a search sorted by relevance/);
    const timed = await generated.engine.api.search({ q: 'permit', limit: 2 });
    await expect(generated.engine.api.search({ q: 'permit', sort: 'relevance', after: timed.next! })).rejects.toThrow(/belongs to a search sorted by time/);
  });

  it('fall back to time order when relevance has no words to rank by, and say so', async () => {
    expect((await generated.engine.api.search({ q: 'from:dana', sort: 'relevance' })).sort).toBe('time');
    expect((await generated.engine.api.search({ q: 'permit', sort: 'relevance' })).sort).toBe('relevance');
  });

  it('report what fuzzy and emoji terms were searched as', async () => {
    const page = await generated.engine.api.search({ q: '~recieve 🔥' });
    expect(page.expansions).toEqual([
      { term: '~recieve', start: 0, end: 8, kind: 'fuzzy', used: expect.arrayContaining(['recieve', 'receive', 'received']), omitted: 0 },
      { term: '🔥', start: 9, end: 11, kind: 'symbol', used: expect.arrayContaining(['🔥', '🔥🔥', 'great🔥']), omitted: 0 },
    ]);
    const vocabulary = new Set(generated.rows.flatMap((r) => r.tokens));
    for (const term of page.expansions.flatMap((e) => e.used)) expect(vocabulary.has(term)).toBe(true);
  });
});
