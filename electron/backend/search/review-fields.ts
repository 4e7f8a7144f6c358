// What the review fields of the search language read beside the messages: the tags in force (for
// tag:, tag:inherited:, tag:none, reviewer:), the notes whose text matches (for note:) and persons
// with every identity grouped into them (for person:). Read at each search, since a reviewer codes,
// writes notes and merges between searches.
import type { Db } from '../case/open';
import { messagesOfFindings } from '../review/finding-reviews';
import { appliedScopes, daySpan, liveTags, type AppliedScopes, type LiveTag } from '../review/scopes';
import { valueMatches } from './field-match';

export interface ReviewLookup {
  tags(): LiveTag[];
  /** Tags applied anywhere (a message, a day, a conversation): the only ones a facet can count. */
  appliedTagIds(): number[];
  /** Which tags are applied to days and to conversations, for the inheritance branches of tag:. */
  appliedScopes(): AppliedScopes;
  /** The participants of every person the value names: by `#id`, by the person's name, or by any name or number of its participants. */
  personAuthors(value: string, exact: boolean): number[];
  /**
   * The messages a note matching the FTS5 expression reaches (docs/search-language.md, review
   * fields): a message's own note, every message of a noted conversation-day (in the display zone)
   * or conversation, and the messages a noted finding is about; null when no note matches.
   */
  notedMessages(match: string): { sql: string; params: unknown[] } | null;
}

interface NotePlace {
  scope: 'message' | 'day' | 'conversation' | 'finding';
  message_id: number | null;
  conversation_id: number | null;
  day: string | null;
  finding_key: string | null;
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
  const notesMatching = db.prepare(
    'SELECT scope, message_id, conversation_id, day, finding_key FROM notes WHERE removed_at IS NULL AND id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)',
  );
  return {
    tags: () => liveTags(db),
    notedMessages(match) {
      const places = notesMatching.all(match) as NotePlace[];
      const ofScope = (scope: NotePlace['scope']) => places.filter((p) => p.scope === scope);
      const messages = [
        ...ofScope('message').map((p) => p.message_id!),
        ...messagesOfFindings(db, ofScope('finding').map((p) => p.finding_key!)),
      ];
      const conversations = ofScope('conversation').map((p) => p.conversation_id!);
      const days = ofScope('day').map((p) => daySpan(db, p.conversation_id!, p.day!)).map((s) => [s.conversationId, s.start, s.end]);
      const parts: { sql: string; param: string }[] = [];
      if (messages.length) parts.push({ sql: 'm.id IN (SELECT value FROM json_each(?))', param: JSON.stringify(messages) });
      if (conversations.length) parts.push({ sql: 'm.conversation_id IN (SELECT value FROM json_each(?))', param: JSON.stringify(conversations) });
      if (days.length) {
        parts.push({
          sql: 'EXISTS (SELECT 1 FROM json_each(?) d WHERE m.conversation_id = d.value ->> 0 AND m.sent_at >= d.value ->> 1 AND m.sent_at < d.value ->> 2)',
          param: JSON.stringify(days),
        });
      }
      if (parts.length === 0) return null;
      return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.map((p) => p.param) };
    },
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
