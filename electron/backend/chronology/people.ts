// An entry's people (docs/people.md): persons of the People feature wherever the entry has evidence,
// and free names only for an outside event, which may concern someone who never wrote in the case.
// A person is kept as the participants it had when chosen, with the name it had then: person ids
// change when persons are merged or resolved again, participants do not, so the entry follows its
// people through merges and falls back to the name kept when their source is removed.
import { ApiError } from '../../../shared/api';
import type { ChronologyKind, ChronologyPerson } from '../../../shared/chronology';
import type { Db } from '../case/open';
import { getPerson, listPersons } from '../people/persons';

/** A person of the case as an entry keeps it: its participants, and its name when chosen. */
interface PersonRef {
  name: string;
  participants: number[];
}

/** One person of an entry as stored: a free name, or a person of the case. */
export type StoredPerson = string | PersonRef;

export interface PeopleChoice {
  /** Persons of the People feature, by id. */
  personIds?: readonly number[];
  /** Names: each is the person of the case of that name, or (on an outside event) a free name. */
  people?: readonly string[];
}

function personById(db: Db, id: number): PersonRef {
  const person = getPerson(db, id);
  if (!person) throw new ApiError('not_found', `There is no person ${id} in this case (People lists them).`);
  return { name: person.name, participants: person.participants.map((p) => p.id) };
}

function personByName(db: Db, name: string, kind: ChronologyKind): StoredPerson {
  const named = listPersons(db).filter((p) => p.name.localeCompare(name, 'en', { sensitivity: 'base' }) === 0);
  // Persons of one name not merged (yet) are most likely one person: the name stands for them all.
  if (named[0]) return { name: named[0].name, participants: named.flatMap((p) => p.participants.map((x) => x.id)) };
  if (kind === 'event') return name;
  throw new ApiError('invalid_argument', `'${name}' is not a person of this case; an entry with evidence names people from People (an outside event may name anyone).`);
}

/**
 * The people chosen, each once. With nobody chosen, `authorsOf` (given when an entry is added) names
 * the messages whose authors an entry with evidence concerns.
 */
export function storedPeople(db: Db, kind: ChronologyKind, choice: PeopleChoice, authorsOf: (() => number[]) | null): StoredPerson[] {
  const byId = (choice.personIds ?? []).map((id) => personById(db, id));
  // A name that is one of the persons chosen by id is that person, not every person of the name.
  const taken = new Set(byId.map((p) => p.name.toLowerCase()));
  const names = [...new Set((choice.people ?? []).map((n) => n.trim()).filter((n) => n !== '' && !taken.has(n.toLowerCase())))];
  const chosen = [...byId, ...names.map((n) => personByName(db, n, kind))];
  const people = chosen.length === 0 && kind !== 'event' && authorsOf !== null ? authorPersons(db, authorsOf()) : chosen;
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = typeof p === 'string' ? `name:${p.toLowerCase()}` : `participants:${[...p.participants].sort((a, b) => a - b).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The persons who wrote these messages, in the order they first wrote. */
function authorPersons(db: Db, messageIds: readonly number[]): PersonRef[] {
  const personIds = db
    .prepare(
      `SELECT pm.person_id FROM messages m JOIN person_members pm ON pm.participant_id = m.author_id
       WHERE m.id IN (SELECT value FROM json_each(?)) GROUP BY pm.person_id ORDER BY min(m.id)`,
    )
    .pluck()
    .all(JSON.stringify(messageIds)) as number[];
  return personIds.map((id) => personById(db, id));
}

/** The messages written in a conversation between two instants (a conversation-day's authors). */
export function messagesBetween(db: Db, conversationId: number, from: number, to: number): number[] {
  return db.prepare('SELECT id FROM messages WHERE conversation_id = ? AND sent_at >= ? AND sent_at < ? AND author_id IS NOT NULL').pluck().all(conversationId, from, to) as number[];
}

/** The stored people as they are now: each participant's current person, else the name kept. */
export function currentPeople(db: Db, stored: readonly StoredPerson[]): ChronologyPerson[] {
  const personOf = db.prepare(
    `SELECT DISTINCT pr.id, pr.display_name AS name FROM person_members pm JOIN persons pr ON pr.id = pm.person_id
     JOIN participants p ON p.id = pm.participant_id JOIN sources s ON s.id = p.source_id
     WHERE pm.participant_id IN (SELECT value FROM json_each(?)) AND s.status = 'complete' ORDER BY pr.id`,
  );
  const found = new Map<string, ChronologyPerson>();
  for (const p of stored) {
    const persons = typeof p === 'string' ? [] : (personOf.all(JSON.stringify(p.participants)) as { id: number; name: string }[]);
    if (persons.length === 0) found.set(`name:${typeof p === 'string' ? p : p.name}`, { id: null, name: typeof p === 'string' ? p : p.name });
    for (const person of persons) found.set(`id:${person.id}`, person);
  }
  return [...found.values()];
}
