// Which sources a change touches, for the one re-analysis path (jobs/reanalyse.ts): the sources of
// some conversations, the copies linked to a source, every complete source, the personal accounts.
import type { Db } from './open';

export function sourcesOfConversations(db: Db, conversationIds: readonly number[]): number[] {
  const owner = db.prepare('SELECT source_id FROM conversations WHERE id = ?').pluck();
  return [...new Set(conversationIds.map((id) => owner.get(id) as number | undefined).filter((id) => id !== undefined))];
}

/** Sources holding a conversation linked to one of the given sources' conversations (R6 compares them). */
export function linkedSources(db: Db, sourceIds: readonly number[]): number[] {
  if (sourceIds.length === 0) return [];
  return db
    .prepare(
      `SELECT DISTINCT other_c.source_id FROM conversations c
       JOIN conversation_link_members mine ON mine.conversation_id = c.id
       JOIN conversation_link_members other ON other.link_id = mine.link_id AND other.conversation_id <> mine.conversation_id
       JOIN conversations other_c ON other_c.id = other.conversation_id
       WHERE c.source_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(sourceIds)) as number[];
}

export function completeSources(db: Db): number[] {
  return db.prepare("SELECT id FROM sources WHERE status = 'complete' ORDER BY id").pluck().all() as number[];
}

export function isOfficialSource(db: Db, sourceId: number): boolean {
  return db.prepare(`SELECT 1 FROM sources WHERE id = ? AND account_kind = 'official'`).get(sourceId) !== undefined;
}
