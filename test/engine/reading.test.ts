// A reviewer's reading of a source: locking the day/month order and giving the zone recompute every
// derived time, log the change with its before and after, and a cancel changes nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import type { Engine } from '../../electron/backend/api';
import { verifyAudit } from '../../electron/backend/audit/log';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

/** Dates whose fields are all ≤ 12: nothing in the file decides D/M from M/D. */
const AMBIGUOUS = ['01/02/2023, 09:00 - Ana: first', '01/02/2023, 09:05 - Ben: second', '03/04/2023, 18:30 - Ana: later'].join('\n') + '\n';

const listeners = new WeakMap<Engine, Set<(e: ApiEvent) => void>>();

function subscribe(engine: Engine, listener: (e: ApiEvent) => void): void {
  listeners.get(engine)!.add(listener);
}

function open(dir: string): Engine {
  const set = new Set<(e: ApiEvent) => void>();
  const engine = openEngine(join(dir, 'c.threadline'), { onEvent: (e) => set.forEach((l) => l(e)) });
  listeners.set(engine, set);
  return engine;
}

/** Starts a job and resolves with its job.done event. */
async function runJob(engine: Engine, start: () => Promise<{ jobId: string }>): Promise<ApiEvent & { type: 'job.done' }> {
  const seen: ApiEvent[] = [];
  let settle: ((e: ApiEvent & { type: 'job.done' }) => void) | null = null;
  let jobId: string | null = null;
  const check = () => {
    const done = seen.find((e): e is ApiEvent & { type: 'job.done' } => e.type === 'job.done' && e.jobId === jobId);
    if (done && settle) settle(done);
  };
  subscribe(engine, (e) => {
    seen.push(e);
    check();
  });
  const finished = new Promise<ApiEvent & { type: 'job.done' }>((resolve) => (settle = resolve));
  jobId = (await start()).jobId;
  check();
  return finished;
}

async function imported(dir: string, text: string, timeZone = 'Europe/Berlin'): Promise<{ engine: Engine; sourceId: number; conversationId: number }> {
  const engine = open(dir);
  const summary = await engine.runImport({ paths: [writeText(dir, 'chat.txt', text)], timeZone }).done;
  const [conversation] = await engine.api.listConversations({});
  return { engine, sourceId: summary.sources[0]!.id, conversationId: conversation!.id };
}

describe('locking the date order', () => {
  it('recomputes every time, clears the ambiguity and logs before and after', async () => {
    const dir = tempDir();
    const { engine, sourceId, conversationId } = await imported(dir, AMBIGUOUS);
    const before = await engine.api.sourceDetails({ sourceId });
    expect(before.dateOrder).toMatchObject({ value: 'DMY', ambiguous: true, locked: false });
    expect(before.warnings.map((w) => w.code)).toContain('date_order_ambiguous');
    const firstBefore = (await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 5 })).messages[0]!;
    expect(firstBefore.sentAtLocal).toBe('2023-02-01T09:00');

    const done = await runJob(engine, () => engine.api.setSourceReading({ sourceId, dateOrder: 'MDY' }));
    expect(done).toMatchObject({ ok: true });

    const after = await engine.api.sourceDetails({ sourceId });
    expect(after.dateOrder).toMatchObject({ value: 'MDY', ambiguous: false, locked: true });
    expect(after.dateOrder.evidence).toMatch(/^locked by the reviewer as MDY \(the file said: nothing in the file decides/);
    expect(after.warnings.map((w) => w.code)).not.toContain('date_order_ambiguous');
    const page = (await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 5 })).messages;
    expect(page.map((m) => m.sentAtLocal)).toEqual(['2023-01-02T09:00', '2023-01-02T09:05', '2023-03-04T18:30']);
    expect(page[0]!.sentAt).toBe(Date.UTC(2023, 0, 2, 8, 0));
    expect(page[0]!.sentAtRaw).toBe('01/02/2023, 09:00');
    expect((await engine.api.listConversations({}))[0]).toMatchObject({ firstLocal: '2023-01-02T09:00', lastLocal: '2023-03-04T18:30' });

    const audit = engine.caseFile.writer.prepare(`SELECT detail FROM audit WHERE action = 'source.reading_changed'`).all() as { detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({
      sourceId,
      before: { dateOrder: 'DMY', dateOrderLocked: false },
      after: { dateOrder: 'MDY', dateOrderLocked: true },
      messagesRecomputed: 3,
    });
    expect(verifyAudit(engine.caseFile.writer)).toBeNull();
    await engine.close();
  });

  it('keeps a message whose date does not exist under the locked order, without a time, and says so', async () => {
    const dir = tempDir();
    const text = ['13/01/2023, 09:00 - Ana: the 13th of January', '02/01/2023, 10:00 - Ben: ok'].join('\n') + '\n';
    const { engine, sourceId, conversationId } = await imported(dir, text);
    expect((await engine.api.sourceDetails({ sourceId })).dateOrder).toMatchObject({ value: 'DMY', ambiguous: false });
    await runJob(engine, () => engine.api.setSourceReading({ sourceId, dateOrder: 'MDY' }));
    const page = (await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 5 })).messages;
    expect(page.map((m) => [m.sentAtLocal, m.sentAt === null])).toEqual([
      [null, true],
      ['2023-02-01T10:00', false],
    ]);
    const warnings = (await engine.api.sourceDetails({ sourceId })).warnings;
    expect(warnings).toContainEqual({ line: 1, code: 'invalid_date', message: expect.stringContaining("'13/01/2023, 09:00' is not a valid date when read as MDY") });
    await engine.close();
  });
});

