// Persons as stored: who belongs to whom and why, and what each person is called. A person's name is
// derived (a contact list's name for one of its numbers, else the name its participants are most
// often written under) unless a reviewer gave it one; participants keep the names their sources wrote.
import { basename } from 'node:path';
import type { IdentityKind, Person, PersonMethod, PersonNameSource, PersonParticipant } from '../../../shared/model';
import type { Db } from '../case/open';
import { isBareNumber, personLabel } from './identity';

/** Who decided a grouping the engine made (never a user name: it cannot be one on any system we run on). */
export const AUTOMATIC = '(automatic)';

interface MemberRow {
  person_id: number;
  display_name: string;
  name_source: PersonNameSource;
  name_evidence: string;
  participant_id: number;
  name: string;
  source_id: number;
  file_name: string;
  custodian: string | null;
  format: string;
  message_count: number;
  kind: IdentityKind;
  key: string;
  method: PersonMethod;
  evidence: string;
  decided_by: string;
  decided_at: number;
}

const MEMBERS = `
  SELECT pr.id AS person_id, pr.display_name, pr.name_source, pr.name_evidence,
         p.id AS participant_id, p.name, p.source_id, s.file_name, s.custodian, s.format, p.message_count,
         i.kind, i.key, m.method, m.evidence, m.decided_by, m.decided_at
  FROM persons pr
  JOIN person_members m ON m.person_id = pr.id
  JOIN participants p ON p.id = m.participant_id
  JOIN sources s ON s.id = p.source_id
  JOIN participant_identities i ON i.participant_id = p.id
  WHERE s.status = 'complete'`;

function toPersons(rows: MemberRow[]): Person[] {
  const persons = new Map<number, Person>();
  for (const r of rows) {
    let person = persons.get(r.person_id);
    if (!person) {
      person = { id: r.person_id, name: r.display_name, nameSource: r.name_source, nameEvidence: r.name_evidence, messageCount: 0, participants: [] };
      persons.set(r.person_id, person);
    }
    const participant: PersonParticipant = {
      id: r.participant_id,
      name: r.name,
      sourceId: r.source_id,
      sourceFile: r.file_name,
      custodian: r.custodian,
      format: r.format,
      identity: { kind: r.kind, key: r.key },
      messageCount: r.message_count,
      method: r.method,
      evidence: r.evidence,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
    };
    person.participants.push(participant);
    person.messageCount += r.message_count;
  }
  return [...persons.values()];
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every person with a participant in a complete source, by name; participants in source order. */
export function listPersons(db: Db): Person[] {
  const rows = db.prepare(`${MEMBERS} ORDER BY pr.id, p.source_id, p.id`).all() as MemberRow[];
  return toPersons(rows).sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id);
}

export function getPerson(db: Db, personId: number): Person | null {
  return toPersons(db.prepare(`${MEMBERS} AND pr.id = ? ORDER BY p.source_id, p.id`).all(personId) as MemberRow[])[0] ?? null;
}

/** A person as the audit log records it: enough to see later what was grouped with what. */
export function auditView(person: Person): unknown {
  return {
    id: person.id,
    name: person.name,
    nameSource: person.nameSource,
    participants: person.participants.map((p) => ({ id: p.id, name: p.name, sourceId: p.sourceId, identity: p.identity, method: p.method, evidence: p.evidence })),
  };
}

/** A new person holding nothing yet, provisionally named after its first participant. */
export function createPerson(db: Db, firstName: string): number {
  return Number(db.prepare(`INSERT INTO persons(display_name, created_at) VALUES (?, ?)`).run(personLabel(firstName), Date.now()).lastInsertRowid);
}

export function addMember(db: Db, participantId: number, personId: number, method: PersonMethod, evidence: string, decidedBy: string): void {
  db.prepare('INSERT INTO person_members(participant_id, person_id, method, evidence, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    participantId,
    personId,
    method,
    evidence,
    decidedBy,
    Date.now(),
  );
}

/** Persons whose participants are all gone (their source was removed). */
export function removeEmptyPersons(db: Db): number {
  return db.prepare('DELETE FROM persons WHERE NOT EXISTS (SELECT 1 FROM person_members m WHERE m.person_id = persons.id)').run().changes;
}

interface ContactName {
  id: number;
  name: string;
  file: string;
  line: number | null;
}

