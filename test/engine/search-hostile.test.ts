// No search can hang the engine: patterns that make a backtracking engine run for ages answer at
// once, and a long scan (regexes, the vocabulary a ~fuzzy term reads) hands the engine back between
// chunks, so other calls are answered while it runs and it can be cancelled (explicitly, or by a
// newer search that replaces it).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/backend/api';
import { androidChat, tempDir, writeText } from '../support/temp';

let engine: Engine | null = null;

afterEach(async () => {
  await engine?.close();
  engine = null;
});

async function caseOf(chat: string): Promise<Engine> {
  const dir = tempDir();
  engine = createEngine(join(dir, 'case.threadline'), { create: true, defaultTimeZone: 'UTC' });
  await engine.runImport({ paths: [writeText(dir, 'chat.txt', chat)] }).done;
  return engine;
}

/**
 * Runs `work` while an independent chain of event-loop turns ticks, and counts the ticks: none when
 * the work held the engine from start to end, however its answer was wrapped in promises.
 */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { value: await work(), turns };
  } finally {
    running = false;
  }
}

const HOSTILE_BODIES = ['a'.repeat(34), `${'a'.repeat(34)}!`, `${'a'.repeat(5000)}c`];

describe('hostile regexes', () => {
  it.each([
    ['/(a+)+$/', 1],
    ['/(a|a)*b/', 0],
    ['/(a*)*c$/', 1],
    ['/^(a|aa)+$/', 1],
  ])('%s answers over messages built to make it backtrack', async (q, total) => {
    const api = (await caseOf(androidChat(HOSTILE_BODIES.length, { words: (i) => HOSTILE_BODIES[i]! }))).api;
    const page = await api.search({ q });
    expect(page.total).toBe(total);
    expect(page.hits).toHaveLength(total);
    expect((await api.searchFacets({ q })).total).toBe(total);
    expect((await api.searchTermReport({ terms: [q] })).rows[0]!.messages).toBe(total);
  });

  it('marks the match of /(a+)+$/ in the thread', async () => {
    const api = (await caseOf(androidChat(1, { words: () => 'a'.repeat(34) }))).api;
    const [conversation] = await api.listConversations({});
    const { hits } = await api.threadHits({ q: '/(a+)+$/', conversationId: conversation!.id, fromSeq: 0, toSeq: 10 });
    expect(hits.map((h) => h.marks)).toEqual([[[0, 34]]]);
  });
});

describe('a long regex scan', () => {
  const MESSAGES = 20_000;
  const words = (i: number) => (i === MESSAGES - 1 ? 'the last one says zebra' : `ordinary message ${i}`);

  it('lets other calls through while it runs, and stops when cancelled', async () => {
    const api = (await caseOf(androidChat(MESSAGES, { words }))).api;
    expect((await turnsDuring(() => api.search({ q: '/zebra$/' }))).turns).toBeGreaterThan(10);
    let settled = false;
    const scan = api.search({ q: '/zebras?$/' }).finally(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    const info = await api.caseInfo({});
    expect(info.messageCount).toBeGreaterThanOrEqual(MESSAGES);
    expect(settled).toBe(false);
    expect(await api.cancelSearch({})).toEqual({ cancelled: 1 });
    await expect(scan).rejects.toMatchObject({ code: 'cancelled' });
    expect(await api.cancelSearch({})).toEqual({ cancelled: 0 });
  });

  it('is replaced by a newer search of the same scope, which answers in full', async () => {
    const api = (await caseOf(androidChat(MESSAGES, { words }))).api;
    const [conversation] = await api.listConversations({});
    const older = api.search({ q: '/message \\d+7$/' });
    // The hit count of the open conversation is another slot: it replaces nothing.
    const inThread = api.search({ q: '/zebra$/', conversationId: conversation!.id, limit: 1 });
    const newer = api.search({ q: '/zebra$/' });
    await expect(older).rejects.toMatchObject({ code: 'cancelled' });
    expect((await newer).total).toBe(1);
    expect((await inThread).total).toBe(1);
  });

  it('reads the vocabulary for a ~fuzzy term a chunk at a time, letting other calls through while it is typed', async () => {
    // Twenty thousand numbers are indexed words, so the vocabulary takes more than one chunk, and
    // "zebra" sorts after every one of them.
    const api = (await caseOf(androidChat(MESSAGES, { words }))).api;
    // Checked as typed, letter by letter: one reading of the vocabulary serves every check.
    const checks = await turnsDuring(() => Promise.all(['~z', '~ze', '~zeb', '~zebr', '~zebras'].map((q) => api.checkQuery({ q }))));
    expect(checks.turns).toBeGreaterThan(0);
    expect(checks.value.map((c) => c.ok)).toEqual([true, true, true, true, true]);
    const page = await api.search({ q: '~zebras' });
    expect(page.expansions.flatMap((e) => e.used)).toEqual(['zebra']);
    expect(page.total).toBe(1);
  });

  it('walks a thread to the next regex hit without holding the engine', async () => {
    const api = (await caseOf(androidChat(MESSAGES, { words }))).api;
    const [conversation] = await api.listConversations({});
    const step = await turnsDuring(() => api.adjacentThreadHit({ q: '/zebra/', conversationId: conversation!.id, seq: 0, direction: 'next' }));
    expect(step.turns).toBeGreaterThan(0);
    const { seq } = step.value;
    const page = await api.threadPage({ conversationId: conversation!.id, fromSeq: seq!, limit: 1 });
    expect(page.messages[0]!.body).toBe('the last one says zebra');
  });
});
