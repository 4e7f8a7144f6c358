// The engine's home off the main thread (docs/design.md#contract): a worker that owns the case file and answers
// calls posted by host/client.ts. Imports run here too, yielding between batches, so reads stay
// answered while a job runs.
import { parentPort, workerData } from 'node:worker_threads';
import { answerCall, createEngine, type Engine } from '../backend/api';
import type { HostReply, HostRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('engine-worker must run as a worker thread');

let engine: Engine;
try {
  engine = createEngine((workerData as { casePath: string }).casePath, {
    create: true,
    onEvent: (event) => port.postMessage({ type: 'event', event } satisfies HostReply),
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
  // The door validated the argument (host/types.ts): the engine's own methods take it as it is.
  void answerCall({ checked: engine.checkedApi, door: engine.doorApi }, msg.method, msg.arg).then((result) =>
    port.postMessage({ type: 'result', id: msg.id, result } satisfies HostReply),
  );
});
