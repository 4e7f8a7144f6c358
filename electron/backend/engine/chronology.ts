// The contract's chronology methods: chronologies and their entries (every change audited under
// its reviewer), the self-check, and export and import. Writes wait, as review's do, for a job
// holding the writer and for another process writing the same case (review/busy.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, type EngineApi } from '../../../shared/api';
import type { CaseFile } from '../case/open';
import { checkEntries } from '../chronology/check';
import { addEntry, changeEntry, chronologyView, createChronology, listChronologies } from '../chronology/entries';
import { writeChronology } from '../chronology/export';
import { importChronologyCsv } from '../chronology/import';
import type { JobRunner } from '../jobs/runner';
import type { PrintToPdf } from '../production/page-layout';
import { writeWhenFree } from '../review/busy';
import { decidingReviewer } from '../review/reviewer';

type ChronologyMethods = Pick<EngineApi, 'listChronologies' | 'chronology' | 'createChronology' | 'addChronologyEntry' | 'changeChronologyEntry' | 'checkChronology' | 'exportChronology' | 'importChronology'>;

/** `printToPdf` is the door's printer (the desktop shell's), as productions take it; without one, a PDF prints through an installed Chromium. */
export function chronologyMethods(cf: CaseFile, jobs: JobRunner, printToPdf?: PrintToPdf): ChronologyMethods {
  const db = cf.writer;
  const read = cf.reader;
  const decide = <T>(given: string | undefined, work: (reviewer: string) => T) => jobs.write(() => writeWhenFree(db, () => work(decidingReviewer(db, given))));
  return {
    listChronologies: async () => listChronologies(read),
    chronology: async ({ chronology }) => chronologyView(read, chronology),
    createChronology: ({ name, reviewer }) => decide(reviewer, (r) => createChronology(db, name, r)),
    addChronologyEntry: ({ chronology, evidence, reviewer, ...fields }) => decide(reviewer, (r) => addEntry(db, chronology, evidence, fields, r)),
    changeChronologyEntry: ({ entryId, reviewer, ...changes }) => decide(reviewer, (r) => changeEntry(db, entryId, changes, r)),
    checkChronology: async ({ chronology }) => ({ warnings: await checkEntries(read, chronologyView(read, chronology).entries) }),
    async exportChronology({ chronology, format, outPath }) {
      const view = chronologyView(read, chronology);
      return writeChronology(read, view, await checkEntries(read, view.entries), format, outPath, printToPdf);
    },
    importChronology({ chronology, csvPath, reviewer }) {
      let text: string;
      try {
        text = readFileSync(csvPath, 'utf8');
      } catch (e) {
        throw new ApiError('invalid_argument', `${csvPath} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
      return decide(reviewer, (r) => importChronologyCsv(db, basename(csvPath), text, chronology, r));
    },
  };
}
