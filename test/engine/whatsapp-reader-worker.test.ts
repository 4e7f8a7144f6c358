// A WhatsApp chat text file is read in a worker thread while the engine stores rows: the worker must
// read it exactly as the engine's own thread does (messages, warnings, date order, author facts),
// stop at once on a cancel, and hand its errors over as the same errors.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../shared/model';
import { fileSource } from '../../electron/backend/files/read';
import { emptyParseResult, type WhatsAppMessage } from '../../electron/backend/importers/whatsapp/parse';
import { createEngine } from '../../electron/backend/api';
import { parseWorkerStarter, scanInThread, scanInWorker, WORKER_MIN_BYTES, type ScannedChat, type StartWorker } from '../../electron/backend/importers/whatsapp/reader';
import { CancelledError } from '../../electron/backend/importers/types';
import { tempDir, writeText } from '../support/temp';

const start = parseWorkerStarter()!;
const ctx = { fileLabel: 'chat.txt', conversationKey: 'chat' };

/** Both passes of a chat, with what the second pass collects and the progress it reported. */
async function readAll(chat: ScannedChat) {
  const result = emptyParseResult();
  const messages: WhatsAppMessage[] = [];
  const progress: number[] = [];
  for await (const batch of chat.messages({ ...ctx, isCancelled: () => false, progress: (line) => progress.push(line) }, result)) messages.push(...batch);
  const { lineCount, headerCount, description, dateOrder } = chat;
  return { lineCount, headerCount, description, dateOrder, messages, result, lastProgress: progress.at(-1) };
}

async function bothWays(text: string | Uint8Array, locked?: DateOrder) {
  const path = writeText(tempDir(), 'chat.txt', text);
  const here = await readAll(await scanInThread(fileSource(path), locked, () => false));
  const there = await readAll(await scanInWorker({ path, locked, ctx }, start, () => false));
  return { here, there };
}

/** A starter that hands the test the worker it starts. */
function watched(): { start: StartWorker; exited: Promise<number> } {
  let started!: (w: Worker) => void;
  const worker = new Promise<Worker>((resolve) => (started = resolve));
  return {
    start: (job) => {
      const w = start(job);
      started(w);
      return w;
    },
    exited: worker.then((w) => new Promise<number>((resolve) => w.once('exit', resolve))),
  };
}

/** A long chat: many batches, so that the worker runs ahead of a slow reader. */
function longChat(messages: number): string {
  const lines: string[] = [];
  for (let i = 0; i < messages; i++) lines.push(`${(i % 28) + 1}/${(i % 12) + 1}/22, 10:${String(i % 60).padStart(2, '0')} - ${i % 3 ? 'Ana' : 'Ben Okafor'}: message ${i} ${'x'.repeat(i % 90)}`);
  return lines.join('\n') + '\n';
}

