// Automatic identity resolution (docs/people.md#automatic-resolution), run after every import and when a case is
// opened with participants not yet resolved. Work is per participant, never per message: a source's
// participants are few even when its messages are a million.
//
// The rules:
// - Each new participant gets an identity (identity.ts): a number, an account, or only a name.
// - A new participant whose number or account one existing person holds joins that person (method
//   phone / account, evidence the key). When a reviewer has split holders of the key into several
//   persons, it joins none: it becomes a person of its own and the shared key is offered as a suggestion.
// - Anything else is a person of its own (method single). Names never merge anything: equal names are
//   suggestions (suggestions.ts) for a reviewer to decide.
// - A contact-list entry naming two or more numbers or addresses joins the persons holding them
//   (method contact_list), unless a reviewer has merged, split or separated any of them.
// - Existing memberships are never moved: a reviewer's merge or unmerge stands whatever is imported later.
import { basename } from 'node:path';
import type { IdentityKind } from '../../../shared/model';
import { appendAudit } from '../audit/log';
import type { Db } from '../case/open';
import { identityOf } from './identity';
import { addMember, AUTOMATIC, createPerson, removeEmptyPersons, renamePersons, type Renaming } from './persons';

/**
 * What a source's own participant ids are (identity.ts, accountScope). Wickr user ids are accounts of
 * the Wickr network. RSMF participant ids are references inside one manifest ("1", "P2"), and forensic
 * reports and WhatsApp texts carry none: there only numbers and e-mail addresses identify.
 */
const ACCOUNT_SCOPES: Record<string, string | null> = { wickr: 'wickr', rsmf: null, 'forensic-csv': null, whatsapp: null };

export interface Grouping {
  participantId: number;
  personId: number;
  method: 'phone' | 'account' | 'contact_list';
  evidence: string;
}

export interface Resolution {
  /** Participants given an identity in this run. */
  identified: number;
  personsCreated: number;
  /** Participants joined to another participant's person, and why. */
  grouped: Grouping[];
  /** New participants left on their own because a reviewer split the holders of their key. */
  keptApart: { participantId: number; key: string; personIds: number[] }[];
  renamed: Renaming[];
}

export function resolvePersons(db: Db, opts: { defaultCountry?: string } = {}): Resolution {
  return db.transaction(() => {
    const sources = identifyNewParticipants(db, opts.defaultCountry);
    fillConversationParticipants(db, sources.ids);
    const assigned = assignNewParticipants(db);
    const byContacts = groupByContacts(db);
    removeEmptyPersons(db);
    const renamed = renamePersons(db);
    const resolution: Resolution = { identified: sources.participants, personsCreated: assigned.created, grouped: [...assigned.grouped, ...byContacts], keptApart: assigned.keptApart, renamed };
    // Joins are decisions, made on evidence, and logged as such; a participant left on its own is not.
    if (resolution.grouped.length || resolution.keptApart.length) {
      appendAudit(db, 'people.resolve', {
        decidedBy: AUTOMATIC,
        participants: resolution.identified,
        personsCreated: resolution.personsCreated,
        grouped: resolution.grouped,
        keptApart: resolution.keptApart,
      });
    }
    return resolution;
  })();
}

