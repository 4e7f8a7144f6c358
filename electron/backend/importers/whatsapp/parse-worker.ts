// The worker thread that reads a WhatsApp chat text file (reader.ts, scanInWorker): both passes,
// the batches sent to the engine as they are cut, never more than WORKER_WINDOW ahead of it.
import { parentPort, workerData } from 'node:worker_threads';
import { fileSource } from '../../files/read';
import { packBatch } from './batch-codec';
import { emptyParseResult } from './parse';
import { scanInThread, WORKER_CHUNK_BYTES, WORKER_WINDOW, type FromWorker, type WorkerJob } from './reader';

const port = parentPort!;
const job = workerData as WorkerJob;
const send = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

let credit = WORKER_WINDOW;
let granted: (() => void) | null = null;
port.on('message', () => {
  credit++;
  granted?.();
});
const mayRunAhead = () =>
  credit > 0
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        granted = () => {
          granted = null;
          resolve();
        };
      });

async function read(): Promise<void> {
  // The engine ends this thread to cancel, so the reading itself never looks for a cancel.
  const chat = await scanInThread(fileSource(job.path, WORKER_CHUNK_BYTES), job.locked, () => false);
  send({ type: 'scanned', lineCount: chat.lineCount, headerCount: chat.headerCount, description: chat.description, dateOrder: chat.dateOrder });
  const result = emptyParseResult();
  let line = 0;
  const messages = chat.messages({ ...job.ctx, isCancelled: () => false, progress: (done) => (line = done) }, result);
  for await (const batch of messages) {
    await mayRunAhead();
    credit--;
    const packed = packBatch(batch);
    send({ type: 'messages', batch: packed, line }, [packed.numbers.buffer as ArrayBuffer]);
  }
  send({ type: 'done', result, line });
}

read().then(
  () => port.close(),
  (e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    send({ type: 'failed', name: error.name, message: error.message });
    port.close();
  },
);
