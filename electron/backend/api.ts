// The engine behind every door: createEngine() opens a case and wires each room's methods into the
// EngineApi. It is plain Node (never imports electron), so the desktop host, browser mode, the CLI
// and the tests all run exactly this code.
import type { ApiEvent, EngineApi, ImportRequest } from '../../shared/api';
import type { ImportSummary } from '../../shared/model';
import { openCase, type CaseFile } from './case/open';
import { closeSession, joinCase } from './review/open-sessions';
import { decisionMethods } from './engine/decisions';
import { doorMethods, exportMessages, verifyCase, type DoorEngineApi } from './engine/doors';
import { productionMethods, type PrintToPdf } from './engine/production';
import { chronologyMethods } from './engine/chronology';
import { readMethods } from './engine/reads';
import { reviewMethods } from './engine/review';
import { searchMethods } from './engine/search';
import { validating } from './engine/calls';
import { validateArg } from '../../shared/validate';
import { BadInputError, CancelledError } from './importers/types';
import { importJob } from './jobs/import-job';
import { jobMethods } from './jobs/methods';
import { JobRunner } from './jobs/runner';
import { resolvePersons } from './people/resolve';

export type { DoorEngineApi } from './engine/doors';
export { answerCall, toApiError } from './engine/calls';

export interface Engine {
  /** The contract's methods, each validating its argument: for callers in this process (the CLI, the tests). */
  api: EngineApi;
  /** The same methods taking arguments a door has validated (the engine worker's). */
  checkedApi: EngineApi;
  doorApi: DoorEngineApi;
  caseFile: CaseFile;
  /** Starts an import and resolves with its summary (the CLI's way in; the API's importArchive returns a job id). */
  runImport(req: ImportRequest, onEvent?: (e: ApiEvent) => void): { jobId: string; done: Promise<ImportSummary> };
  exportMessages: OmitFirst<typeof exportMessages>;
  verifySources: OmitFirst<typeof verifyCase>;
  idle(): Promise<void>;
  close(): Promise<void>;
}

type OmitFirst<F> = F extends (first: CaseFile, ...rest: infer A) => infer R ? (...rest: A) => R : never;

export class CancelledImport extends Error {}

export function createEngine(casePath: string, opts: { create: boolean; onEvent?: (e: ApiEvent) => void; defaultTimeZone?: string; printToPdf?: PrintToPdf }): Engine {
  const caseFile = openCase(casePath, { create: opts.create, defaultTimeZone: opts.defaultTimeZone });
  const session = joinCase(caseFile.writer);
  // Participants of a case written before persons existed; immediate, so another process's write waits for it rather than failing it.
  caseFile.writer.transaction(() => resolvePersons(caseFile.writer)).immediate();
  const listeners = new Set<(e: ApiEvent) => void>(opts.onEvent ? [opts.onEvent] : []);
  const jobs = new JobRunner(caseFile.writer, (e) => listeners.forEach((l) => l(e)));
  const ownImports = new Set<string>();
  const checkedApi: EngineApi = { ...readMethods(caseFile), ...searchMethods(caseFile, jobs), ...decisionMethods(caseFile, jobs), ...jobMethods(caseFile, jobs), ...reviewMethods(caseFile, jobs), ...productionMethods(caseFile, jobs, opts.printToPdf), ...chronologyMethods(caseFile, jobs, opts.printToPdf) };
  return {
    api: validating(checkedApi),
    checkedApi,
    doorApi: doorMethods(caseFile),
    caseFile,
    runImport(req, onEvent) {
      if (onEvent) listeners.add(onEvent);
      const { jobId, done } = jobs.run(importJob(caseFile, validateArg('importArchive', req)));
      ownImports.add(jobId);
      const failed = (e: Error) => Promise.reject(e instanceof CancelledError ? new CancelledImport(e.message) : new BadInputError(e.message));
      return { jobId, done: done.catch(failed).finally(() => (ownImports.delete(jobId), onEvent && listeners.delete(onEvent))) };
    },
    exportMessages: (a, out) => exportMessages(caseFile, a, out),
    verifySources: (o) => verifyCase(caseFile, o),
    idle: () => jobs.idle(),
    async close() {
      // The caller's own imports stop (the CLI closes on Ctrl-C); jobs started through the API finish first.
      ownImports.forEach((id) => jobs.cancel(id));
      // A search still scanning would otherwise read a closed database at its next chunk.
      await checkedApi.cancelSearch({});
      await jobs.idle();
      closeSession(caseFile.writer, session);
      caseFile.close();
    },
  };
}
