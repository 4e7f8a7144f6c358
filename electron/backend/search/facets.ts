// How a search's hits spread over conversations, authors, custodians and days. One grouped pass
// over the hits (asked for once per search, not per page); days are calendar days in the display zone.
// Tags are counted one applied tag at a time, by the same rules as tag: (docs/search-language.md).
import { FACET_LIMIT, type FacetBucket, type SearchFacets } from '../../../shared/api';
import { carriesSql, untaggedSql } from '../review/scopes';
import type { Prepared, SearchCore } from './core';
import type { Scan } from './scan';
import { isoOfDayNumber } from './zone-days';

export async function searchFacets(core: SearchCore, query: string, conversationId?: number, signal?: AbortSignal): Promise<SearchFacets> {
  const started = performance.now();
  const scan = core.scan(signal);
  const p = await core.prepareCooperatively(query, conversationId, scan);
  const { snapshot } = p;
  const groups: [number, number | null, number | null, number][] = [];
  if (!p.plan.empty) {
    await core.applyRegexes(p, scan);
    const where = core.where(p);
    const sql = `SELECT m.conversation_id, m.author_id, ${core.dayExpression(snapshot)} AS day, count(*)
                 FROM ${core.from(p)} WHERE ${where.sql} GROUP BY 1, 2, 3`;
    groups.push(...(core.statement(sql).raw().all(...where.params) as typeof groups));
  }
  const names = new Map(snapshot.participants.map((a) => [a.id, a.name]));
  const conversations = new Tally();
  const authors = new Tally();
  const custodians = new Tally();
  const days = new Tally();
  let total = 0;
  for (const [conversationId, authorId, day, n] of groups) {
    total += n;
    const conversation = snapshot.conversations.get(conversationId)!;
    conversations.add(String(conversationId), conversation.title, n, `in:#${conversationId}`);
    const author = authorId === null ? null : (names.get(authorId) ?? null);
    authors.add(author ?? '', author ?? 'System lines (no author)', n, author === null ? null : quotedFilter('from', author));
    const custodian = conversation.custodian;
    custodians.add(custodian ?? '', custodian ?? 'No custodian given', n, custodian === null ? null : quotedFilter('custodian', custodian));
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
    tags: p.plan.empty ? [] : await tagBuckets(core, p, scan),
    more: { conversations: moreConversations, authors: moreAuthors, custodians: moreCustodians },
  };
}

/** Hits carrying each applied tag (its own or inherited, as tag: counts them), and hits with none. */
async function tagBuckets(core: SearchCore, p: Prepared, scan: Scan): Promise<FacetBucket[]> {
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
  const untagged = count(untaggedSql(tags, scopes));
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
