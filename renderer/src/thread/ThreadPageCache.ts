// Pages of one conversation, fetched for the rows on screen only and kept in a bounded cache, so a
// million-message conversation costs the same memory as a small one. React reads it through
// useSyncExternalStore: every change publishes a new snapshot.
import type { ThreadPage } from '../../../shared/api';
import type { MessageView } from '../../../shared/model';
import { readableError } from '../errors/readableError';

export const PAGE_SIZE = 200;
// About 16,000 messages: many screens either way of the reading position, and a fixed ceiling.
const PAGES_KEPT = 80;
// Two requests at a time keep the engine busy without queueing pages the reviewer has scrolled past.
const MAX_IN_FLIGHT = 2;

export interface ThreadSnapshot {
  /** Messages in the conversation, as the engine last reported. */
  total: number;
  messageAt(seq: number): MessageView | undefined;
  /** Why the page holding `seq` could not be loaded, if it failed. */
  failureAt(seq: number): string | undefined;
}

type FetchPage = (fromSeq: number, limit: number) => Promise<ThreadPage>;

const pageOf = (seq: number) => Math.floor(seq / PAGE_SIZE);

export class ThreadPageCache {
  /** Page number → messages by offset in the page; Map order is least recently wanted first. */
  private readonly pages = new Map<number, (MessageView | undefined)[]>();
  private readonly failures = new Map<number, string>();
  private readonly inFlight = new Set<number>();
  /** Pages covering the rows rendered now; only these are fetched. */
  private wanted: number[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: ThreadSnapshot;

  /** `firstPage`: the page from seq 0, already asked for or already arrived (the window's opening, case/opening.ts). */
  constructor(
    private readonly fetchPage: FetchPage,
    private readonly onFailure: (error: unknown) => void,
    total: number,
    firstPage?: ThreadPage | Promise<ThreadPage> | null,
  ) {
    if (firstPage instanceof Promise) void this.load(0, firstPage);
    else if (firstPage != null) this.place(0, firstPage);
    this.snapshot = this.snapshotWith(firstPage == null || firstPage instanceof Promise ? total : firstPage.total);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ThreadSnapshot => this.snapshot;

  /** The rows first..last (seqs) are rendered: fetch what is missing, forget older wishes. */
  want(firstSeq: number, lastSeq: number): void {
    const wanted: number[] = [];
    for (let page = pageOf(firstSeq); page <= pageOf(lastSeq); page++) {
      wanted.push(page);
      const messages = this.pages.get(page);
      if (messages !== undefined) {
        // Re-inserting marks the page as recently used, so eviction spares it.
        this.pages.delete(page);
        this.pages.set(page, messages);
      }
    }
    this.wanted = wanted;
    this.pump();
  }

  retry = (seq: number): void => {
    this.failures.delete(pageOf(seq));
    this.publish(this.snapshot.total);
    this.pump();
  };

  private pump(): void {
    for (const page of this.wanted) {
      if (this.inFlight.size >= MAX_IN_FLIGHT) return;
      if (this.pages.has(page) || this.inFlight.has(page) || this.failures.has(page)) continue;
      void this.load(page);
    }
  }

  private async load(page: number, asked?: Promise<ThreadPage>): Promise<void> {
    this.inFlight.add(page);
    try {
      const result = await (asked ?? this.fetchPage(page * PAGE_SIZE, PAGE_SIZE));
      this.place(page, result);
      this.publish(result.total);
    } catch (error) {
      this.failures.set(page, readableError(error));
      this.onFailure(error);
      this.publish(this.snapshot.total);
    } finally {
      this.inFlight.delete(page);
      this.pump();
    }
  }

  private place(page: number, result: ThreadPage): void {
    const fromSeq = page * PAGE_SIZE;
    // Placed by seq rather than by array position, so a page can never shift messages.
    const slots: (MessageView | undefined)[] = new Array<MessageView | undefined>(PAGE_SIZE);
    for (const message of result.messages) {
      const offset = message.seq - fromSeq;
      if (offset >= 0 && offset < PAGE_SIZE) slots[offset] = message;
    }
    this.pages.set(page, slots);
    this.evictUnwanted();
  }

  private evictUnwanted(): void {
    for (const page of this.pages.keys()) {
      if (this.pages.size <= PAGES_KEPT) return;
      if (!this.wanted.includes(page)) this.pages.delete(page);
    }
  }

  private publish(total: number): void {
    this.snapshot = this.snapshotWith(total);
    for (const listener of this.listeners) listener();
  }

  private snapshotWith(total: number): ThreadSnapshot {
    return {
      total,
      messageAt: (seq) => this.pages.get(pageOf(seq))?.[seq - pageOf(seq) * PAGE_SIZE],
      failureAt: (seq) => this.failures.get(pageOf(seq)),
    };
  }
}
