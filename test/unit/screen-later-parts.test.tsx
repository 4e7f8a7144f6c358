// What keeps the window's first script small: parts not on screen at opening load later, draw in
// place once loaded, and are fetched only after the first rows are shown; a first thread page that
// arrived before the window rendered is drawn in the thread's first render, and it is asked as soon
// as the conversation list is known, before the reads of the window's first render; the time of a
// review decision is written without the date library, exactly as that library wrote it.
import { format } from 'date-fns';
import { prerenderToNodeStream } from 'react-dom/static';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadPage } from '../../shared/api';
import type { MessageView } from '../../shared/model';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The markup once everything suspended has loaded, without React's comment markers. */
async function markupOf(element: React.ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let markup = '';
  for await (const chunk of prelude) markup += String(chunk);
  return markup.replace(/<!--.*?-->/g, '');
}

describe('a later part', () => {
  beforeEach(() => {
    vi.resetModules();
    // Node has no idle callback: the browser's is stood in for by the next turn.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws its component with the props it was given once its module has loaded', async () => {
    const { laterPart } = await import('../../renderer/src/parts/laterPart');
    const Greeting = laterPart(async () => ({ name }: { name: string }) => <p data-testid="greeting">Hello {name}</p>);
    expect(await markupOf(<main><Greeting name="Ada" /></main>)).toBe('<main><p data-testid="greeting">Hello Ada</p></main>');
  });

  it('is fetched only once the first rows are shown, and then without being opened', async () => {
    const { holdReadsUntilFirstRows, firstRowsShown } = await import('../../renderer/src/engine/firstRows');
    const { laterPart, loadLaterPartsAfterFirstRows } = await import('../../renderer/src/parts/laterPart');
    holdReadsUntilFirstRows();
    const load = vi.fn(async () => () => <p />);
    laterPart(load);
    loadLaterPartsAfterFirstRows();
    await settle();
    await settle();
    expect(load).not.toHaveBeenCalled();
    firstRowsShown();
    await settle();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetched ahead and failing, is still drawn by a later load that succeeds', async () => {
    const { laterPart, loadLaterPartsAfterFirstRows } = await import('../../renderer/src/parts/laterPart');
    let attempts = 0;
    const Part = laterPart(async () => {
      attempts++;
      if (attempts === 1) throw new Error('the script could not be fetched');
      return () => <p>loaded</p>;
    });
    loadLaterPartsAfterFirstRows();
    await settle();
    await settle();
    expect(attempts).toBe(1);
    expect(await markupOf(<Part />)).toBe('<p>loaded</p>');
  });
});

const message = (seq: number) => ({ id: 1000 + seq, seq }) as MessageView;
const pageOf = (fromSeq: number, count: number, total: number): ThreadPage => ({
  conversationId: 7,
  total,
  messages: Array.from({ length: count }, (_, i) => message(fromSeq + i)),
});

