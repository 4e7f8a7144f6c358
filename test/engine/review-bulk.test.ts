// Bulk coding on a case large enough that a job writes in several chunks: every hit of a search is
// one action and one audit entry, undone and redone as one; a cancel in the middle leaves no tag, no
// action and no audit entry behind.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import type { Engine } from '../../electron/backend/api';
import { verifyAudit } from '../../electron/backend/audit/log';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

const MESSAGES = 42_000;
/** Seven messages in ten say "permit": more hits than one chunk of a bulk job codes at once. */
const HITS = (MESSAGES * 7) / 10;

async function largeCase(onEvent?: (e: ApiEvent) => void): Promise<Engine> {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'case.threadline'), { onEvent });
  const chat = androidChat(MESSAGES, { words: (i) => (i % 10 < 7 ? `the permit ${i}` : `lunch ${i}`) });
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', chat)], timeZone: 'UTC' }).done;
  return engine;
}

const count = (engine: Engine, sql: string) => engine.caseFile.reader.prepare(sql).pluck().get() as number;

describe('bulk coding', () => {
  it('tags every hit of a search as one action, undone and redone as one', async () => {
    const engine = await largeCase();
    const reviewer = 'Pat Lee';
    const { jobId } = await engine.api.bulkTag({ tag: 'Responsive', selection: { kind: 'query', query: 'permit' }, reviewer });
    await engine.idle();
    const job = await engine.api.reviewJob({ jobId });
    expect(job).toMatchObject({ state: 'done', result: { tagged: HITS, alreadyTagged: 0, scope: 'message' } });
    expect((await engine.api.search({ q: 'tag:Responsive' })).total).toBe(HITS);
    expect(count(engine, "SELECT count(*) FROM audit WHERE action = 'tag.apply'")).toBe(1);

    // Again over a wider selection: only the new ones are tagged.
    const second = await engine.api.bulkTag({ tag: 'Responsive', selection: { kind: 'range', from: Date.UTC(2023, 2, 1), to: Date.UTC(2023, 2, 2) }, reviewer });
    await engine.idle();
    const dayOne = count(engine, "SELECT count(*) FROM messages WHERE sent_at >= 1677628800000 AND sent_at < 1677715200000");
    const hitsOnDayOne = count(engine, "SELECT count(*) FROM messages WHERE sent_at >= 1677628800000 AND sent_at < 1677715200000 AND body LIKE '%permit%'");
    expect((await engine.api.reviewJob({ jobId: second.jobId })).result).toMatchObject({ tagged: dayOne - hitsOnDayOne, alreadyTagged: hitsOnDayOne });

    await engine.api.undoReview({ reviewer });
    await engine.api.undoReview({ reviewer });
    expect((await engine.api.search({ q: 'tag:Responsive' })).total).toBe(0);
    expect((await engine.api.search({ q: 'tag:none' })).total).toBe(MESSAGES + 1);
    await engine.api.redoReview({ reviewer });
    expect((await engine.api.search({ q: 'tag:Responsive' })).total).toBe(HITS);
    expect(count(engine, "SELECT count(*) FROM audit WHERE action IN ('tag.undo', 'tag.redo')")).toBe(3);
    expect(verifyAudit(engine.caseFile.reader)).toBeNull();
  });

  it('cancelled midway leaves nothing half-applied', async () => {
    const phases: string[] = [];
    let cancel = (_jobId: string) => {};
    const engine = await largeCase((e) => {
      if (e.type !== 'job.progress' || e.phase !== 'tagging messages') return;
      phases.push(`${e.done}/${e.total}`);
      // Cancelled once the first chunk is written inside the job's transaction.
      if (e.done > 0 && e.done < e.total) cancel(e.jobId);
    });
    cancel = (jobId) => void engine.api.cancelJob({ jobId });
    const { jobId } = await engine.api.bulkTag({ tag: 'Hot', selection: { kind: 'query', query: 'permit' }, reviewer: 'Pat Lee' });
    await engine.idle();
    expect(phases[0]).toMatch(/^[1-9]\d*\/29400$/);
    expect(await engine.api.reviewJob({ jobId })).toMatchObject({ state: 'cancelled', result: null });
    expect((await engine.api.search({ q: 'tag:Hot' })).total).toBe(0);
    expect(count(engine, 'SELECT count(*) FROM message_tags')).toBe(0);
    expect(count(engine, 'SELECT count(*) FROM review_actions')).toBe(0);
    expect(count(engine, 'SELECT count(*) FROM review_changes')).toBe(0);
    expect(count(engine, "SELECT count(*) FROM audit WHERE action LIKE 'tag.%'")).toBe(0);
  });

  it('refuses a wrong query or tag at once, before any job starts', async () => {
    const engine = await largeCase();
    await expect(engine.api.bulkTag({ tag: 'Responsive', selection: { kind: 'query', query: 'permit AND' }, reviewer: 'Pat Lee' })).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(engine.api.bulkTag({ tag: 'Nope', selection: { kind: 'query', query: 'permit' }, reviewer: 'Pat Lee' })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/^There is no tag 'Nope' in this case/) });
  });
});

