// What the review fields of the search language read beside the messages: the tags in force (for
// tag:, tag:inherited:, tag:none, reviewer:) and persons with every identity grouped into them (for
// person:). Read at each search, since a reviewer codes and merges between searches.
import type { Db } from '../case/open';
import { appliedScopes, liveTags, type AppliedScopes, type LiveTag } from '../review/scopes';
import { valueMatches } from './field-match';

export interface ReviewLookup {
  tags(): LiveTag[];
  /** Tags applied anywhere (a message, a day, a conversation): the only ones a facet can count. */
  appliedTagIds(): number[];
  /** Which tags are applied to days and to conversations, for the inheritance branches of tag:. */
  appliedScopes(): AppliedScopes;
  /** The participants of every person the value names: by `#id`, by the person's name, or by any name or number of its participants. */
  personAuthors(value: string, exact: boolean): number[];
}

interface MemberRow {
  person_id: number;
  participant_id: number;
  display_name: string;
  name: string;
  identity: string | null;
}

export function reviewLookup(db: Db): ReviewLookup {
  const members = db.prepare(
    `SELECT pm.person_id, pm.participant_id, p.display_name, pa.name, pi.key AS identity
     FROM person_members pm JOIN persons p ON p.id = pm.person_id JOIN participants pa ON pa.id = pm.participant_id
     LEFT JOIN participant_identities pi ON pi.participant_id = pa.id`,
  );
  return {
    tags: () => liveTags(db),
    appliedScopes: () => appliedScopes(db),
    appliedTagIds: () =>
      db.prepare('SELECT DISTINCT tag_id FROM message_tags UNION SELECT tag_id FROM day_tags UNION SELECT tag_id FROM conversation_tags').pluck().all() as number[],
    personAuthors(value, exact) {
      const rows = members.all() as MemberRow[];
      const byId = /^#(\d+)$/.exec(value);
      const named = byId
        ? new Set([Number(byId[1])])
        : new Set(rows.filter((r) => [r.display_name, r.name, r.identity].some((c) => valueMatches(c, value, exact))).map((r) => r.person_id));
      return rows.filter((r) => named.has(r.person_id)).map((r) => r.participant_id);
    },
  };
}