interface NameChoice {
  name: string;
  source: PersonNameSource;
  evidence: string;
}

/**
 * A contact list's name for one of the person's numbers or addresses (the earliest imported entry),
 * else the name its participants are most often written under: a name before a bare number, then more
 * messages, then more participants, then the longer (fuller) name, then the first in code-point order,
 * so the choice never depends on the order rows come back in.
 */
function chooseName(members: { name: string; messages: number; kind: IdentityKind; key: string }[], contacts: Map<string, ContactName>): NameChoice {
  let contact: { entry: ContactName; key: string } | null = null;
  for (const m of members) {
    const entry = m.kind === 'name' ? undefined : contacts.get(m.key);
    if (entry && (contact === null || entry.id < contact.entry.id)) contact = { entry, key: m.key };
  }
  if (contact) {
    const where = contact.entry.line === null ? contact.entry.file : `${contact.entry.file}, line ${contact.entry.line}`;
    return { name: contact.entry.name, source: 'contact_list', evidence: `${where}: ${contact.key}` };
  }
  const tally = new Map<string, { messages: number; participants: number; bare: boolean }>();
  for (const m of members) {
    const label = personLabel(m.name);
    const t = tally.get(label) ?? { messages: 0, participants: 0, bare: isBareNumber(label) };
    t.messages += m.messages;
    t.participants++;
    tally.set(label, t);
  }
  const [best] = [...tally].sort(
    ([a, x], [b, y]) =>
      Number(x.bare) - Number(y.bare) || y.messages - x.messages || y.participants - x.participants || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return { name: best?.[0] ?? '', source: 'participants', evidence: '' };
}

export interface Renaming {
  personId: number;
  before: string;
  after: string;
  source: PersonNameSource;
}

/** Re-derives the names of persons a reviewer has not named (all, or those given); returns what changed. */
export function renamePersons(db: Db, personIds?: number[]): Renaming[] {
  const only = personIds === undefined ? '' : `AND pr.id IN (${personIds.map(() => '?').join(',')})`;
  const rows = db
    .prepare(
      `SELECT pr.id AS person_id, pr.display_name, pr.name_source, pr.name_evidence, p.name, p.message_count, i.kind, i.key
       FROM persons pr JOIN person_members m ON m.person_id = pr.id JOIN participants p ON p.id = m.participant_id
       JOIN participant_identities i ON i.participant_id = p.id
       WHERE pr.name_source != 'reviewer' ${only} ORDER BY pr.id, p.id`,
    )
    .all(...(personIds ?? [])) as { person_id: number; display_name: string; name_source: PersonNameSource; name_evidence: string; name: string; message_count: number; kind: IdentityKind; key: string }[];
  const contacts = contactNames(db);
  const persons = new Map<number, { current: NameChoice; members: { name: string; messages: number; kind: IdentityKind; key: string }[] }>();
  for (const r of rows) {
    const person = persons.get(r.person_id) ?? { current: { name: r.display_name, source: r.name_source, evidence: r.name_evidence }, members: [] };
    person.members.push({ name: r.name, messages: r.message_count, kind: r.kind, key: r.key });
    persons.set(r.person_id, person);
  }
  const update = db.prepare('UPDATE persons SET display_name = ?, name_source = ?, name_evidence = ? WHERE id = ?');
  const changed: Renaming[] = [];
  for (const [personId, { current, members }] of persons) {
    const next = chooseName(members, contacts);
    if (next.name === current.name && next.source === current.source && next.evidence === current.evidence) continue;
    update.run(next.name, next.source, next.evidence, personId);
    changed.push({ personId, before: current.name, after: next.name, source: next.source });
  }
  return changed;
}

/** The first contact entry (in import order) for each number or address of the case's contact lists. */
function contactNames(db: Db): Map<string, ContactName> {
  const byKey = new Map<string, ContactName>();
  const rows = db.prepare('SELECT id, name, phone, account, list_path, line FROM contacts ORDER BY id').all() as {
    id: number;
    name: string;
    phone: string | null;
    account: string | null;
    list_path: string;
    line: number | null;
  }[];
  for (const r of rows) {
    const entry = { id: r.id, name: r.name, file: basename(r.list_path), line: r.line };
    for (const key of [r.phone, r.account]) if (key !== null && !byKey.has(key)) byKey.set(key, entry);
  }
  return byKey;
}
