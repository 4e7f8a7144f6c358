// Weak evidence that persons are one, offered to the reviewer and never acted on automatically:
// - the same name (folded: case, bidi marks, the `~ ` push-name prefix, a number written beside it)
//   in different sources, or a contact list's name equal to a name some source wrote. Within one source,
//   two participants are two people to that source, so only names differing in nothing but invisible
//   marks, spacing or case are offered;
// - a number or account that several persons hold, which only happens after a reviewer split them.
// Persons a reviewer separated are never offered together again.
import type { IdentityKind, PersonNameSource, PersonSuggestion } from '../../../shared/model';
import type { Db } from '../case/open';
import { personLabel, sameWriting, suggestionKey } from './identity';

interface Member {
  personId: number;
  personName: string;
  nameSource: PersonNameSource;
  participantId: number;
  name: string;
  sourceId: number;
  fileName: string;
  messages: number;
  kind: IdentityKind;
  key: string;
}

/** One place a name is written: a participant's display name in a source, or a person's name from a contact list or reviewer (sourceId null). */
interface Writing {
  personId: number;
  name: string;
  sourceId: number | null;
  kind: IdentityKind | null;
  where: string;
}

export function personSuggestions(db: Db): PersonSuggestion[] {
  const members = (
    db
      .prepare(
        `SELECT pr.id AS personId, pr.display_name AS personName, pr.name_source AS nameSource, p.id AS participantId, p.name, p.source_id AS sourceId,
                s.file_name AS fileName, p.message_count AS messages, i.kind, i.key
         FROM persons pr JOIN person_members m ON m.person_id = pr.id JOIN participants p ON p.id = m.participant_id
         JOIN sources s ON s.id = p.source_id JOIN participant_identities i ON i.participant_id = p.id
         WHERE s.status = 'complete' ORDER BY pr.id, p.id`,
      )
      .all() as Member[]
  );
  const personOf = new Map(members.map((m) => [m.participantId, m.personId]));
  const messagesOf = new Map<number, number>();
  for (const m of members) messagesOf.set(m.personId, (messagesOf.get(m.personId) ?? 0) + m.messages);
  const separatedPersons = new Set<string>();
  for (const s of db.prepare('SELECT participant_id AS a, other_participant_id AS b FROM person_separations').all() as { a: number; b: number }[]) {
    const pa = personOf.get(s.a);
    const pb = personOf.get(s.b);
    if (pa !== undefined && pb !== undefined && pa !== pb) separatedPersons.add(pairKey(pa, pb));
  }
  const notSeparated = (a: number, b: number) => !separatedPersons.has(pairKey(a, b));

  const suggestions: PersonSuggestion[] = [];
  const offered = new Set<string>();
  const offer = (s: PersonSuggestion) => {
    const set = s.personIds.join(',');
    if (offered.has(set)) return;
    offered.add(set);
    suggestions.push(s);
  };

  const byKey = new Map<string, Member[]>();
  for (const m of members) {
    if (m.kind === 'name') continue;
    const key = `${m.kind}\u0000${m.key}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  for (const holders of byKey.values()) {
    const persons = [...new Set(holders.map((h) => h.personId))];
    if (persons.length < 2) continue;
    const { kind, key } = holders[0]!;
    for (const group of groupsOf(persons, notSeparated)) {
      offer({
        id: `${kind}:${key}:${group.join(',')}`,
        reason: kind === 'phone' ? 'same_phone' : 'same_account',
        value: key,
        personIds: group,
        explanation: `${kind === 'phone' ? 'The number' : 'The account'} ${key} is written for each of these, yet they are apart: a reviewer split participants holding it, so which person it belongs to is the reviewer's call.`,
      });
    }
  }

  const byName = new Map<string, Writing[]>();
  const write = (key: string, w: Writing) => key && byName.set(key, [...(byName.get(key) ?? []), w]);
  const namedPersons = new Set<number>();
  for (const m of members) {
    write(suggestionKey(m.name), { personId: m.personId, name: m.name, sourceId: m.sourceId, kind: m.kind, where: m.fileName });
    if (m.nameSource !== 'participants' && !namedPersons.has(m.personId)) {
      namedPersons.add(m.personId);
      write(suggestionKey(m.personName), { personId: m.personId, name: m.personName, sourceId: null, kind: null, where: m.nameSource === 'contact_list' ? 'a contact list' : 'the reviewer' });
    }
  }
  for (const writings of byName.values()) {
    const persons = [...new Set(writings.map((w) => w.personId))];
    if (persons.length < 2) continue;
    const writingsOf = (personId: number) => writings.filter((w) => w.personId === personId);
    const plausible = (a: number, b: number) => notSeparated(a, b) && writingsOf(a).some((x) => writingsOf(b).some((y) => fromApart(x, y)));
    for (const group of groupsOf(persons, plausible)) {
      const shown = writings.filter((w) => group.includes(w.personId));
      const value = personLabel(shown[0]!.name);
      const where = [...new Set(shown.map((w) => w.where))];
      offer({
        id: `name:${suggestionKey(value)}:${group.join(',')}`,
        reason: 'same_name',
        value,
        personIds: group,
        explanation: `"${value}" is written in ${where.join(', ')}. A name alone does not show that they are one person, so they were not merged.`,
      });
    }
  }

  const strength = (s: PersonSuggestion) => (s.reason === 'same_name' ? 1 : 0);
  const weight = (s: PersonSuggestion) => s.personIds.reduce((n, id) => n + (messagesOf.get(id) ?? 0), 0);
  return suggestions.sort((a, b) => strength(a) - strength(b) || weight(b) - weight(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** Two writings of one name that may be one person: from different places, or one source writing one name two ways. */
function fromApart(x: Writing, y: Writing): boolean {
  if (x.sourceId === null || y.sourceId === null || x.sourceId !== y.sourceId) return true;
  return x.kind === 'name' && y.kind === 'name' && sameWriting(x.name, y.name);
}

/**
 * Persons (in id order) gathered into groups whose members may all be one: each person joins every
 * group it fits with each member of, or starts one. A person that fits two groups a reviewer keeps
 * apart is offered with each, since either may be right. Groups of one are no suggestion.
 */
function groupsOf(persons: number[], fits: (a: number, b: number) => boolean): number[][] {
  const groups: number[][] = [];
  for (const person of [...persons].sort((a, b) => a - b)) {
    const fitting = groups.filter((g) => g.every((other) => fits(other, person)));
    for (const group of fitting) group.push(person);
    if (fitting.length === 0) groups.push([person]);
  }
  return groups.filter((g) => g.length > 1);
}
