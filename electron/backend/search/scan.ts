// A long search (regexes over many messages, a walk along a thread) works in chunks and hands the
// event loop back between them, so the engine keeps answering other calls while it runs; between
// chunks it stops when it was cancelled (a newer search in the same place, or cancelSearch) or when
// its time is up.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../../shared/api';

export class Scan {
  private readonly deadline: number;

  constructor(
    private readonly milliseconds: number,
    private readonly signal?: AbortSignal,
  ) {
    this.deadline = performance.now() + milliseconds;
  }

  /** Lets other calls run, then goes on unless the search was cancelled or ran out of time. */
  async turn(): Promise<void> {
    await nextTurn();
    if (this.signal?.aborted) throw new ApiError('cancelled', 'The search was cancelled (a newer search replaced it, or it was stopped).');
    if (performance.now() > this.deadline) {
      throw new ApiError('bad_input', `The /regex/ took longer than ${this.milliseconds / 1000} s over the selected messages; narrow the search or simplify the regex.`);
    }
  }
}

/**
 * The running searches, one per slot (the case's results list, its facets, one conversation's hit
 * count, …): a new search in a slot cancels the one it replaces, since that answer would no longer
 * be shown; cancelAll() stops them all.
 */
export class RunningSearches {
  private readonly running = new Map<string, AbortController>();

  async run<T>(slot: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.running.get(slot)?.abort();
    const controller = new AbortController();
    this.running.set(slot, controller);
    try {
      return await work(controller.signal);
    } finally {
      if (this.running.get(slot) === controller) this.running.delete(slot);
    }
  }

  /** Cancels every running search; returns how many there were. */
  cancelAll(): number {
    const n = this.running.size;
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
    return n;
  }
}
