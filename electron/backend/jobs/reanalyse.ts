// The one way a job re-runs the gap engine after a change: on the sources the change touched, on the
// sources whose findings read them, and inside the job's transaction, so a cancel leaves the findings
// as they were.
import { linkedSources } from '../case/source-sets';
import type { Writer } from '../case/open';
import { analysisSteps } from '../gaps/engine';
import { personalSourceIds } from '../records/accounts';
import { runSteps, type JobContext } from './runner';

export interface Reanalysis {
  /** Sources whose own facts changed (new rows, new times, a new link, a new mark). */
  sources: readonly number[];
  /** The records lens reads the official accounts: a change to one re-runs it on every personal account (RK-1). */
  recordsLens?: boolean;
}

export async function reanalyse(db: Writer, ctx: JobContext, change: Reanalysis): Promise<void> {
  // Cross-custodian findings (R6) read both copies of a linked conversation.
  const affected = new Set([...change.sources, ...linkedSources(db, change.sources), ...(change.recordsLens ? personalSourceIds(db) : [])]);
  if (affected.size === 0) return;
  // Said before the first step, which can be the whole analysis (one large conversation), so that its time is not shown as the phase before.
  ctx.progress('analysing gaps', 0, 0);
  await runSteps(analysisSteps(db, [...affected].sort((a, b) => a - b)), ctx, 'analysing gaps');
}
