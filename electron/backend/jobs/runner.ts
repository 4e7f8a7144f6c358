// Long jobs (imports now; exports and re-analysis later) run one at a time, report progress at most
// ten times a second, and can be cancelled between batches (spec/electron.md §3).
import { randomUUID } from 'node:crypto';
import type { ApiEvent } from '../../../shared/api';
import type { ImportSummary } from '../../../shared/model';
import { CancelledError } from '../importers/types';

export interface JobContext {
  jobId: string;
  isCancelled(): boolean;
  progress(phase: string, done: number, total: number): void;
}

export type JobWork = (ctx: JobContext) => Promise<ImportSummary | null>;

const PROGRESS_INTERVAL_MS = 100;

export class JobRunner {
  private readonly cancelled = new Set<string>();
  private readonly live = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly emit: (event: ApiEvent) => void) {}

  start(work: JobWork): string {
    const jobId = randomUUID();
    this.live.add(jobId);
    this.emit({ type: 'job.progress', jobId, phase: 'queued', done: 0, total: 0 });
    this.queue = this.queue.then(() => this.run(jobId, work));
    return jobId;
  }

  cancel(jobId: string): boolean {
    if (!this.live.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }

  /** Resolves when every job started so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(jobId: string, work: JobWork): Promise<void> {
    let lastEmit = 0;
    let lastPhase = '';
    const ctx: JobContext = {
      jobId,
      isCancelled: () => this.cancelled.has(jobId),
      progress: (phase, done, total) => {
        const now = Date.now();
        if (phase === lastPhase && now - lastEmit < PROGRESS_INTERVAL_MS && done < total) return;
        lastEmit = now;
        lastPhase = phase;
        this.emit({ type: 'job.progress', jobId, phase, done, total });
      },
    };
    try {
      if (ctx.isCancelled()) throw new CancelledError();
      const summary = await work(ctx);
      this.emit({ type: 'job.done', jobId, ok: true, cancelled: false, error: null, summary });
    } catch (e) {
      const cancelled = e instanceof CancelledError;
      this.emit({ type: 'job.done', jobId, ok: false, cancelled, error: (e as Error).message, summary: null });
    } finally {
      this.live.delete(jobId);
      this.cancelled.delete(jobId);
    }
  }
}
