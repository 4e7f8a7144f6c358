// Long jobs (imports, re-reading a source, linking, re-analysis) run one at a time, report progress at
// most ten times a second, and can be cancelled in every phase (docs/design.md#jobs). Every
// progress report is also a cancel check, long loops yield so that a cancel can arrive, and a job's
// changes to the case are one transaction of the writer, rolled back when it is cancelled or fails.
import { randomUUID } from 'node:crypto';
import type { ApiEvent } from '../../../shared/api';
import type { ImportSummary } from '../../../shared/model';
import type { Writer } from '../case/open';
import { CancelledError } from '../importers/types';

export interface JobContext {
  jobId: string;
  isCancelled(): boolean;
  /** Reports progress through a phase; throws CancelledError once the job is cancelled. */
  progress(phase: string, done: number, total: number): void;
  /** Lets other calls in (a cancel among them), then throws CancelledError if the job was cancelled. */
  checkpoint(): Promise<void>;
  /**
   * Runs `work` as one transaction of the writer: committed when it ends, rolled back when it throws
   * (a cancel included). Writes outside jobs wait until it ends, so none is swept into it.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /** Says at once that this phase cannot be stopped, and why; a cancel asked for meanwhile is refused. */
  uninterruptible(phase: string, why: string): void;
}

export type JobWork = (ctx: JobContext) => Promise<ImportSummary | null>;

const PROGRESS_INTERVAL_MS = 100;
/** How long a loop runs between checkpoints: short enough that a cancel is seen at once. */
const SLICE_MS = 50;

/** Runs the writes given to it one after another, never inside a job's open transaction. */
class WriterLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

export class JobRunner {
  private readonly cancelled = new Set<string>();
  private readonly live = new Set<string>();
  /** Jobs in a phase that cannot be stopped. */
  private readonly unstoppable = new Set<string>();
  private readonly lock = new WriterLock();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly writer: Writer,
    private readonly emit: (event: ApiEvent) => void,
  ) {}

  start(work: JobWork): string {
    return this.run(work).jobId;
  }

  /** Starts a job and resolves with what it returns, or rejects with why it failed (CancelledError when cancelled). */
  run<T extends ImportSummary | null>(work: (ctx: JobContext) => Promise<T>): { jobId: string; done: Promise<T> } {
    const jobId = randomUUID();
    this.live.add(jobId);
    this.emit({ type: 'job.progress', jobId, phase: 'queued', done: 0, total: 0 });
    const done = this.queue.then(() => this.execute(jobId, work));
    this.queue = done.then(
      () => undefined,
      () => undefined,
    );
    return { jobId, done };
  }

  /** False when the job has ended or is in a phase that cannot be stopped. */
  cancel(jobId: string): boolean {
    if (!this.live.has(jobId) || this.unstoppable.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }


  /** A write outside any job (a saved search, a merge): it waits while a job holds the writer's transaction. */
  write<T>(work: () => T | Promise<T>): Promise<T> {
    return this.lock.run(work);
  }

  /** Resolves when every job started so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async execute<T extends ImportSummary | null>(jobId: string, work: (ctx: JobContext) => Promise<T>): Promise<T> {
    let lastEmit = 0;
    let lastPhase = '';
    const throwIfCancelled = () => {
      if (this.cancelled.has(jobId)) throw new CancelledError();
    };
    const ctx: JobContext = {
      jobId,
      isCancelled: () => this.cancelled.has(jobId),
      progress: (phase, done, total) => {
        throwIfCancelled();
        const now = Date.now();
        if (phase === lastPhase && now - lastEmit < PROGRESS_INTERVAL_MS && done < total) return;
        lastEmit = now;
        lastPhase = phase;
        this.emit({ type: 'job.progress', jobId, phase, done, total });
      },
      checkpoint: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        throwIfCancelled();
      },
      atomically: (section) =>
        this.lock.run(() =>
          inOneTransaction(this.writer, async () => {
            const result = await section();
            // A cancel asked for during the last step is still a cancel: nothing is committed.
            throwIfCancelled();
            return result;
          }),
        ),
      uninterruptible: (phase, why) => {
        this.unstoppable.add(jobId);
        lastPhase = phase;
        this.emit({ type: 'job.progress', jobId, phase, done: 0, total: 0, cancellable: false, why });
      },
    };
    try {
      throwIfCancelled();
      const summary = await work(ctx);
      this.emit({ type: 'job.done', jobId, ok: true, cancelled: false, error: null, summary });
      return summary;
    } catch (e) {
      const cancelled = e instanceof CancelledError;
      this.emit({ type: 'job.done', jobId, ok: false, cancelled, error: (e as Error).message, summary: null });
      throw e;
    } finally {
      this.live.delete(jobId);
      this.cancelled.delete(jobId);
      this.unstoppable.delete(jobId);
    }
  }
}

async function inOneTransaction<T>(writer: Writer, section: () => Promise<T>): Promise<T> {
  // The writer's own transaction() calls inside become savepoints of this one.
  writer.exec('BEGIN IMMEDIATE');
  try {
    const result = await section();
    writer.exec('COMMIT');
    return result;
  } catch (e) {
    if (writer.inTransaction) writer.exec('ROLLBACK');
    throw e;
  }
}

/**
 * Drives a computation written as a generator of progress steps: a checkpoint every few milliseconds
 * (cancel, other calls), progress at every step. Its steps must run inside ctx.atomically.
 */
export async function runSteps<T>(steps: Generator<{ done: number; total: number }, T>, ctx: JobContext, phase: string): Promise<T> {
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    ctx.progress(phase, step.value.done, step.value.total);
    if (Date.now() - sliceStart >= SLICE_MS) {
      await ctx.checkpoint();
      sliceStart = Date.now();
    }
  }
}
