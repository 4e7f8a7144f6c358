// The engine host: the worker, bundled from the sources as the build bundles it, answers calls off the
// caller's thread, streams job events, and a failure to open the case reaches the door as an error
// rather than a hang.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { startEngineHost } from '../../electron/host/client';
import { bundleFromSource } from '../support/bundle';
import { androidChat, tempDir, writeText } from '../support/temp';

const WORKER = bundleFromSource('dist/electron/engine-worker.cjs');

describe('engine host (worker thread)', () => {
  it('answers calls and streams an import to completion', async () => {
    const dir = tempDir();
    const host = await startEngineHost({ casePath: join(dir, 'c.threadline'), workerPath: WORKER });
    try {
      const events: ApiEvent[] = [];
      const done = new Promise<void>((resolve) => host.onEvent((e) => (events.push(e), e.type === 'job.done' && resolve())));
      const started = await host.call('importArchive', { paths: [writeText(dir, 'chat.txt', androidChat(50))] });
      expect(started.ok).toBe(true);
      await done;
      expect(events.at(-1)).toMatchObject({ type: 'job.done', ok: true, cancelled: false });
      expect(events.some((e) => e.type === 'job.progress' && e.phase.startsWith('reading'))).toBe(true);
      const info = await host.call('caseInfo', {});
      expect(info).toMatchObject({ ok: true, value: { sourceCount: 1, messageCount: 51 } });
      const missing = await host.call('locateMessage', { messageId: 999_999 });
      expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no message 999999 in this case.' } });
    } finally {
      await host.close();
    }
  });

  it('stops an import when a cancel arrives while the engine is busy indexing, and leaves the case as it was', async () => {
    const dir = tempDir();
    const host = await startEngineHost({ casePath: join(dir, 'c.threadline'), workerPath: WORKER });
    try {
      const phases: string[] = [];
      const answers: boolean[] = [];
      const done = new Promise<ApiEvent>((resolve) =>
        host.onEvent((e) => {
          if (e.type === 'job.done') return resolve(e);
          if (!phases.includes(e.phase)) {
            phases.push(e.phase);
            // Sent from this thread: the worker sees it only if its long loops let messages in.
            if (e.phase.startsWith('indexing')) void host.call('cancelJob', { jobId: e.jobId }).then((r) => r.ok && answers.push(r.value.cancelled));
          }
        }),
      );
      const started = await host.call('importArchive', { paths: [writeText(dir, 'chat.txt', androidChat(60_000))] });
      expect(started.ok).toBe(true);
      expect(await done).toMatchObject({ type: 'job.done', ok: false, cancelled: true });
      expect(answers).toEqual([true]);
      expect(phases.some((p) => p.startsWith('indexing'))).toBe(true);
      expect(await host.call('caseInfo', {})).toMatchObject({ ok: true, value: { sourceCount: 0, messageCount: 0 } });
    } finally {
      await host.close();
    }
  });

  it('reports a case it cannot open', async () => {
    const dir = tempDir();
    const notACase = writeText(dir, 'photo.jpg', 'not a database at all');
    await expect(startEngineHost({ casePath: notACase, workerPath: WORKER })).rejects.toThrow(/photo\.jpg is not a Threadline case file/);
  });
});
