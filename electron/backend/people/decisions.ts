// A reviewer's decisions about persons: merging persons into one, and separating a participant from
// its person. Each is one transaction and one audit entry with the persons before and after
// (docs/people.md#reviewer-decisions). Automatic resolution never moves a participant again afterwards.
import { ApiError } from '../../../shared/api';
import type { Person } from '../../../shared/model';
import { appendAudit } from '../audit/log';
import type { Db } from '../case/open';
import { auditView, createPerson, getPerson, renamePersons } from './persons';

function existing(db: Db, personId: number): Person {
  const person = getPerson(db, personId);
  if (!person) throw new ApiError('not_found', `There is no person ${personId} in this case.`);
  return person;
}

/** Merges the persons into the one with the lowest id; named `displayName` when the reviewer gives one. */
export function mergePersons(db: Db, personIds: number[], displayName: string | undefined, actor: string, reason?: string): Person {
  const ids = [...new Set(personIds)].sort((a, b) => a - b);
  if (ids.length < 2) throw new ApiError('invalid_argument', 'A merge needs at least two different persons.');
  const name = displayName?.replace(/\s+/g, ' ').trim();
  if (displayName !== undefined && !name) throw new ApiError('invalid_argument', 'The name of a merged person cannot be blank.');
  const before = ids.map((id) => existing(db, id));
  const [target, ...others] = before as [Person, ...Person[]];
  return db.transaction(() => {
    const now = Date.now();
    const move = db.prepare(`UPDATE person_members SET person_id = ?, method = 'reviewer', evidence = ?, decided_by = ?, decided_at = ? WHERE person_id = ?`);
    for (const other of others) {
      move.run(target.id, `merged by the reviewer from person ${other.id} (${other.name}) into person ${target.id} (${target.name})`, actor, now, other.id);
      db.prepare('DELETE FROM persons WHERE id = ?').run(other.id);
    }
    // The reviewer now holds these participants to be one person: earlier separations among them are void.
    const members = before.flatMap((p) => p.participants.map((x) => x.id));
    const list = members.map(() => '?').join(',');
    db.prepare(`DELETE FROM person_separations WHERE participant_id IN (${list}) AND other_participant_id IN (${list})`).run(...members, ...members);
    // A name a reviewer gave one of the merged persons is kept unless the merge gives a new one.
    const named = name ? { name, nameEvidence: `named by ${actor}` } : before.find((p) => p.nameSource === 'reviewer');
    if (named) db.prepare(`UPDATE persons SET display_name = ?, name_source = 'reviewer', name_evidence = ? WHERE id = ?`).run(named.name, named.nameEvidence, target.id);
    else renamePersons(db, [target.id]);
    const after = existing(db, target.id);
    appendAudit(db, 'people.merge', { before: before.map(auditView), after: auditView(after), ...(reason ? { reason } : {}) }, actor);
    return after;
  })();
}

/**
 * Takes a participant out of its person into a person of its own, and records that it is not the same
 * person as those it leaves: no automatic grouping or suggestion joins them again.
 */
export function unmergeParticipant(db: Db, participantId: number, actor: string, reason?: string): { person: Person; from: Person } {
  const personId = db
    .prepare(
      `SELECT m.person_id FROM person_members m JOIN participants p ON p.id = m.participant_id JOIN sources s ON s.id = p.source_id
       WHERE m.participant_id = ? AND s.status = 'complete'`,
    )
    .pluck()
    .get(participantId) as number | undefined;
  if (personId === undefined) throw new ApiError('not_found', `There is no participant ${participantId} in this case.`);
  const before = existing(db, personId);
  const leaving = before.participants.find((p) => p.id === participantId)!;
  if (before.participants.length === 1) throw new ApiError('invalid_argument', `${leaving.name} is already a person of its own.`);
  return db.transaction(() => {
    const now = Date.now();
    const own = createPerson(db, leaving.name);
    db.prepare(`UPDATE person_members SET person_id = ?, method = 'reviewer', evidence = ?, decided_by = ?, decided_at = ? WHERE participant_id = ?`).run(
      own,
      `separated by the reviewer from person ${before.id} (${before.name})`,
      actor,
      now,
      participantId,
    );
    const separate = db.prepare('INSERT OR IGNORE INTO person_separations(participant_id, other_participant_id, decided_by, decided_at) VALUES (?, ?, ?, ?)');
    for (const stays of before.participants) {
      if (stays.id !== participantId) separate.run(Math.min(stays.id, participantId), Math.max(stays.id, participantId), actor, now);
    }
    renamePersons(db, [before.id, own]);
    const from = existing(db, before.id);
    const person = existing(db, own);
    appendAudit(db, 'people.unmerge', { participantId, before: auditView(before), after: [auditView(from), auditView(person)], ...(reason ? { reason } : {}) }, actor);
    return { person, from };
  })();
}
