// What a reviewer's request to link or unlink conversations must meet before a job starts, so a
// refusal is an answer at once and not a failed job: both conversations exist, in different sources,
// neither linked already; the link to undo exists.
import { ApiError } from '../../../shared/api';
import type { Db } from '../case/open';

export function checkLinkRequest(db: Db, conversationIds: readonly number[]): void {
  const owner = db.prepare('SELECT source_id FROM conversations WHERE id = ?').pluck();
  const sources = conversationIds.map((id) => owner.get(id) as number | undefined);
  const missing = conversationIds.find((_, i) => sources[i] === undefined);
  if (missing !== undefined) throw new ApiError('not_found', `There is no conversation ${missing} in this case.`);
  if (sources[0] === sources[1]) throw new ApiError('invalid_argument', 'Two conversations of the same source are not copies of each other; link copies held by different custodians.');
  const taken = db.prepare('SELECT count(*) FROM conversation_link_members WHERE conversation_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(conversationIds)) as number;
  if (taken) throw new ApiError('invalid_argument', 'One of these conversations is already linked; unlink it first.');
}

export function checkUnlinkRequest(db: Db, linkId: number): void {
  if (!db.prepare('SELECT 1 FROM conversation_links WHERE id = ?').get(linkId)) throw new ApiError('not_found', `There is no link ${linkId} in this case.`);
}
