// The engine's home off the main thread (docs/design.md#contract): a worker that owns the case file and answers
// calls posted by host/client.ts. Imports run here too, yielding between batches, so reads stay
// answered while a job runs.
import { parentPort, workerData } from 'node:worker_threads';
import { answerCall, createEngine, type Engine } from '../backend/api';
import type { PdfPage, PrintToPdf } from '../backend/production/page-layout';
import type { HostReply, HostRequest } from './protocol';
import type { WorkerData } from './types';

const port = parentPort;
if (!port) throw new Error('engine-worker must run as a worker thread');
const { casePath, doorPrints } = workerData as WorkerData;

/** Pages the door is printing, by print id: Electron's printToPDF lives on the main thread, not here. */
const printing = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();
let nextPrintId = 1;

const printThroughDoor: PrintToPdf = (page: PdfPage) =>
  new Promise((resolve, reject) => {
    const printId = nextPrintId++;
    printing.set(printId, { resolve, reject });
    port.postMessage({ type: 'print', printId, page } satisfies HostReply);
  });

function settlePrint(reply: Extract<HostRequest, { type: 'printed' | 'print-failed' }>): void {
  const waiting = printing.get(reply.printId);
  printing.delete(reply.printId);
  if (reply.type === 'printed') waiting?.resolve(reply.pdf);
  else waiting?.reject(new Error(reply.message));
}

let engine: Engine;
try {
  engine = createEngine(casePath, {
    create: true,
    onEvent: (event) => port.postMessage({ type: 'event', event } satisfies HostReply),
    printToPdf: doorPrints ? printThroughDoor : undefined,
  });
  port.postMessage({ type: 'ready' } satisfies HostReply);
} catch (e) {
  port.postMessage({ type: 'failed', message: (e as Error).message } satisfies HostReply);
  process.exit(1);
}

port.on('message', (msg: HostRequest) => {
  if (msg.type === 'close') {
    void engine.close().then(() => port.postMessage({ type: 'closed' } satisfies HostReply));
    return;
  }
  if (msg.type === 'printed' || msg.type === 'print-failed') return settlePrint(msg);
  // The door validated the argument (host/types.ts): the engine's own methods take it as it is.
  void answerCall({ checked: engine.checkedApi, door: engine.doorApi }, msg.method, msg.arg).then((result) =>
    port.postMessage({ type: 'result', id: msg.id, result } satisfies HostReply),
  );
});