describe('a first page that has already arrived', () => {
  it('is in the cache from its construction, with the total it reports, and is not fetched again', async () => {
    const { ThreadPageCache } = await import('../../renderer/src/thread/ThreadPageCache');
    const fetchPage = vi.fn(async (fromSeq: number, limit: number) => pageOf(fromSeq, limit, 1200));
    const cache = new ThreadPageCache(fetchPage, () => {}, 1000, pageOf(0, 200, 1200));
    expect(cache.getSnapshot().total).toBe(1200);
    expect(cache.getSnapshot().messageAt(0)?.id).toBe(1000);
    expect(cache.getSnapshot().messageAt(199)?.id).toBe(1199);
    expect(cache.getSnapshot().messageAt(200)).toBeUndefined();
    cache.want(0, 250);
    await settle();
    expect(fetchPage.mock.calls).toEqual([[200, 200]]);
  });

  it('is handed by the opening as the page itself, once; a page not yet arrived as its promise', async () => {
    vi.resetModules();
    let answer: (page: ThreadPage) => void = () => {};
    const pending = new Promise<ThreadPage>((resolve) => (answer = resolve));
    const api = {
      caseInfo: async () => ({ ok: true, value: {} }),
      listConversations: async () => ({ ok: true, value: [{ id: 7, messageCount: 1200 }] }),
      listLinks: async () => ({ ok: true, value: [] }),
      threadPage: async () => ({ ok: true, value: await pending }),
    };
    vi.stubGlobal('window', { api });
    try {
      const { startOpening } = await import('../../renderer/src/case/opening');
      const early = startOpening();
      await settle();
      expect(early.takeFirstPage(7)).toBeInstanceOf(Promise);
      const late = startOpening();
      answer(pageOf(0, 200, 1200));
      await settle();
      await settle();
      const page = late.takeFirstPage(7);
      expect(page).not.toBeInstanceOf(Promise);
      expect((page as ThreadPage).messages[0]?.id).toBe(1000);
      expect(late.takeFirstPage(7)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the first page asked at opening', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is asked once the conversation list is known, before the linked copies have answered', async () => {
    vi.resetModules();
    const calls: string[] = [];
    const api = {
      caseInfo: async () => (calls.push('caseInfo'), { ok: true, value: {} }),
      listConversations: async () => (calls.push('listConversations'), { ok: true, value: [{ id: 7, messageCount: 1200 }] }),
      // The linked copies never answer.
      listLinks: () => (calls.push('listLinks'), new Promise(() => {})),
      threadPage: async () => (calls.push('threadPage'), { ok: true, value: pageOf(0, 200, 1200) }),
    };
    vi.stubGlobal('window', { api });
    const { startOpening } = await import('../../renderer/src/case/opening');
    const opening = startOpening();
    await settle();
    expect(calls).toEqual(['caseInfo', 'listConversations', 'listLinks', 'threadPage']);
    expect(opening.listsArrived()).toBeNull();
    expect((opening.takeFirstPage(7) as ThreadPage).messages).toHaveLength(200);
  });

  it('goes before the window’s own first reads, which wait for it but not for the rows', async () => {
    vi.resetModules();
    const calls: string[] = [];
    let answerList: (value: unknown) => void = () => {};
    const api = {
      caseInfo: async () => (calls.push('caseInfo'), { ok: true, value: {} }),
      listConversations: () => (calls.push('listConversations'), new Promise((resolve) => (answerList = resolve))),
      listLinks: async () => (calls.push('listLinks'), { ok: true, value: [] }),
      threadPage: async () => (calls.push('threadPage'), { ok: true, value: pageOf(0, 200, 1200) }),
      displayTimeZone: async () => (calls.push('displayTimeZone'), { ok: true, value: { timeZone: 'UTC', defaultTimeZone: 'UTC' } }),
    };
    vi.stubGlobal('window', { api });
    const { startOpening } = await import('../../renderer/src/case/opening');
    const { afterFirstPageAsked } = await import('../../renderer/src/engine/firstRows');
    const { api: windowApi } = await import('../../renderer/src/api');
    startOpening();
    // The window is drawn before the conversation list has arrived, and asks for the display zone.
    const zone = afterFirstPageAsked(() => windowApi.displayTimeZone({}));
    await settle();
    expect(calls).toEqual(['caseInfo', 'listConversations', 'listLinks']);
    answerList({ ok: true, value: [{ id: 7, messageCount: 1200 }] });
    await expect(zone).resolves.toEqual({ timeZone: 'UTC', defaultTimeZone: 'UTC' });
    expect(calls).toEqual(['caseInfo', 'listConversations', 'listLinks', 'threadPage', 'displayTimeZone']);
  });

  it('lets the window’s first reads go when the case has no conversation to show', async () => {
    vi.resetModules();
    const api = {
      caseInfo: async () => ({ ok: true, value: {} }),
      listConversations: async () => ({ ok: true, value: [] }),
      listLinks: async () => ({ ok: true, value: [] }),
    };
    vi.stubGlobal('window', { api });
    const { startOpening } = await import('../../renderer/src/case/opening');
    const { afterFirstPageAsked } = await import('../../renderer/src/engine/firstRows');
    startOpening();
    await expect(afterFirstPageAsked(async () => 'read')).resolves.toBe('read');
  });
});

describe('the time of a review decision', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Both sides of a summer-time change, a leap day, the turn of a year and single-digit fields.
  const instants = ['2024-03-31T00:59:59Z', '2024-03-31T01:00:00Z', '2024-10-27T00:30:00Z', '2024-02-29T23:05:00Z', '2023-12-31T23:59:00Z', '2024-01-02T03:04:05Z'].map((iso) => Date.parse(iso));

  for (const zone of ['UTC', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham']) {
    it(`reads as date-fns wrote it, in ${zone}`, async () => {
      process.env.TZ = zone;
      const { whenText } = await import('../../renderer/src/review/when');
      for (const at of instants) expect(whenText(at)).toBe(format(at, 'yyyy-MM-dd HH:mm'));
    });
  }
});
