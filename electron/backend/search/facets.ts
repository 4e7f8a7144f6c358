// How a search's hits spread over conversations, authors, custodians and days. One pass over the
// hits (asked for once per search, not per page): grouped by SQL when they are few, tallied from the
// message facts (message-facts.ts) when they are many; days are calendar days in the display zone.
// Tags are counted one applied tag at a time, by the same rules as tag: (docs/search-language.md).
import { FACET_LIMIT, type FacetBucket, type SearchFacets } from '../../../shared/api';
import { carriesSql, untaggedSql } from '../review/scopes';
import type { Prepared, SearchCore } from './core';
import type { Scan } from './scan';
import { NONE } from './message-facts';
import { isoOfDayNumber } from './zone-days';

export async function searchFacets(core: SearchCore, query: string, conversationId?: number, signal?: AbortSignal): Promise<SearchFacets> {
  const started = performance.now();
  const scan = core.scan(signal);
  const p = await core.prepareCooperatively(query, conversationId, scan);
  const { snapshot } = p;
  const spread = p.plan.empty ? emptySpread() : await hitSpread(core, p, scan);
  const names = new Map(snapshot.participants.map((a) => [a.id, a.name]));
  const conversations = new Tally();
  const authors = new Tally();
  const custodians = new Tally();
  const days = new Tally();
  let total = 0;
  for (const [conversationId, n] of spread.conversations) {
    total += n;
    const conversation = snapshot.conversations.get(conversationId)!;
    conversations.add(String(conversationId), conversation.title, n, `in:#${conversationId}`);
    const custodian = conversation.custodian;
    custodians.add(custodian ?? '', custodian ?? 'No custodian given', n, custodian === null ? null : quotedFilter('custodian', custodian));
  }
  for (const [authorId, n] of spread.authors) {
    const author = authorId === null ? null : (names.get(authorId) ?? null);
    authors.add(author ?? '', author ?? 'System lines (no author)', n, author === null ? null : quotedFilter('from', author));
  }
  for (const [day, n] of spread.days) {
    const iso = day === null ? null : isoOfDayNumber(day);
    days.add(iso ?? '', iso ?? 'No time', n, iso === null ? null : `on:${iso}`);
  }
  const [topConversations, moreConversations] = conversations.largest();
  const [topAuthors, moreAuthors] = authors.largest();
  const [topCustodians, moreCustodians] = custodians.largest();
  return {
    total,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    timeZone: snapshot.timeZone,
    conversations: topConversations,
    authors: topAuthors,
    custodians: topCustodians,
    days: days.byKey(),
    tags: p.plan.empty ? [] : await tagBuckets(core, p, scan, total),
    more: { conversations: moreConversations, authors: moreAuthors, custodians: moreCustodians },
  };
}

/** Hits per conversation, per author (null: none) and per day (null: no time). */
interface Spread {
  conversations: Map<number, number>;
  authors: Map<number | null, number>;
  days: Map<number | null, number>;
}

function emptySpread(): Spread {
  return { conversations: new Map(), authors: new Map(), days: new Map() };
}

function tally<K>(counts: Map<K, number>, key: K, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** How the hits spread: tallied from the message facts when the hits are many, else grouped by SQL. */
async function hitSpread(core: SearchCore, p: Prepared, scan: Scan): Promise<Spread> {
  await core.applyRegexes(p, scan);
  const spread = emptySpread();
  const facts = await core.factsFor(p);
  if (facts === null) {
    const where = core.where(p);
    const sql = `SELECT m.conversation_id, m.author_id, ${core.dayExpression(p.snapshot)} AS day, count(*)
                 FROM ${core.from(p)} WHERE ${where.sql} GROUP BY 1, 2, 3`;
    for (const [conversationId, authorId, day, n] of core.statement(sql).raw().all(...where.params) as [number, number | null, number | null, number][]) {
      tally(spread.conversations, conversationId, n);
      tally(spread.authors, authorId, n);
      tally(spread.days, day, n);
    }
    return spread;
  }
  // Counts in arrays indexed by id and day: a hit costs three increments.
  const conversations = new Int32Array(facts.lastConversation + 1);
  const authors = new Int32Array(facts.lastAuthor + 1);
  const days = new Int32Array(facts.lastDay - facts.firstDay + 1);
  let [noAuthor, noDay] = [0, 0];
  for (const id of core.matchIds(p)) {
    const [author, day] = [facts.author[id]!, facts.day[id]!];
    conversations[facts.conversation[id]!]!++;
    if (author === NONE) noAuthor++;
    else authors[author]!++;
    if (day === NONE) noDay++;
    else days[day - facts.firstDay]!++;
  }
  conversations.forEach((n, id) => n > 0 && spread.conversations.set(id, n));
  authors.forEach((n, id) => n > 0 && spread.authors.set(id, n));
  if (noAuthor > 0) spread.authors.set(null, noAuthor);
  days.forEach((n, i) => n > 0 && spread.days.set(facts.firstDay + i, n));
  if (noDay > 0) spread.days.set(null, noDay);
  return spread;
}

/** Hits carrying each applied tag (its own or inherited, as tag: counts them), and hits with none. */
async function tagBuckets(core: SearchCore, p: Prepared, scan: Scan, hits: number): Promise<FacetBucket[]> {
  const tags = core.review.tags();
  const applied = new Set(core.review.appliedTagIds());
  const scopes = core.review.appliedScopes();
  const where = core.where(p);
  const count = (condition: string) => core.statement(`SELECT count(*) FROM ${core.from(p)} WHERE ${where.sql} AND ${condition}`).pluck().get(...where.params) as number;
  const buckets: FacetBucket[] = [];
  for (const tag of tags.filter((t) => applied.has(t.id))) {
    const n = count(carriesSql(tag, tags, scopes));
    if (n > 0) buckets.push({ key: String(tag.id), label: tag.name, count: n, filter: quotedFilter('tag', tag.name) });
    await scan.turn();
  }
  buckets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  // Without a tag applied anywhere every hit is untagged: no second pass over the hits.
  const untagged = applied.size === 0 ? hits : count(untaggedSql(tags, scopes));
  if (untagged > 0) buckets.push({ key: '', label: 'No tag', count: untagged, filter: 'tag:none' });
  return buckets;
}

/** A quoted value cannot hold a quote, so a name with one gets no filter. */
function quotedFilter(field: string, value: string): string | null {
  return value.includes('"') ? null : `${field}:"${value}"`;
}

class Tally {
  private readonly buckets = new Map<string, FacetBucket>();

  add(key: string, label: string, count: number, filter: string | null): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.count += count;
    else this.buckets.set(key, { key, label, count, filter });
  }

  /** The FACET_LIMIT largest buckets, and how many were left out. */
  largest(): [FacetBucket[], number] {
    const all = [...this.buckets.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return [all.slice(0, FACET_LIMIT), Math.max(0, all.length - FACET_LIMIT)];
  }

  /** Every bucket in key order: days ascending, the day-less bucket ('') first. */
  byKey(): FacetBucket[] {
    return [...this.buckets.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
