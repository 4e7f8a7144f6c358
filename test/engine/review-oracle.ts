// The brute force the review fields of the search language are checked against: the case's review
// tables read as plain rows, and tag:, tag:inherited:, tag:none, note:, reviewed:, reviewer: and
// person: evaluated over every message in JavaScript, following the rules in docs/search-language.md
// (a nearer tag of an exclusive group replaces an inherited one; a note on a day, a conversation or a
// finding reaches the messages it is about). It shares no code with the engine.
import type { Engine } from '../../electron/backend/api';
import type { FieldNode } from '../../electron/backend/search/query/ast';
import { DISPLAY_ZONE, nameMatches, tokenize, type Row } from './search-oracle';

type Scope = 'message' | 'day' | 'conversation';
interface Applied {
  tagId: number;
  reviewer: string;
  scope: Scope;
}

export function reviewOracle(engine: Engine): (node: FieldNode, row: Row) => boolean {
  const db = engine.caseFile.reader;
  const tags = db.prepare('SELECT t.id, t.name, CASE WHEN g.exclusive = 1 THEN g.id END AS grp FROM tags t LEFT JOIN tag_groups g ON g.id = t.group_id WHERE t.removed_at IS NULL').all() as {
    id: number;
    name: string;
    grp: number | null;
  }[];
  const live = new Map(tags.map((t) => [t.id, t]));
  const messageTags = db.prepare('SELECT message_id AS m, tag_id AS t, reviewer AS r FROM message_tags').all() as { m: number; t: number; r: string }[];
  const dayTags = db.prepare('SELECT conversation_id AS c, start_at AS s, end_at AS e, tag_id AS t, reviewer AS r FROM day_tags').all() as { c: number; s: number; e: number; t: number; r: string }[];
  const conversationTags = db.prepare('SELECT conversation_id AS c, tag_id AS t, reviewer AS r FROM conversation_tags').all() as { c: number; t: number; r: string }[];
  const notes = db.prepare("SELECT message_id AS m, text, reviewer AS r FROM notes WHERE scope = 'message' AND removed_at IS NULL").all() as { m: number; text: string; r: string }[];
  const placedNotes = db.prepare('SELECT scope, message_id AS m, conversation_id AS c, day, finding_key AS f, text FROM notes WHERE removed_at IS NULL').all() as {
    scope: string;
    m: number | null;
    c: number | null;
    day: string | null;
    f: string | null;
    text: string;
  }[];
  const findings = db.prepare('SELECT rule, source_id, conversation_id, message_id, before_message_id, after_message_id, from_at, to_at FROM findings').raw().all() as unknown[][];
  const findingMessages = (key: string) =>
    findings.filter((f) => JSON.stringify(f) === key).flatMap((f) => [f[3], f[4], f[5]].filter((id): id is number => typeof id === 'number'));
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const noteReaches = (n: (typeof placedNotes)[number], row: Row) => {
    switch (n.scope) {
      case 'message':
        return n.m === row.id;
      case 'day':
        return n.c === row.conversationId && row.sentAt !== null && dayOf.format(row.sentAt) === n.day;
      case 'conversation':
        return n.c === row.conversationId;
      default:
        return findingMessages(n.f!).includes(row.id);
    }
  };
  const reviewedDays = db.prepare("SELECT conversation_id AS c, start_at AS s, end_at AS e FROM day_reviews WHERE status = 'reviewed'").all() as { c: number; s: number; e: number }[];
  const authors = new Map((db.prepare('SELECT id, author_id FROM messages').raw().all() as [number, number | null][]).map(([id, author]) => [id, author]));
  // A notice's actor counts as its person, as the author does (`Ana added Ben` is Ana's act).
  const actors = new Map((db.prepare("SELECT message_id, participant_id FROM notice_parties WHERE role = 'actor'").raw().all() as [number, number][]).map(([id, actor]) => [id, actor]));
  const members = db
    .prepare(
      `SELECT pm.person_id AS person, pm.participant_id AS participant, p.display_name AS display, pa.name, pi.key AS identity FROM person_members pm
       JOIN persons p ON p.id = pm.person_id JOIN participants pa ON pa.id = pm.participant_id LEFT JOIN participant_identities pi ON pi.participant_id = pa.id`,
    )
    .all() as { person: number; participant: number; display: string; name: string; identity: string | null }[];

  /** Every application of a tag in force that reaches the row, with its scope. */
  const applications = (row: Row): Applied[] => [
    ...messageTags.filter((x) => x.m === row.id).map((x) => ({ tagId: x.t, reviewer: x.r, scope: 'message' as const })),
    ...dayTags.filter((x) => x.c === row.conversationId && row.sentAt !== null && row.sentAt >= x.s && row.sentAt < x.e).map((x) => ({ tagId: x.t, reviewer: x.r, scope: 'day' as const })),
    ...conversationTags.filter((x) => x.c === row.conversationId).map((x) => ({ tagId: x.t, reviewer: x.r, scope: 'conversation' as const })),
  ].filter((a) => live.has(a.tagId));
  const rank: Record<Scope, number> = { message: 0, day: 1, conversation: 2 };
  const replaced = (a: Applied, all: Applied[]) => {
    const group = live.get(a.tagId)!.grp;
    return group !== null && all.some((b) => b.tagId !== a.tagId && live.get(b.tagId)!.grp === group && rank[b.scope] < rank[a.scope]);
  };
  const tagNamed = (name: string) => tags.find((t) => t.name.toLowerCase() === name.trim().toLowerCase());

  return (node, row) => {
    const value = node.value.trim();
    switch (node.field) {
      case 'tag': {
        const all = applications(row);
        if (!node.exact && value.toLowerCase() === 'none') return all.length === 0;
        const inherited = /^inherited:/i.test(value);
        const tag = tagNamed(value.replace(/^inherited:/i, ''));
        if (!tag) throw new Error(`the oracle was asked about a tag the case does not have: ${value}`);
        const mine = all.filter((a) => a.tagId === tag.id);
        const byInheritance = mine.some((a) => a.scope !== 'message' && !replaced(a, all));
        return inherited ? byInheritance : byInheritance || mine.some((a) => a.scope === 'message');
      }
      case 'note': {
        const prefix = value.endsWith('*');
        const want = tokenize(prefix ? value.slice(0, -1) : value);
        return placedNotes.some((n) => {
          if (!noteReaches(n, row)) return false;
          const have = tokenize(n.text);
          for (let i = 0; i + want.length <= have.length; i++) {
            if (want.every((w, k) => (prefix && k === want.length - 1 ? have[i + k]!.startsWith(w) : have[i + k] === w))) return true;
          }
          return false;
        });
      }
      case 'reviewed': {
        const reviewed = row.sentAt !== null && reviewedDays.some((d) => d.c === row.conversationId && row.sentAt! >= d.s && row.sentAt! < d.e);
        return value.toLowerCase() === 'yes' ? reviewed : !reviewed;
      }
      case 'reviewer': {
        const same = (r: string) => r.toLowerCase() === value.toLowerCase();
        return applications(row).some((a) => same(a.reviewer)) || notes.some((n) => n.m === row.id && same(n.r));
      }
      case 'person': {
        const author = authors.get(row.id) ?? actors.get(row.id) ?? null;
        if (author === null) return false;
        const id = /^#(\d+)$/.exec(value);
        const persons = new Set(members.filter((m) => (id ? m.person === Number(id[1]) : [m.display, m.name, m.identity].some((c) => nameMatches(c, value, node.exact)))).map((m) => m.person));
        return members.some((m) => m.participant === author && persons.has(m.person));
      }
      default:
        throw new Error(`the review oracle does not evaluate ${node.field}:`);
    }
  };
}