describe('giving the time zone', () => {
  it('recomputes UTC from the wall clock as written and records the zone as given', async () => {
    const dir = tempDir();
    const engine = open(dir);
    const summary = await engine.runImport({ paths: [writeText(dir, 'chat.txt', '20/07/2023, 12:00 - Ana: noon\n')] }).done;
    const sourceId = summary.sources[0]!.id;
    expect((await engine.api.sourceDetails({ sourceId })).timeZoneAssumed).toBe(true);
    await runJob(engine, () => engine.api.setSourceReading({ sourceId, timeZone: 'america/new_york' }));
    const details = await engine.api.sourceDetails({ sourceId });
    expect(details).toMatchObject({ timeZone: 'America/New_York', timeZoneAssumed: false });
    expect(details.warnings.map((w) => w.code)).not.toContain('time_zone_assumed');
    const [conversation] = await engine.api.listConversations({});
    const [message] = (await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 1 })).messages;
    expect(message).toMatchObject({ sentAtLocal: '2023-07-20T12:00', sentAt: Date.UTC(2023, 6, 20, 16, 0), timeZone: 'America/New_York' });
    await engine.close();
  });

  it('refuses an unknown zone and changes nothing', async () => {
    const dir = tempDir();
    const { engine, sourceId } = await imported(dir, AMBIGUOUS);
    const done = await runJob(engine, () => engine.api.setSourceReading({ sourceId, timeZone: 'Atlantis/Central' }));
    expect(done).toMatchObject({ ok: false, error: expect.stringMatching(/'Atlantis\/Central' is not a time zone/) });
    expect((await engine.api.sourceDetails({ sourceId })).timeZone).toBe('Europe/Berlin');
    await engine.close();
  });

  it('changes nothing when cancelled before it applies', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 30_000 }, (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/03/2023, 10:${String(i % 60).padStart(2, '0')} - Ana: m${i}`);
    const { engine, sourceId, conversationId } = await imported(dir, lines.join('\n') + '\n');
    const before = (await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 500 })).messages.map((m) => m.sentAt);
    let jobId = '';
    subscribe(engine, (e) => {
      if (e.type === 'job.progress' && e.jobId === jobId && e.done > 0) void engine.api.cancelJob({ jobId });
    });
    const done = await runJob(engine, async () => {
      const r = await engine.api.setSourceReading({ sourceId, timeZone: 'Asia/Tokyo' });
      jobId = r.jobId;
      return r;
    });
    expect(done).toMatchObject({ ok: false, cancelled: true });
    expect((await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 500 })).messages.map((m) => m.sentAt)).toEqual(before);
    expect((await engine.api.sourceDetails({ sourceId })).timeZone).toBe('Europe/Berlin');
    expect(engine.caseFile.writer.prepare(`SELECT count(*) AS n FROM audit WHERE action = 'source.reading_changed'`).get()).toEqual({ n: 0 });
    await engine.close();
  });
});

describe('jumping to a date', () => {
  it('finds the earliest message on or after the day, by local time then source order', async () => {
    const dir = tempDir();
    const text = ['05/03/2023, 09:00 - Ana: a', '01/03/2023, 09:00 - Ana: out of order', '07/03/2023, 08:00 - Ben: c', '07/03/2023, 07:00 - Ben: d'].join('\n') + '\n';
    const { engine, conversationId } = await imported(dir, text);
    expect(await engine.api.locateDate({ conversationId, date: '2023-03-02' })).toEqual({ seq: 0 });
    expect(await engine.api.locateDate({ conversationId, date: '2023-03-06' })).toEqual({ seq: 3 });
    expect(await engine.api.locateDate({ conversationId, date: '2023-03-08' })).toEqual({ seq: null });
    await expect(engine.api.locateDate({ conversationId, date: '7 March' })).rejects.toThrow(/must be a date written YYYY-MM-DD/);
    await engine.close();
  });
});
