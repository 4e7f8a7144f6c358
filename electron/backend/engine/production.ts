// The contract's production methods: a production of a search's hits as a job (with its result kept
// for productionJob), the dialog's preview, the list of productions, and redactions. Every write
// names its reviewer (the one given, else this machine's) and waits while a job holds the writer.
import type { EngineApi } from '../../../shared/api';
import { ApiError } from '../../../shared/api';
import type { ProductionJob } from '../../../shared/production';
import { defaultActor } from '../audit/log';
import type { CaseFile } from '../case/open';
import { CancelledError } from '../importers/types';
import type { JobRunner } from '../jobs/runner';
import { checkOutFolder } from '../production/out-folder';
import type { PrintToPdf } from '../production/page-layout';
import { planProduction, previewProduction, runProduction, type ProduceRequest } from '../production/produce';
import { listProductions } from '../production/records';
import { addRedaction, listRedactions, removeRedaction } from '../production/redactions';
import { whenFree, writeWhenFree } from '../review/busy';
import { currentReviewer, decidingReviewer } from '../review/reviewer';
import { SearchCore } from '../search/core';

export type { PrintToPdf };

type ProductionMethods = Pick<EngineApi, 'produce' | 'productionJob' | 'previewProduction' | 'listProductions' | 'addRedaction' | 'removeRedaction' | 'listRedactions'>;

/** Production jobs whose outcome is kept for productionJob; the oldest are forgotten beyond this. */
const KEPT_JOBS = 100;

/** `printToPdf` is the door's printer (the desktop shell's); without one, PDFs print through an installed Chromium. */
export function productionMethods(cf: CaseFile, jobs: JobRunner, printToPdf?: PrintToPdf): ProductionMethods {
  const db = cf.writer;
  const read = cf.reader;
  const core = new SearchCore(read);
  const outcomes = new Map<string, ProductionJob>();
  const keep = (job: ProductionJob) => {
    outcomes.set(job.jobId, job);
    if (outcomes.size > KEPT_JOBS) outcomes.delete(outcomes.keys().next().value!);
  };
  const decide = <T>(given: string | undefined, work: (reviewer: string) => T) => jobs.write(() => writeWhenFree(db, () => work(decidingReviewer(db, given))));
  return {
    async produce({ reviewer: given, ...fields }) {
      const request: ProduceRequest = { ...fields, unit: fields.unit ?? 'day' };
      // Checked now, so a wrong folder, query, tag, reviewer or start is an answer rather than a failed job.
      checkOutFolder(request.outDir);
      const reviewer = await decide(given, (r) => r);
      await planProduction(read, core, request);
      const { jobId, done } = jobs.run(async (ctx) => {
        const production = await whenFree(() => runProduction({ read, write: db }, core, cf.path, request, reviewer, ctx, printToPdf));
        keep({ jobId: ctx.jobId, state: 'done', production, error: null });
        return null;
      });
      keep({ jobId, state: 'running', production: null, error: null });
      done.catch((e: Error) => keep({ jobId, state: e instanceof CancelledError ? 'cancelled' : 'failed', production: null, error: e.message }));
      return { jobId };
    },
    productionJob: async ({ jobId }) => {
      const job = outcomes.get(jobId);
      if (!job) throw new ApiError('not_found', `There is no production job ${jobId} in this session.`);
      return job;
    },
    previewProduction: async ({ reviewer, ...fields }) =>
      previewProduction(read, core, cf.path, { ...fields, unit: fields.unit ?? 'day', formats: ['html'], outDir: '' }, reviewer ?? currentReviewer(read) ?? defaultActor(read)),
    listProductions: async () => listProductions(read),
    addRedaction: ({ reviewer, ...redaction }) => decide(reviewer, (r) => addRedaction(db, redaction, r)),
    removeRedaction: ({ redactionId, reviewer, reason }) => decide(reviewer, (r) => removeRedaction(db, redactionId, r, reason)),
    listRedactions: async (a) => listRedactions(read, a),
  };
}
