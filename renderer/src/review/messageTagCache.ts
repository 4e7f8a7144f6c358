// The tags of the messages on screen, fetched in batches as rows appear and fetched again after
// every coding action. Rows read it through useSyncExternalStore, so a memoised message row
// re-renders its chips without the thread re-rendering.
import type { AppliedTag } from '../../../shared/review';

/** The engine answers at most this many messages per call. */
const BATCH = 500;
const NO_TAGS: AppliedTag[] = [];

export class MessageTagCache {
  private readonly tags = new Map<number, AppliedTag[]>();
  /** How many rows show each message: only watched messages are fetched again after a change. */
  private readonly watched = new Map<number, number>();
  private readonly pending = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;

  constructor(
    private readonly read: (messageIds: number[]) => Promise<{ messageId: number; tags: AppliedTag[] }[]>,
    private readonly onError: (error: unknown) => void,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  tagsOf(messageId: number): AppliedTag[] {
    return this.tags.get(messageId) ?? NO_TAGS;
  }

  watch(messageId: number): () => void {
    this.watched.set(messageId, (this.watched.get(messageId) ?? 0) + 1);
    if (!this.tags.has(messageId)) this.request([messageId]);
    return () => {
      const left = (this.watched.get(messageId) ?? 1) - 1;
      if (left > 0) this.watched.set(messageId, left);
      else this.watched.delete(messageId);
    };
  }

  /** After a coding action: what is known may be stale; the messages on screen are read again. */
  invalidate(): void {
    this.tags.clear();
    this.request([...this.watched.keys()]);
  }

  private request(ids: number[]): void {
    for (const id of ids) this.pending.add(id);
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    // One call for every row drawn in the same frame.
    queueMicrotask(() => {
      this.scheduled = false;
      const all = [...this.pending];
      this.pending.clear();
      for (let i = 0; i < all.length; i += BATCH) void this.fetch(all.slice(i, i + BATCH));
    });
  }

  private async fetch(ids: number[]): Promise<void> {
    try {
      const answers = await this.read(ids);
      for (const { messageId, tags } of answers) this.tags.set(messageId, tags.length === 0 ? NO_TAGS : tags);
      for (const listener of this.listeners) listener();
    } catch (error) {
      this.onError(error);
    }
  }
}
