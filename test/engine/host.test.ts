// The engine host: the built worker answers calls off the caller's thread, streams job events, and a
// failure to open the case reaches the door as an error rather than a hang.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { startEngineHost } from '../../electron/host/client';
import { androidChat, tempDir, writeText } from '../support/temp';

const WORKER = fileURLToPath(new URL('../../dist/electron/engine-worker.cjs', import.meta.url));

describe('engine host (worker thread)', () => {
  it('is built', () => {
    expect(existsSync(WORKER), 'run `npm run build` first (npm test does)').toBe(true);
  });

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

  it('reports a case it cannot open', async () => {
    const dir = tempDir();
    const notACase = writeText(dir, 'photo.jpg', 'not a database at all');
    await expect(startEngineHost({ casePath: notACase, workerPath: WORKER })).rejects.toThrow(/photo\.jpg is not a Threadline case file/);
  });
});
