// The search hits among the messages on screen, with their matched passages, fetched in chunks of
// the thread as the reviewer scrolls and kept for the chunks seen last. React reads it through
// useSyncExternalStore; every arrival publishes a new snapshot.
import type { ThreadHit } from '../../../shared/api';

const CHUNK = 200;
const CHUNKS_KEPT = 100;

export type Marks = [number, number][];

export interface HitSnapshot {
  /** The passages to mark when the message at `seq` is a hit; undefined when it is not (or not known yet). */
  marksAt(seq: number): Marks | undefined;
}

type FetchHits = (fromSeq: number, toSeq: number) => Promise<ThreadHit[]>;

export class ThreadHitCache {
  /** Chunk → hits in it by seq; Map order is least recently wanted first. */
  private readonly chunks = new Map<number, Map<number, Marks>>();
  private readonly pending = new Set<number>();
  private readonly failed = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: HitSnapshot = this.snapshotNow();

  constructor(
    private readonly fetchHits: FetchHits,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HitSnapshot => this.snapshot;

  want(firstSeq: number, lastSeq: number): void {
    for (let chunk = Math.floor(firstSeq / CHUNK); chunk <= Math.floor(lastSeq / CHUNK); chunk++) {
      const hits = this.chunks.get(chunk);
      if (hits !== undefined) {
        this.chunks.delete(chunk);
        this.chunks.set(chunk, hits);
      } else if (!this.pending.has(chunk) && !this.failed.has(chunk)) {
        void this.load(chunk);
      }
    }
  }

  private async load(chunk: number): Promise<void> {
    this.pending.add(chunk);
    try {
      const hits = await this.fetchHits(chunk * CHUNK, (chunk + 1) * CHUNK);
      this.chunks.set(chunk, new Map(hits.map((h) => [h.seq, h.marks])));
      while (this.chunks.size > CHUNKS_KEPT) this.chunks.delete(this.chunks.keys().next().value!);
      this.publish();
    } catch (error) {
      // One report per chunk: scrolling back and forth must not repeat it.
      this.failed.add(chunk);
      this.onFailure(error);
    } finally {
      this.pending.delete(chunk);
    }
  }

  private publish(): void {
    this.snapshot = this.snapshotNow();
    for (const listener of this.listeners) listener();
  }

  private snapshotNow(): HitSnapshot {
    const chunks = new Map(this.chunks);
    return { marksAt: (seq) => chunks.get(Math.floor(seq / CHUNK))?.get(seq) };
  }
}

/** The store of a thread with no search: nothing is ever a hit. */
export const NO_HITS = {
  subscribe: () => () => undefined,
  getSnapshot: (): HitSnapshot => NOTHING,
  want: (): void => undefined,
};
const NOTHING: HitSnapshot = { marksAt: () => undefined };
