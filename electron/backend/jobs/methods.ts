// The contract's methods that start jobs. Each checks what it can at once (a refusal is an answer,
// not a failed job), then runs its change and the re-analysis that follows in one transaction of
// the writer (jobs/reanalyse.ts), so a cancel in any phase leaves the case as it was.
import type { EngineApi } from '../../../shared/api';
import { checkLinkRequest, checkUnlinkRequest } from '../align/link-requests';
import { linkPair, unlink } from '../align/links';
import { decisionActor } from '../review/reviewer';
import type { CaseFile } from '../case/open';
import { completeSources, isOfficialSource, sourcesOfConversations } from '../case/source-sets';
import { setMatterPeriod } from '../gaps/matter-period';
import { rereadSource } from '../reading/reread';
import { markSourceAccount } from '../records/accounts';
import { importJob } from './import-job';
import { reanalyse, type Reanalysis } from './reanalyse';
import type { JobContext, JobRunner } from './runner';

type JobMethods = Pick<
  EngineApi,
  'importArchive' | 'setSourceReading' | 'linkConversations' | 'unlinkConversations' | 'setMatterPeriod' | 'markSourceAccount' | 'cancelJob'
>;

export function jobMethods(cf: CaseFile, jobs: JobRunner): JobMethods {
  const db = cf.writer;
  /** A change, then the re-analysis it calls for, as one job and one transaction. */
  const changeJob = (change: (ctx: JobContext) => Promise<Reanalysis> | Reanalysis) => ({
    jobId: jobs.start((ctx) => ctx.atomically(async () => (await reanalyse(db, ctx, await change(ctx)), null))),
  });
  return {
    async importArchive(a) {
      return { jobId: jobs.start(importJob(cf, a)) };
    },
    async setSourceReading(a) {
      return changeJob(async (ctx) => {
        await rereadSource(cf, a, ctx);
        // Findings hang on times (silences, coverage, spans); an official account's times move its copies, which the records lens reads.
        return { sources: [a.sourceId], recordsLens: isOfficialSource(db, a.sourceId) };
      });
    },
    async linkConversations({ conversationIds }) {
      checkLinkRequest(cf.reader, conversationIds);
      const [first, second] = conversationIds as [number, number];
      return changeJob(() => ({ sources: sourcesOfConversations(db, linkPair(db, first, second, 'reviewer', 'linked by the reviewer', decisionActor(db))?.conversationIds ?? []) }));
    },
    async unlinkConversations({ linkId }) {
      checkUnlinkRequest(cf.reader, linkId);
      return changeJob(() => ({ sources: sourcesOfConversations(db, unlink(db, linkId, decisionActor(db))) }));
    },
    async setMatterPeriod({ start, end }) {
      return changeJob(() => (setMatterPeriod(db, start && end ? { start, end } : null), { sources: completeSources(db) }));
    },
    async markSourceAccount({ sourceId, kind, holder }) {
      const mark = () => markSourceAccount(db, sourceId, kind === 'none' ? null : { kind, holder: holder ?? null }, decisionActor(db));
      // Tried now and undone, so a wrong holder is an answer and not a failed job; the job makes the mark for good.
      await jobs.write(() => rehearse(cf, mark));
      return changeJob(() => (mark(), { sources: [sourceId], recordsLens: true }));
    },
    async cancelJob({ jobId }) {
      return { cancelled: jobs.cancel(jobId) };
    },
  };
}

/** Runs `write` and undoes it, throwing what it threw: a check by trying. */
function rehearse(cf: CaseFile, write: () => void): void {
  const db = cf.writer;
  const undone = new Error('rehearsed');
  try {
    db.transaction(() => {
      write();
      throw undone;
    })();
  } catch (e) {
    if (e !== undone) throw e;
  }
}
