// Cancel means cancel: a job cancelled in any of its phases (hashing, reading and storing, indexing,
// resolving persons, linking copies, gap analysis, re-reading a source, relinking) ends as cancelled
// and leaves every row of the case as it was, the audit log included.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiEvent, JobDoneEvent } from '../../shared/api';
import { createEngine, type Engine } from '../../electron/backend/api';
import { androidCopy, dialogue, iosCopy } from '../../scripts/two-copies';
import { ftsIntact } from '../support/case-file';
import { tempDir, writeText } from '../support/temp';

/**
 * Every row of every table, in key order. The full-text index is compared by what it holds (its
 * per-message sizes and an integrity check), not by its segments and their version counter: FTS5
 * records a removal as a new segment, which is the same index in different bytes. Which processes have
 * the case open (open_sessions) is not case content.
 */
function snapshot(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('messages_fts_data', 'messages_fts_idx', 'messages_fts_config', 'open_sessions') AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).raw().all()]));
  } finally {
    db.close();
  }
}

/** An engine whose events a test can watch, and which cancels a job at the first event of a phase. */
function watchedEngine(casePath: string): { engine: Engine; cancelAt(phase: (p: string) => boolean): Promise<JobDoneEvent & { seen: string[] }> } {
  let listener: (e: ApiEvent) => void = () => {};
  const engine = createEngine(casePath, { create: true, onEvent: (e) => listener(e) });
  return {
    engine,
    cancelAt(phase) {
      const seen: string[] = [];
      return new Promise((resolve) => {
        listener = (e) => {
          if (e.type === 'job.done') return resolve({ ...e, seen });
          if (!seen.includes(e.phase)) seen.push(e.phase);
          if (phase(e.phase)) void engine.api.cancelJob({ jobId: e.jobId });
        };
      });
    },
  };
}

const LINES = dialogue(120);
const NEVER = () => false;

/** A case holding Ana's copy of a chat, and Ben's copy ready to import: importing it resolves, links and analyses. */
async function caseWithOneCopy() {
  const dir = tempDir();
  const casePath = join(dir, 'c.threadline');
  const { engine, cancelAt } = watchedEngine(casePath);
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', androidCopy(LINES))], custodian: 'Ana Ruiz', timeZone: 'Europe/Madrid' }).done;
  const bensCopy = writeText(dir, '_chat.txt', iosCopy(LINES.filter((_, i) => i < 50 || i >= 55)));
  const importBen = () => engine.api.importArchive({ paths: [bensCopy], custodian: 'Ben Okafor', timeZone: 'Europe/Madrid', dateOrder: 'MDY' });
  return { casePath, engine, cancelAt, importBen };
}

/** The phases an import of Ben's copy goes through when nobody cancels it. */
async function importPhases(): Promise<string[]> {
  const { engine, cancelAt, importBen } = await caseWithOneCopy();
  const done = cancelAt(NEVER);
  await importBen();
  const { ok, seen } = await done;
  await engine.close();
  expect(ok).toBe(true);
  return seen.filter((p) => p !== 'queued');
}

describe('cancelling an import', () => {
  it('goes through every phase the cancel tests below stop in', async () => {
    const phases = await importPhases();
    for (const expected of [/^hashing /, /^reading /, /^indexing /, /^resolving people$/, /^linking copies of conversations$/, /^analysing gaps$/]) {
      expect(phases.some((p) => expected.test(p)), `${expected} in ${phases.join(', ')}`).toBe(true);
    }
  });

  it('in each of its phases ends as cancelled and leaves every row of the case as it was', async () => {
    const phases = await importPhases();
    for (const phase of phases) {
      const { casePath, engine, cancelAt, importBen } = await caseWithOneCopy();
      const before = snapshot(casePath);
      const done = cancelAt((p) => p === phase);
      await importBen();
      const outcome = await done;
      await engine.close();
      expect(outcome, `cancelled in ${phase}`).toMatchObject({ ok: false, cancelled: true });
      // Stopped in that phase: nothing after it began but undoing what was stored.
      expect(outcome.seen.slice(outcome.seen.indexOf(phase) + 1).filter((p) => p !== 'undoing the import'), `after a cancel in ${phase}`).toEqual([]);
      expect(snapshot(casePath), `the case after a cancel in ${phase}`).toEqual(before);
      ftsIntact(casePath);
    }
  });

  it('says at once that undoing it cannot be stopped, and why, and refuses a cancel then', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.threadline');
    const undoing: ApiEvent[] = [];
    const answers: boolean[] = [];
    let engine: Engine | null = null;
    engine = createEngine(casePath, {
      create: true,
      onEvent: (e) => {
        if (e.type !== 'job.progress') return;
        if (e.phase === 'analysing gaps') void engine!.api.cancelJob({ jobId: e.jobId });
        if (e.cancellable === false) {
          undoing.push(e);
          void engine!.api.cancelJob({ jobId: e.jobId }).then((a) => answers.push(a.cancelled));
        }
      },
    });
    await expect(engine.runImport({ paths: [writeText(dir, 'chat.txt', androidCopy(LINES))] }).done).rejects.toThrow(/cancelled/);
    await engine.close();
    expect(undoing).toEqual([expect.objectContaining({ phase: 'undoing the import', cancellable: false, why: expect.stringMatching(/removed/) })]);
    expect(answers).toEqual([false]);
  });
});

