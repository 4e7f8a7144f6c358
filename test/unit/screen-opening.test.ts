// The window's opening: the first thread page is asked before anything the window only fills in
// around it, is handed to the thread once, and reads held for the first rows are let go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadPage } from '../../shared/api';
import type { MessageView } from '../../shared/model';

/** A fake window.api: answers from `answers`, records every call in order, never touches an engine. */
function fakeTransport(answers: Record<string, (arg: unknown) => unknown>, calls: string[]) {
  return new Proxy(
    {},
    {
      get: (_, method: string) => async (arg: unknown) => {
        calls.push(method);
        const answer = answers[method];
        if (answer === undefined) return { ok: false, error: { code: 'internal', message: `${method} is not faked` } };
        return { ok: true, value: answer(arg) };
      },
    },
  );
}

const message = (seq: number) => ({ id: 1000 + seq, seq }) as MessageView;
const pageOf = (conversationId: number, fromSeq: number, count: number, total: number): ThreadPage => ({
  conversationId,
  total,
  messages: Array.from({ length: count }, (_, i) => message(fromSeq + i)),
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reads held until the first rows are shown', () => {
  beforeEach(() => vi.resetModules());

  it('runs a read at once when nothing is held', async () => {
    const { afterFirstRows } = await import('../../renderer/src/engine/firstRows');
    const read = vi.fn(async () => 'read');
    await expect(afterFirstRows(read)).resolves.toBe('read');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('holds a read until the first rows are shown, then runs later ones at once', async () => {
    const { afterFirstRows, firstRowsShown, holdReadsUntilFirstRows } = await import('../../renderer/src/engine/firstRows');
    holdReadsUntilFirstRows();
    const held = vi.fn(async () => 'held');
    const answer = afterFirstRows(held);
    await settle();
    expect(held).not.toHaveBeenCalled();
    firstRowsShown();
    await expect(answer).resolves.toBe('held');
    const later = vi.fn(async () => 'later');
    const laterAnswer = afterFirstRows(later);
    expect(later).toHaveBeenCalledTimes(1);
    await expect(laterAnswer).resolves.toBe('later');
  });
});

describe('the thread page cache with a first page already asked for', () => {
  it('shows the given page without fetching it again', async () => {
    const { ThreadPageCache } = await import('../../renderer/src/thread/ThreadPageCache');
    const fetchPage = vi.fn(async (fromSeq: number, limit: number) => pageOf(7, fromSeq, limit, 1000));
    const cache = new ThreadPageCache(fetchPage, () => {}, 1000, Promise.resolve(pageOf(7, 0, 200, 1000)));
    await settle();
    expect(cache.getSnapshot().messageAt(0)?.id).toBe(1000);
    expect(cache.getSnapshot().messageAt(199)?.id).toBe(1199);
    cache.want(0, 30);
    await settle();
    expect(fetchPage).not.toHaveBeenCalled();
    cache.want(150, 260);
    await settle();
    expect(fetchPage.mock.calls).toEqual([[200, 200]]);
    expect(cache.getSnapshot().messageAt(260)?.id).toBe(1260);
  });

  it('reports a first page that failed and offers it again', async () => {
    const { ThreadPageCache } = await import('../../renderer/src/thread/ThreadPageCache');
    const failures: unknown[] = [];
    const fetchPage = vi.fn(async (fromSeq: number, limit: number) => pageOf(7, fromSeq, limit, 1000));
    const cache = new ThreadPageCache(fetchPage, (error) => failures.push(error), 1000, Promise.reject(new Error('the engine stopped')));
    await settle();
    expect(failures).toHaveLength(1);
    expect(cache.getSnapshot().failureAt(5)).toContain('the engine stopped');
    cache.want(0, 30);
    cache.retry(5);
    await settle();
    expect(fetchPage.mock.calls).toEqual([[0, 200]]);
    expect(cache.getSnapshot().messageAt(5)?.id).toBe(1005);
  });
});

describe('the window opening', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  async function open(conversations: { id: number; messageCount: number }[]) {
    const calls: string[] = [];
    const api = fakeTransport(
      {
        caseInfo: () => ({ name: 'case' }),
        listConversations: () => conversations,
        listLinks: () => [],
        threadPage: (arg) => {
          const { conversationId, fromSeq, limit } = arg as { conversationId: number; fromSeq: number; limit: number };
          return pageOf(conversationId, fromSeq, limit, 5000);
        },
        reviewProgress: () => ({ counted: true }),
      },
      calls,
    );
    vi.stubGlobal('window', { api });
    const { startOpening } = await import('../../renderer/src/case/opening');
    const { afterFirstRows } = await import('../../renderer/src/engine/firstRows');
    const { api: windowApi } = await import('../../renderer/src/api');
    const opening = startOpening();
    const heldRead = afterFirstRows(() => windowApi.reviewProgress({}));
    return { opening, calls, heldRead };
  }

  it('asks for the first conversation’s first page right after the lists, before any held read', async () => {
    const { opening, calls } = await open([
      { id: 4, messageCount: 5000 },
      { id: 9, messageCount: 12 },
    ]);
    await settle();
    expect(calls).toEqual(['caseInfo', 'listConversations', 'listLinks', 'threadPage']);
    expect(opening.listsArrived()?.list).toEqual({ status: 'fulfilled', value: [{ id: 4, messageCount: 5000 }, { id: 9, messageCount: 12 }] });
  });

  it('hands the first page to the first conversation once, and to no other', async () => {
    const { opening } = await open([{ id: 4, messageCount: 5000 }]);
    await settle();
    expect(opening.takeFirstPage(9)).toBeNull();
    const page = opening.takeFirstPage(4);
    expect(page).not.toBeNull();
    expect((await page!).messages[0]?.seq).toBe(0);
    expect(opening.takeFirstPage(4)).toBeNull();
  });

  it('lets held reads go when the case has no conversation to show', async () => {
    const { calls, heldRead } = await open([]);
    await expect(heldRead).resolves.toEqual({ counted: true });
    expect(calls).toEqual(['caseInfo', 'listConversations', 'listLinks', 'reviewProgress']);
  });

  it('keeps held reads until the first rows are shown when there is a page to draw', async () => {
    const { calls, heldRead } = await open([{ id: 4, messageCount: 5000 }]);
    await settle();
    expect(calls).not.toContain('reviewProgress');
    const { firstRowsShown } = await import('../../renderer/src/engine/firstRows');
    firstRowsShown();
    await expect(heldRead).resolves.toEqual({ counted: true });
  });
});