/** Identities for the participants of complete sources that have none yet; returns their sources. */
function identifyNewParticipants(db: Db, defaultCountry: string | undefined): { ids: number[]; participants: number } {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.native_id, p.source_id, s.format FROM participants p JOIN sources s ON s.id = p.source_id
       WHERE s.status = 'complete' AND NOT EXISTS (SELECT 1 FROM participant_identities i WHERE i.participant_id = p.id)
       ORDER BY p.id`,
    )
    .all() as { id: number; name: string; native_id: string | null; source_id: number; format: string }[];
  const insert = db.prepare('INSERT INTO participant_identities(participant_id, kind, key) VALUES (?, ?, ?)');
  for (const r of rows) {
    const accountScope = r.format in ACCOUNT_SCOPES ? ACCOUNT_SCOPES[r.format] : r.format;
    const identity = identityOf(r.name, r.native_id, { defaultCountry, accountScope });
    insert.run(r.id, identity.kind, identity.key);
  }
  return { ids: [...new Set(rows.map((r) => r.source_id))], participants: rows.length };
}

/**
 * Who takes part in each conversation of the given sources. A source with one conversation (every
 * WhatsApp export) needs no reading of messages: its participants are that conversation's. Sources
 * with several conversations are counted from their messages and events, once, at import.
 */
function fillConversationParticipants(db: Db, sourceIds: number[]): void {
  const conversations = db.prepare('SELECT id FROM conversations WHERE source_id = ?').pluck();
  const wholeSource = db.prepare(
    `INSERT OR IGNORE INTO conversation_participants(conversation_id, participant_id, message_count)
     SELECT ?, p.id, p.message_count FROM participants p WHERE p.source_id = ?`,
  );
  const authors = db.prepare(
    `INSERT OR IGNORE INTO conversation_participants(conversation_id, participant_id, message_count)
     SELECT m.conversation_id, m.author_id, count(*) FROM messages m
     WHERE m.conversation_id IN (SELECT id FROM conversations WHERE source_id = ?) AND m.author_id IS NOT NULL
     GROUP BY m.conversation_id, m.author_id`,
  );
  const actors = db.prepare(
    `INSERT OR IGNORE INTO conversation_participants(conversation_id, participant_id, message_count)
     SELECT DISTINCT e.conversation_id, e.actor_id, 0 FROM message_events e
     WHERE e.conversation_id IN (SELECT id FROM conversations WHERE source_id = ?) AND e.actor_id IS NOT NULL`,
  );
  for (const sourceId of sourceIds) {
    const ids = conversations.all(sourceId) as number[];
    if (ids.length === 1) wholeSource.run(ids[0], sourceId);
    else if (ids.length > 1) {
      authors.run(sourceId);
      actors.run(sourceId);
    }
  }
}

function assignNewParticipants(db: Db): { created: number; grouped: Grouping[]; keptApart: Resolution['keptApart'] } {
  const pending = db
    .prepare(
      `SELECT p.id, p.name, i.kind, i.key FROM participants p JOIN participant_identities i ON i.participant_id = p.id
       JOIN sources s ON s.id = p.source_id
       WHERE s.status = 'complete' AND NOT EXISTS (SELECT 1 FROM person_members m WHERE m.participant_id = p.id)
       ORDER BY p.id`,
    )
    .all() as { id: number; name: string; kind: IdentityKind; key: string }[];
  const holders = db
    .prepare(
      `SELECT DISTINCT m.person_id FROM participant_identities i JOIN person_members m ON m.participant_id = i.participant_id
       WHERE i.kind = ? AND i.key = ? ORDER BY m.person_id`,
    )
    .pluck();
  // The participant that held the key alone was 'single'; now that it shares it, that is why it belongs.
  const shareKey = db.prepare(
    `UPDATE person_members SET method = ?, evidence = ? WHERE person_id = ? AND method = 'single'
       AND participant_id IN (SELECT participant_id FROM participant_identities WHERE kind = ? AND key = ?)`,
  );
  let created = 0;
  const grouped: Grouping[] = [];
  const keptApart: Resolution['keptApart'] = [];
  for (const p of pending) {
    const persons = p.kind === 'name' ? [] : (holders.all(p.kind, p.key) as number[]);
    if (persons.length === 1 && p.kind !== 'name') {
      const personId = persons[0]!;
      shareKey.run(p.kind, p.key, personId, p.kind, p.key);
      addMember(db, p.id, personId, p.kind, p.key, AUTOMATIC);
      grouped.push({ participantId: p.id, personId, method: p.kind, evidence: p.key });
      continue;
    }
    const personId = createPerson(db, p.name);
    created++;
    if (persons.length > 1) {
      keptApart.push({ participantId: p.id, key: p.key, personIds: persons });
      addMember(db, p.id, personId, 'single', `${p.key} is also held by persons ${persons.join(', ')}, which a reviewer keeps apart`, AUTOMATIC);
    } else {
      addMember(db, p.id, personId, 'single', '', AUTOMATIC);
    }
  }
  return { created, grouped, keptApart };
}

/**
 * Joins the persons one contact-list entry names by two or more numbers or addresses. Persons a
 * reviewer has decided on are left as the reviewer left them.
 */
export function groupByContacts(db: Db): Grouping[] {
  const entries = db
    .prepare(
      `SELECT c.list_sha256, c.line, c.name, c.list_path, m.person_id, pm.participant_id
       FROM contacts c
       JOIN participant_identities i ON i.key = coalesce(c.phone, c.account) AND i.kind = CASE WHEN c.phone IS NULL THEN 'account' ELSE 'phone' END
       JOIN person_members m ON m.participant_id = i.participant_id
       JOIN person_members pm ON pm.person_id = m.person_id
       ORDER BY c.id`,
    )
    .all() as { list_sha256: string; line: number | null; name: string; list_path: string; person_id: number; participant_id: number }[];
  const contacts = new Map<string, { name: string; file: string; line: number | null; persons: Map<number, Set<number>> }>();
  for (const e of entries) {
    const key = `${e.list_sha256}\u0000${e.line ?? ''}\u0000${e.name}`;
    const contact = contacts.get(key) ?? { name: e.name, file: basename(e.list_path), line: e.line, persons: new Map<number, Set<number>>() };
    const members = contact.persons.get(e.person_id) ?? new Set<number>();
    members.add(e.participant_id);
    contact.persons.set(e.person_id, members);
    contacts.set(key, contact);
  }
  const reviewed = db.prepare("SELECT 1 FROM person_members WHERE person_id = ? AND method = 'reviewer' LIMIT 1").pluck();
  const separated = db.prepare('SELECT 1 FROM person_separations WHERE participant_id = ? AND other_participant_id = ?').pluck();
  const move = db.prepare(`UPDATE person_members SET person_id = ?, method = 'contact_list', evidence = ?, decided_by = ?, decided_at = ? WHERE person_id = ?`);
  const grouped: Grouping[] = [];
  // Persons joined earlier in this run, and the person they joined, so later entries see them as one.
  const joinedInto = new Map<number, number>();
  const current = (personId: number): number => {
    let id = personId;
    while (joinedInto.has(id)) id = joinedInto.get(id)!;
    return id;
  };
  const membersNow = new Map<number, Set<number>>();
  for (const contact of contacts.values()) for (const [personId, members] of contact.persons) membersNow.set(personId, members);
  for (const contact of contacts.values()) {
    const personIds = [...new Set([...contact.persons.keys()].map(current))].sort((a, b) => a - b);
    if (personIds.length < 2 || personIds.some((id) => reviewed.get(id))) continue;
    const participants = personIds.flatMap((id) => [...membersNow.get(id)!]);
    if (participants.some((a) => participants.some((b) => a < b && separated.get(a, b)))) continue;
    const [target, ...others] = personIds as [number, ...number[]];
    const evidence = `${contact.name} in ${contact.file}${contact.line === null ? '' : `, line ${contact.line}`}`;
    for (const other of others) {
      const moved = membersNow.get(other)!;
      for (const participantId of moved) grouped.push({ participantId, personId: target, method: 'contact_list', evidence });
      move.run(target, evidence, AUTOMATIC, Date.now(), other);
      for (const participantId of moved) membersNow.get(target)!.add(participantId);
      joinedInto.set(other, target);
    }
  }
  return grouped;
}
