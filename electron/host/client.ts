// Starts the engine worker and gives the door an EngineHost: calls become messages, replies resolve
// them, and a crashed worker fails every waiting call with a readable error instead of hanging.
// A door that prints PDFs itself (the desktop shell) passes printToPdf; the worker's pages come
// here to be printed, and the PDF goes back.
import { Worker } from 'node:worker_threads';
import type { ApiEvent, ApiResult } from '../../shared/api';
import type { PdfPage, PrintToPdf } from '../backend/production/page-layout';
import type { HostReply, HostRequest } from './protocol';
import type { EngineArg, EngineHost, EngineMethod, EngineValue, WorkerData } from './types';

export async function startEngineHost(opts: { casePath: string; workerPath: string; printToPdf?: PrintToPdf }): Promise<EngineHost> {
  const workerData: WorkerData = { casePath: opts.casePath, doorPrints: opts.printToPdf !== undefined };
  const worker = new Worker(opts.workerPath, { workerData });
  const waiting = new Map<number, (r: ApiResult<unknown>) => void>();
  const listeners = new Set<(e: ApiEvent) => void>();
  let nextId = 1;
  let stopped: string | null = null;
  let onClosed: (() => void) | null = null;

  await new Promise<void>((resolve, reject) => {
    const early = (e: Error) => reject(e);
    worker.once('error', early);
    worker.once('message', (m: HostReply) => {
      worker.off('error', early);
      if (m.type === 'ready') resolve();
      else reject(new Error(m.type === 'failed' ? m.message : `unexpected first message ${m.type}`));
    });
  });

  const failAll = (why: string) => {
    stopped = why;
    for (const [, settle] of waiting) settle({ ok: false, error: { code: 'internal', message: why } });
    waiting.clear();
  };
  const post = (msg: HostRequest) => worker.postMessage(msg);
  const print = async (printToPdf: PrintToPdf, printId: number, page: PdfPage) => {
    try {
      post({ type: 'printed', printId, pdf: await printToPdf(page) });
    } catch (e) {
      post({ type: 'print-failed', printId, message: `The PDF could not be printed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  worker.on('message', (m: HostReply) => {
    if (m.type === 'result') {
      waiting.get(m.id)?.(m.result);
      waiting.delete(m.id);
    } else if (m.type === 'event') {
      listeners.forEach((l) => l(m.event));
    } else if (m.type === 'closed') {
      onClosed?.();
    } else if (m.type === 'print' && opts.printToPdf) {
      void print(opts.printToPdf, m.printId, m.page);
    }
  });
  worker.on('error', (e) => failAll(`The engine stopped: ${e.message}`));
  worker.on('exit', (code) => failAll(`The engine stopped (exit code ${code}).`));

  return {
    call<M extends EngineMethod>(method: M, arg: EngineArg<M>): Promise<ApiResult<EngineValue<M>>> {
      if (stopped) return Promise.resolve({ ok: false, error: { code: 'internal', message: stopped } });
      const id = nextId++;
      return new Promise((resolve) => {
        // The worker answers this call with this method's value (engine-worker.ts): the reply is typed here, once.
        waiting.set(id, (result) => resolve(result as ApiResult<EngineValue<M>>));
        post({ type: 'call', id, method, arg });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (stopped) return;
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        post({ type: 'close' });
      });
      await worker.terminate();
    },
  };
}
