// Facets and the search-term report tallied from the message facts (each message's conversation,
// author and display-zone day, read once per state of the case) against the brute force of
// search-oracle.ts, and against the same answers grouped by SQL after the state changes: a new
// display zone, a source's zone re-read.
import { describe, expect, it } from 'vitest';
import type { SearchFacets, TermReport } from '../../shared/api';
import { Searcher } from '../../electron/backend/search/searcher';
import { DISPLAY_ZONE, useGeneratedCase, type Row } from './search-oracle';

const generated = useGeneratedCase('threadline-facts-');

/** Tallies from the facts whatever the number of hits, and by SQL whatever the number. */
const fromFacts = () => new Searcher(generated.engine.caseFile.reader, { factsFrom: 0 });
const bySql = () => new Searcher(generated.engine.caseFile.reader, { factsFrom: Infinity });

const QUERIES = ['permit', 'the', 'NOT fee', 'kind:deleted', 'meeting OR from:ana', 'on:2023-03-12', '/\\d{2}:\\d{2}/', 'permit from:dana', '"fee fee"', 'zzz'];

function counts(buckets: { key: string; count: number }[]): Map<string, number> {
  return new Map(buckets.map((b) => [b.key, b.count]));
}

function tally(hits: Row[], key: (r: Row) => string): Map<string, number> {
  const result = new Map<string, number>();
  for (const h of hits) result.set(key(h), (result.get(key(h)) ?? 0) + 1);
  return result;
}

const withoutTime = <T extends { tookMs: number }>(x: T) => ({ ...x, tookMs: 0 });

describe('facets from the message facts', () => {
  it.each(QUERIES)('are the brute-force counts per conversation, author, custodian and day: %s', async (q) => {
    const facets = await fromFacts().facets(q);
    const byId = new Map(generated.rows.map((r) => [r.id, r]));
    const hits = generated.brute.ids(q).map((id) => byId.get(id)!);
    expect(facets.total).toBe(hits.length);
    expect(counts(facets.conversations)).toEqual(tally(hits, (r) => String(r.conversationId)));
    expect(counts(facets.authors)).toEqual(tally(hits, (r) => r.author ?? ''));
    expect(counts(facets.custodians)).toEqual(tally(hits, (r) => r.custodian ?? ''));
    expect(counts(facets.days)).toEqual(tally(hits, (r) => r.localDate ?? ''));
    expect(withoutTime(facets)).toEqual(withoutTime(await bySql().facets(q)));
  });
});

describe('the search-term report from the message facts', () => {
  it('counts what the brute force counts, occurrences of a word from the index included', async () => {
    const terms = ['permit', 'the', 'fee', 'from:dana', 'permit from:dana', '"fee fee"', 'zzz', 'fe*', 'th*'];
    const report = await fromFacts().termReport(terms);
    expect(report.timeZone).toBe(DISPLAY_ZONE);
    const byId = new Map(generated.rows.map((r) => [r.id, r]));
    for (const [i, term] of terms.entries()) {
      const hits = generated.brute.ids(term).map((id) => byId.get(id)!);
      expect(report.rows[i]).toMatchObject({
        messages: hits.length,
        conversations: new Set(hits.map((h) => h.conversationId)).size,
        conversationDays: new Set(hits.map((h) => `${h.conversationId}|${h.localDate}`)).size,
        perCustodian: report.custodians.map((c) => hits.filter((h) => h.custodian === c).length),
      });
    }
    const occurrences = (word: string, of: Row[]) => of.reduce((n, r) => n + r.tokens.filter((t) => t === word).length, 0);
    expect(report.rows[0]!.hits).toBe(occurrences('permit', generated.rows));
    expect(report.rows[1]!.hits).toBe(occurrences('the', generated.rows));
    const dana = new Set(generated.brute.ids('from:dana'));
    expect(report.rows[4]!.hits).toBe(occurrences('permit', generated.rows.filter((r) => dana.has(r.id))));
    // A prefix's passages: every occurrence of every word it begins.
    const beginning = (prefix: string) => generated.rows.reduce((n, r) => n + r.tokens.filter((t) => t.startsWith(prefix)).length, 0);
    expect(report.rows[7]!.hits).toBe(beginning('fe'));
    expect(report.rows[8]!.hits).toBe(beginning('th'));
    expect(withoutTime(report)).toEqual(withoutTime(await bySql().termReport(terms)));
  });
});

describe('a new state of the case', () => {
  it('is read again: a display-zone change and a source re-read in another zone move hits between days', async () => {
    const searcher = fromFacts();
    const compare = async () => {
      const facets: [SearchFacets, SearchFacets] = [await searcher.facets('the'), await bySql().facets('the')];
      const reports: [TermReport, TermReport] = [await searcher.termReport(['the', 'permit']), await bySql().termReport(['the', 'permit'])];
      expect(withoutTime(facets[0])).toEqual(withoutTime(facets[1]));
      expect(withoutTime(reports[0])).toEqual(withoutTime(reports[1]));
      return facets[0].days;
    };
    const before = await compare();
    await generated.engine.api.setDisplayTimeZone({ timeZone: 'Asia/Tokyo' });
    const tokyo = await compare();
    expect(tokyo).not.toEqual(before);
    const [source] = await generated.engine.api.listSources({});
    await generated.engine.api.setSourceReading({ sourceId: source!.id, timeZone: 'Pacific/Kiritimati' });
    await generated.engine.idle();
    expect(await compare()).not.toEqual(tokyo);
  });
});
