// The contract's methods that record a reviewer's decision at once, without a job: persons merged or
// split, a contact list read, the display zone. Each is a write of its own, so it waits while a job
// holds the writer's transaction and is never swept into (or rolled back with) that job; merges and the
// display zone wait out another process writing the case too (review/busy.ts).
import type { EngineApi } from '../../../shared/api';
import { setDisplayTimeZone } from '../case/display-zone';
import type { CaseFile } from '../case/open';
import type { JobRunner } from '../jobs/runner';
import { importContactList } from '../people/contacts/import';
import { mergePersons, unmergeParticipant } from '../people/decisions';
import { writeWhenFree } from '../review/busy';
import { decisionActor } from '../review/reviewer';

type DecisionMethods = Pick<EngineApi, 'mergePersons' | 'unmergeParticipant' | 'importContacts' | 'setDisplayTimeZone'>;

export function decisionMethods(cf: CaseFile, jobs: JobRunner): DecisionMethods {
  const db = cf.writer;
  return {
    mergePersons: ({ personIds, displayName, reviewer, reason }) => jobs.write(() => writeWhenFree(db, () => mergePersons(db, personIds, displayName, decisionActor(db, reviewer), reason))),
    unmergeParticipant: ({ participantId, reviewer, reason }) => jobs.write(() => writeWhenFree(db, () => unmergeParticipant(db, participantId, decisionActor(db, reviewer), reason))),
    importContacts: ({ path, country }) => jobs.write(() => importContactList(db, path, { country })),
    setDisplayTimeZone: ({ timeZone }) => jobs.write(() => writeWhenFree(db, () => setDisplayTimeZone(db, timeZone, decisionActor(db)))),
  };
}