describe('cancelling a re-analysis', () => {
  /** Ana's and Ben's copies, imported, linked and analysed. */
  async function caseWithTwoCopies() {
    const c = await caseWithOneCopy();
    const done = c.cancelAt(NEVER);
    await c.importBen();
    expect(await done).toMatchObject({ ok: true });
    const sources = await c.engine.api.listSources({});
    const [link] = await c.engine.api.listLinks({});
    const conversations = (await c.engine.api.listConversations({})).map((x) => x.id);
    return { ...c, sources: sources.map((s) => s.id), linkId: link!.id, conversations };
  }

  const jobs: [string, (p: string) => boolean, (c: Awaited<ReturnType<typeof caseWithTwoCopies>>) => Promise<unknown>][] = [
    ['re-reading a source, while times are recomputed', (p) => p.startsWith('re-reading times'), (c) => c.engine.api.setSourceReading({ sourceId: c.sources[0]!, timeZone: 'America/New_York' })],
    ['re-reading a source, while gaps are analysed', (p) => p === 'analysing gaps', (c) => c.engine.api.setSourceReading({ sourceId: c.sources[1]!, timeZone: 'Asia/Tokyo' })],
    ['unlinking copies', (p) => p === 'analysing gaps', (c) => c.engine.api.unlinkConversations({ linkId: c.linkId })],
    ['setting the matter period', (p) => p === 'analysing gaps', (c) => c.engine.api.setMatterPeriod({ start: '2024-03-04', end: '2024-03-05' })],
    ['marking an account', (p) => p === 'analysing gaps', (c) => c.engine.api.markSourceAccount({ sourceId: c.sources[0]!, kind: 'official', holder: 'Ana Ruiz' })],
  ];

  it.each(jobs)('%s ends as cancelled and leaves every row as it was', async (_name, phase, start) => {
    const c = await caseWithTwoCopies();
    const before = snapshot(c.casePath);
    const done = c.cancelAt(phase);
    await start(c);
    const outcome = await done;
    await c.engine.close();
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(outcome.seen.at(-1)).toSatisfy(phase);
    expect(snapshot(c.casePath)).toEqual(before);
  });

  it('linking copies by hand, cancelled while gaps are analysed, leaves every row as it was', async () => {
    const c = await caseWithTwoCopies();
    await new Promise<void>((resolve) => {
      const done = c.cancelAt(NEVER);
      void c.engine.api.unlinkConversations({ linkId: c.linkId }).then(() => done.then(() => resolve()));
    });
    const before = snapshot(c.casePath);
    const done = c.cancelAt((p) => p === 'analysing gaps');
    await c.engine.api.linkConversations({ conversationIds: c.conversations });
    const outcome = await done;
    await c.engine.close();
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(snapshot(c.casePath)).toEqual(before);
  });

  it('a job nobody cancels does change the case (the snapshot can tell)', async () => {
    const c = await caseWithTwoCopies();
    const before = snapshot(c.casePath);
    const done = c.cancelAt(NEVER);
    await c.engine.api.setMatterPeriod({ start: '2024-03-04', end: '2024-03-05' });
    expect(await done).toMatchObject({ ok: true });
    await c.engine.close();
    expect(snapshot(c.casePath)).not.toEqual(before);
  });
});
