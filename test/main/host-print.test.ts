// A door's printer reaches the engine worker: a production started through the host prints every PDF
// through the function the door gave (the desktop passes Electron's), never through a Chromium of its
// own, and a printer that fails fails the production and leaves no folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { startEngineHost } from '../../electron/host/client';
import type { EngineHost } from '../../electron/host/types';
import type { PdfPage } from '../../electron/backend/production/page-layout';
import { bundleFromSource } from '../support/bundle';
import { androidChat, tempDir, writeText } from '../support/temp';

const WORKER = bundleFromSource('dist/electron/engine-worker.cjs');
const DOOR_PDF = '%PDF-printed-by-the-door\n';

beforeEach(() => {
  // Were the engine to fall back on its own Chromium, it would fail on this path.
  vi.stubEnv('THREADLINE_CHROMIUM', '/nonexistent/chromium');
});
afterEach(() => vi.unstubAllEnvs());

async function untilDone(host: EngineHost, start: () => Promise<{ ok: boolean }>): Promise<ApiEvent> {
  let jobId = '';
  const finished: ApiEvent[] = [];
  const done = new Promise<ApiEvent>((resolve) =>
    host.onEvent((e) => {
      if (e.type !== 'job.done') return;
      finished.push(e);
      const mine = finished.find((f) => f.jobId === jobId);
      if (mine) resolve(mine);
    }),
  );
  const started = (await start()) as { ok: boolean; value?: { jobId: string } };
  if (!started.ok) throw new Error(`The job did not start: ${JSON.stringify(started)}`);
  jobId = started.value!.jobId;
  const already = finished.find((f) => f.jobId === jobId);
  return already ?? done;
}

async function hostWithChat(printToPdf: (page: PdfPage) => Promise<Uint8Array>) {
  const dir = tempDir();
  const host = await startEngineHost({ casePath: join(dir, 'c.threadline'), workerPath: WORKER, printToPdf });
  const chat = writeText(dir, 'chat.txt', androidChat(6, { start: Date.UTC(2024, 3, 1, 23, 57), words: (i) => `harbour report ${i}` }));
  await untilDone(host, () => host.call('importArchive', { paths: [chat], timeZone: 'UTC' }));
  return { dir, host };
}

describe('engine host with the door printing PDFs', () => {
  it('prints every PDF of a production through the door, each page carrying its Bates marks', async () => {
    const pages: PdfPage[] = [];
    const { dir, host } = await hostWithChat(async (page) => (pages.push(page), new TextEncoder().encode(DOOR_PDF + pages.length)));
    try {
      const out = join(dir, 'out');
      const done = await untilDone(host, () => host.call('produce', { query: 'harbour', batesPrefix: 'H-', formats: ['pdf'], outDir: out, reviewer: 'Pat Lee' }));
      expect(done).toMatchObject({ ok: true });
      // Two days (23:57 to 00:02 UTC): two documents, the combined file, the privilege log.
      expect(readdirSync(join(out, 'PDF')).sort()).toEqual(['H-0000001.pdf', 'H-0000004.pdf']);
      expect(pages).toHaveLength(4);
      expect(readFileSync(join(out, 'PDF', 'H-0000001.pdf'), 'utf8')).toBe(`${DOOR_PDF}1`);
      expect(readFileSync(join(out, 'production.pdf'), 'utf8')).toBe(`${DOOR_PDF}3`);
      expect(pages[0]!.headerTemplate).toContain('H-0000001 – H-0000003');
      expect(pages[0]!.footerTemplate).toContain('pageNumber');
      expect(pages[0]!.html).toContain('harbour report 0');
      expect(pages[1]!.html).toContain('harbour report 5');
    } finally {
      await host.close();
    }
  }, 60_000);

  it('fails the production with the printer’s reason and leaves no folder when the door cannot print', async () => {
    const { dir, host } = await hostWithChat(() => Promise.reject(new Error('the print window crashed')));
    try {
      const out = join(dir, 'out');
      const done = await untilDone(host, () => host.call('produce', { query: 'harbour', batesPrefix: 'H-', formats: ['pdf'], outDir: out, reviewer: 'Pat Lee' }));
      expect(done).toMatchObject({ ok: false, cancelled: false });
      const job = await host.call('productionJob', { jobId: done.jobId });
      expect(job).toMatchObject({ ok: true, value: { state: 'failed', error: 'The PDF could not be printed: the print window crashed' } });
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      await host.close();
    }
  }, 60_000);
});