describe('bulk coding of a time range typed in the display zone', () => {
  async function smallCase(): Promise<Engine> {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    // One message a minute from 09:00 UTC on 1 March 2023; the reviewer reads New York time (UTC−5 then).
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(200))], timeZone: 'UTC' }).done;
    await engine.api.setDisplayTimeZone({ timeZone: 'America/New_York' });
    return engine;
  }

  it('reads from–to as the display zone’s wall clock, to not included, and records the zone and the instants', async () => {
    const engine = await smallCase();
    const selection = { kind: 'localRange' as const, from: '2023-03-01T05:00', to: '2023-03-01T06:30' };
    const { jobId } = await engine.api.bulkTag({ tag: 'Hot', selection, reviewer: 'Pat Lee' });
    await engine.idle();
    // 10:00 to 11:30 UTC: minutes 60 to 149 of the chat.
    expect((await engine.api.reviewJob({ jobId })).result).toMatchObject({ tagged: 90, scope: 'message' });
    const tagged = engine.caseFile.reader.prepare('SELECT min(m.sent_at), max(m.sent_at) FROM message_tags mt JOIN messages m ON m.id = mt.message_id').raw().get();
    expect(tagged).toEqual([Date.UTC(2023, 2, 1, 10, 0), Date.UTC(2023, 2, 1, 11, 29)]);
    const [action] = await engine.api.listReviewActions({});
    expect(action!.summary).toBe('Hot applied to every message from 2023-03-01T05:00 to 2023-03-01T06:30 (America/New_York)');
    const entry = (await engine.api.auditLog({})).entries.at(-1)!;
    expect(entry.detail).toMatchObject({ target: { selection, timeZone: 'America/New_York', utc: { from: Date.UTC(2023, 2, 1, 10), to: Date.UTC(2023, 2, 1, 11, 30) } } });
    await engine.api.undoReview({ reviewer: 'Pat Lee' });
    expect(count(engine, 'SELECT count(*) FROM message_tags')).toBe(0);
  });

  it('refuses a range that ends before it starts, or a time that is not one, in one sentence', async () => {
    const engine = await smallCase();
    const bulk = (from: string, to: string) => engine.api.bulkTag({ tag: 'Hot', selection: { kind: 'localRange', from, to }, reviewer: 'Pat Lee' });
    await expect(bulk('2023-03-01T06:00', '2023-03-01T05:00')).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringContaining('the range must end after it starts') as string });
    await expect(bulk('2023-02-30T06:00', '2023-03-01T05:00')).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringContaining('is not a calendar date') as string });
    await expect(bulk('2023-03-01 06:00', '2023-03-01T07:00')).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringContaining('must be a time written YYYY-MM-DDTHH:MM') as string });
  });
});