describe('the WhatsApp reader in a worker thread', () => {
  it('reads a chat text exactly as the engine thread does: messages, warnings, authors, signals, date order', async () => {
    const text = [
      'Chat exported by a phone\u2009with a preamble line',
      '13/02/2022, 09:15 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
      '13/02/2022, 09:16 - Ana Ruiz: first line',
      'a continuation line',
      '13/02/2022, 09:17 - Ana Ruiz: <Media omitted>',
      '14/02/2022, 10:00 - Ben Okafor: This message was deleted',
      '31/02/2022, 10:01 - Ben Okafor: a date that does not exist',
      '15/02/2022, 11:00 - Ana Ruiz created group "Harbour permit"',
      '15/02/2022, 11:01 - a line without an author that is no notice',
      '16/02/2022, 12:00 - Ana Ruiz: IMG-20220216-WA0001.jpg (file attached)',
      '16/02/2022, 12:01 - Ana Ruiz: last, with a byte that is no text: ',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from('\r\n')]);
    const { here, there } = await bothWays(bytes);
    expect(there).toEqual(here);
    // The comparison means something only if the file exercised what it is meant to.
    expect(here.messages.length).toBe(9);
    expect(here.messages.filter((m) => m.attachments.length > 0 && m.parties === null && m.raw === null).length).toBe(1);
    expect(here.messages.filter((m) => m.parties !== null).length).toBeGreaterThan(0);
    expect(here.messages.at(-1)!.raw).toContain('invalidBytes');
    expect(here.messages.some((m) => m.local === null)).toBe(true);
    expect(here.messages.some((m) => m.deleted)).toBe(true);
    expect(here.result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['preamble', 'invalid_date', 'unclassified']));
    expect(here.result.groupName).toBe('Harbour permit');
    expect(here.result.participants.get('Ana Ruiz')).toBe(4);
    expect(here.lastProgress).toBe(here.lineCount);
  });

  it('keeps an undecidable date order ambiguous, and a locked one locked', async () => {
    const undecidable = '1/2/22, 10:00 - Ana: one\n2/3/22, 10:01 - Ben: two\n3/4/22, 10:02 - Ana: three\n';
    const free = await bothWays(undecidable);
    expect(free.there).toEqual(free.here);
    expect(free.there.dateOrder).toMatchObject({ value: 'DMY', ambiguous: true, locked: false });
    const locked = await bothWays(undecidable, 'MDY');
    expect(locked.there).toEqual(locked.here);
    expect(locked.there.dateOrder).toMatchObject({ value: 'MDY', ambiguous: false, locked: true });
    expect(locked.there.messages[0]!.local).toMatchObject({ month: 1, day: 2 });
  });

  it('sends every message of a long chat once, in file order, across many batches', async () => {
    const { here, there } = await bothWays(longChat(60_000));
    expect(there.messages.length).toBe(60_000);
    expect(there.messages.map((m) => m.seq)).toEqual(there.messages.map((_, i) => i));
    expect(there).toEqual(here);
  });

  it('ends the worker at once when the import is cancelled while it reads the second pass', async () => {
    const path = writeText(tempDir(), 'chat.txt', longChat(200_000));
    const { start: startWatched, exited } = watched();
    let cancelled = false;
    const chat = await scanInWorker({ path, locked: undefined, ctx }, startWatched, () => cancelled);
    const batches = chat.messages({ ...ctx, isCancelled: () => cancelled, progress: () => {} }, emptyParseResult());
    expect((await batches.next()).done).toBe(false);
    cancelled = true;
    await expect(batches.next()).rejects.toBeInstanceOf(CancelledError);
    // Left alone, the worker would wait for the engine to take more batches, and never exit.
    await expect(exited).resolves.toBeTypeOf('number');
  });

  it('ends the worker when a cancel comes during the first pass, with nothing read', async () => {
    const path = writeText(tempDir(), 'chat.txt', longChat(200_000));
    const { start: startWatched, exited } = watched();
    let cancelled = false;
    const scanning = scanInWorker({ path, locked: undefined, ctx }, startWatched, () => cancelled);
    cancelled = true;
    await expect(scanning).rejects.toBeInstanceOf(CancelledError);
    await expect(exited).resolves.toBeTypeOf('number');
  });

  it('hands over its error as the engine thread would have thrown it', async () => {
    const missing = `${tempDir()}/gone.txt`;
    const here = await scanInThread(fileSource(missing), undefined, () => false).catch((e: Error) => e);
    const there = await scanInWorker({ path: missing, locked: undefined, ctx }, start, () => false).catch((e: Error) => e);
    expect(here).toBeInstanceOf(Error);
    expect((there as Error).message).toBe((here as Error).message);
  });

  it('imports a large chat text through the worker, and a cancel while it reads leaves the case empty', async () => {
    const dir = tempDir();
    const path = writeText(dir, 'chat.txt', longChat(60_000));
    expect(statSync(path).size).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);
    const casePath = join(dir, 'c.threadline');
    let cancelled = false;
    const engine = createEngine(casePath, {
      create: true,
      onEvent: (e) => {
        if (e.type === 'job.progress' && e.phase.startsWith('reading') && e.done > 0 && !cancelled) {
          cancelled = true;
          void engine.api.cancelJob({ jobId: e.jobId });
        }
      },
    });
    await expect(engine.runImport({ paths: [path], timeZone: 'UTC' }).done).rejects.toThrow(/cancelled/);
    expect(cancelled).toBe(true);
    const { sources } = await engine.runImport({ paths: [path], timeZone: 'UTC' }).done.catch(() => ({ sources: [] }));
    await engine.close();
    const db = new Database(casePath, { readonly: true });
    const rows = db.prepare('SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM messages) AS messages').get();
    db.close();
    // The second import, not cancelled, stored every message once; the first left nothing behind.
    expect(sources.map((x) => x.messages)).toEqual([60_000]);
    expect(rows).toEqual({ sources: 1, messages: 60_000 });
  });
});
