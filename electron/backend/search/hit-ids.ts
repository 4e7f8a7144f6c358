// Every hit of a search as message ids, for what acts on all of them (an export, a bulk tag) rather
// than paging: the query prepared, its regexes run, and one statement over the rest.
import type { SearchCore } from './core';

export async function searchHitIds(core: SearchCore, query: string, conversationId?: number): Promise<number[]> {
  const p = core.prepare(query, conversationId);
  if (p.plan.empty) return [];
  await core.applyRegexes(p, core.scan());
  const where = core.where(p);
  return core.statement(`SELECT m.id FROM ${core.from(p)} WHERE ${where.sql} ORDER BY m.id`).pluck().all(...where.params) as number[];
}
