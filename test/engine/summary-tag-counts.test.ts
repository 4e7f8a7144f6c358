// tag:X for a tag carried by messages alone is counted in the tag's own index and paged by walking
// time order; both are checked against the tag rows read back directly, as coding changes: a bulk
// tag of a common word's hits, tags removed, and the tag put on a day (then counted by inheritance).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { generatedCase } from './search-oracle';

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-tag-counts-'));
  engine = await generatedCase(dir);
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every page of `q` in time order, 7 hits a page, with the total each page reported. */
async function pages(q: string): Promise<{ ids: number[]; totals: Set<number> }> {
  const ids: number[] = [];
  const totals = new Set<number>();
  let after;
  for (;;) {
    const page = await engine.api.search({ q, limit: 7, ...(after ? { after } : {}) });
    ids.push(...page.hits.map((h) => h.messageId));
    totals.add(page.total);
    if (page.next === null) return { ids, totals };
    after = page.next;
  }
}

/** The messages carrying tag `name` as their own, in search's time order (undated first, then by id). */
function tagged(name: string): number[] {
  return engine.caseFile.reader
    .prepare(
      `SELECT m.id FROM message_tags mt JOIN tags t ON t.id = mt.tag_id JOIN messages m ON m.id = mt.message_id
       WHERE t.name = ? ORDER BY coalesce(m.sent_at, -8640000000000000), m.id`,
    )
    .pluck()
    .all(name) as number[];
}

describe('tag: of a tag on messages alone', () => {
  it('counts and pages exactly what the tag rows say, as the coding changes', async () => {
    const { jobId } = await engine.api.bulkTag({ tag: 'Hot', selection: { kind: 'query', query: 'the' }, reviewer: 'Kim Nguyen' });
    await engine.idle();
    expect((await engine.api.reviewJob({ jobId })).state).toBe('done');
    const all = tagged('Hot');
    expect(all.length).toBeGreaterThan(20);
    expect(await pages('tag:Hot')).toEqual({ ids: all, totals: new Set([all.length]) });

    const removed = all.filter((_, i) => i % 3 === 0);
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: removed }, remove: true, reviewer: 'Kim Nguyen' });
    const left = tagged('Hot');
    expect(left).toHaveLength(all.length - removed.length);
    expect(await pages('tag:Hot')).toEqual({ ids: left, totals: new Set([left.length]) });

    // On a day too: the day's messages carry it by inheritance, which the tag rows alone do not say.
    const [conversation] = await engine.api.listConversations({});
    const [day] = (await engine.api.conversationDays({ conversationId: conversation!.id })).days;
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'day', conversationId: conversation!.id, day: day!.day }, reviewer: 'Kim Nguyen' });
    const inherited = (await pages('tag:Hot')).ids;
    expect(inherited.length).toBeGreaterThan(left.length);
    expect(new Set(inherited)).toEqual(new Set([...left, ...(await pages(`in:#${conversation!.id} on:${day!.day}`)).ids]));
  });
});
