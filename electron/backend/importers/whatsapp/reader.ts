// A chat text read in its two passes (docs/formats.md#whatsapp-two-passes), either on the calling
// thread or, for a large chat text that is a file of its own, in a worker thread: the worker reads and cuts
// messages while the calling thread (the engine) stores the batches it has already received, so the
// two passes and the row inserts share the machine's cores (docs/design.md#jobs-progress-and-cancel).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DateOrder, DateOrderDecision } from '../../../../shared/model';
import type { ByteSource } from '../../text/lines';
import { BadInputError, CancelledError } from '../types';
import { unpackBatch, type PackedBatch } from './batch-codec';
import { describeScan, parseWhatsApp, scanWhatsApp, type ParseContext, type ParseResult, type WhatsAppMessage } from './parse';

/** What the second pass needs from its caller; the date order comes from the first pass. */
export type ReadContext = Omit<ParseContext, 'dateOrder'>;

/** A chat text after its first pass. */
export interface ScannedChat {
  lineCount: number;
  headerCount: number;
  /** The format detail of the chat text (describeScan). */
  description: string;
  dateOrder: DateOrderDecision;
  /** The second pass: messages in file order, in batches; `result` is complete when it ends. */
  messages(ctx: ReadContext, result: ParseResult): AsyncGenerator<WhatsAppMessage[]>;
  /** Stops the reading (a worker is ended); safe to call more than once. */
  close(): Promise<void>;
}

/** Reads the chat text on the calling thread. */
export async function scanInThread(source: ByteSource, locked: DateOrder | undefined, isCancelled: () => boolean): Promise<ScannedChat> {
  const scan = await scanWhatsApp(source, isCancelled);
  const dateOrder = scan.evidence.decide(locked);
  return {
    lineCount: scan.lineCount,
    headerCount: scan.headerCount,
    description: describeScan(scan),
    dateOrder,
    messages: (ctx, result) => parseWhatsApp(source, scan, { ...ctx, dateOrder }, result),
    close: async () => {},
  };
}

/** What the worker is asked to read. */
export interface WorkerJob {
  path: string;
  locked: DateOrder | undefined;
  ctx: Pick<ReadContext, 'fileLabel' | 'conversationKey'>;
}

/**
 * The worker reads its file this many bytes at a time, and sends the messages of each piece as one
 * batch: about a thousand, small enough to die young in both threads' heaps. With the 1 MB pieces
 * the engine thread reads, the import's peak memory was about 50 MB higher.
 */
export const WORKER_CHUNK_BYTES = 128 << 10;

/**
 * A chat text smaller than this is read on the engine's thread: reading it takes about as long as
 * starting a worker, so the pipeline gains nothing.
 */
export const WORKER_MIN_BYTES = 4 << 20;

/** Messages from the worker, in the order it sends them. */
export type FromWorker =
  | { type: 'scanned'; lineCount: number; headerCount: number; description: string; dateOrder: DateOrderDecision }
  | { type: 'messages'; batch: PackedBatch; line: number }
  | { type: 'done'; result: ParseResult; line: number }
  | { type: 'failed'; name: string; message: string };

/** Batches (of WORKER_CHUNK_BYTES of text each) the worker may run ahead of the engine: enough to keep both threads busy, few enough to bound memory. */
export const WORKER_WINDOW = 8;
/**
 * The worker's young generation: its objects die young (lines, headers, a batch until it is sent), and
 * V8's default sizing let its heap reach about 60 MB for 15 MB in use, against the import's 300 MB budget.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/** How often a waiting engine looks for a cancel while the worker works. */
const CANCEL_POLL_MS = 20;

/** Starts the reader's worker with its job. */
export type StartWorker = (job: WorkerJob) => Worker;

/**
 * How to start the reader's worker: the bundled script beside the running bundle (dist/electron), or
 * the TypeScript source through tsx's loader under the tests and scripts. Null when neither is there
 * (then the chat text is read on the calling thread).
 */
export function parseWorkerStarter(): StartWorker | null {
  // import.meta is empty in the CommonJS bundle, where __dirname is the bundle's folder.
  const meta = import.meta as { url?: string; resolve?: (specifier: string) => string };
  if (meta.url?.endsWith('.ts') && meta.resolve) {
    const source = new URL('./parse-worker.ts', meta.url).href;
    if (!existsSync(fileURLToPath(source))) return null;
    // A worker does not inherit the loader hooks that run TypeScript, so it loads the source through tsx's API.
    const bootstrap = `import(${JSON.stringify(meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
    return (job) => new Worker(bootstrap, { eval: true, workerData: job, resourceLimits: WORKER_LIMITS });
  }
  const bundled = typeof __dirname === 'string' ? join(__dirname, 'whatsapp-parse-worker.cjs') : null;
  return bundled && existsSync(bundled) ? (job) => new Worker(bundled, { workerData: job, resourceLimits: WORKER_LIMITS }) : null;
}

/** The error the worker reported, as the same kind of error the calling thread would have thrown. */
function rebuiltError(name: string, message: string): Error {
  if (name === 'BadInputError') return new BadInputError(message);
  if (name === 'CancelledError') return new CancelledError();
  return new Error(message);
}

/**
 * Reads the chat text file at `job.path` in a worker thread. A cancel ends the worker at once; an
 * error in it reaches the caller as the error it threw (a BadInputError naming the file and line).
 */
export async function scanInWorker(job: WorkerJob, start: StartWorker, isCancelled: () => boolean): Promise<ScannedChat> {
  const worker = start(job);
  const inbox: FromWorker[] = [];
  let waiting: (() => void) | null = null;
  let ended = false;
  const deliver = (m: FromWorker) => {
    inbox.push(m);
    waiting?.();
  };
  worker.on('message', deliver);
  worker.on('error', (e: Error) => deliver({ type: 'failed', name: e.name, message: e.message }));
  worker.on('exit', (code) => deliver({ type: 'failed', name: 'Error', message: `The WhatsApp reader of ${job.ctx.fileLabel} stopped unexpectedly (exit code ${code}).` }));
  const close = async () => {
    if (ended) return;
    ended = true;
    await worker.terminate();
  };

  /** The worker's next message; a cancel seen while waiting ends the worker. */
  const next = async (): Promise<FromWorker> => {
    while (!inbox.length) {
      if (isCancelled()) throw new CancelledError();
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => isCancelled() && wake(), CANCEL_POLL_MS);
        const wake = () => {
          clearInterval(poll);
          waiting = null;
          resolve();
        };
        waiting = wake;
      });
    }
    const m = inbox.shift()!;
    if (m.type === 'failed') throw rebuiltError(m.name, m.message);
    if (isCancelled()) throw new CancelledError();
    return m;
  };

  try {
    const scanned = await next();
    if (scanned.type !== 'scanned') throw new Error(`The WhatsApp reader of ${job.ctx.fileLabel} answered out of order.`);
    const { lineCount, headerCount, description, dateOrder } = scanned;
    return {
      lineCount,
      headerCount,
      description,
      dateOrder,
      async *messages(ctx, result) {
        try {
          for (;;) {
            const m = await next();
            if (m.type === 'done') {
              Object.assign(result, { ...m.result, warnings: [...result.warnings, ...m.result.warnings] });
              ctx.progress(m.line);
              return;
            }
            if (m.type !== 'messages') throw new Error(`The WhatsApp reader of ${ctx.fileLabel} answered out of order.`);
            // Asks for the next batch before storing this one, so that the worker reads while the engine writes.
            worker.postMessage('more');
            yield unpackBatch(m.batch, { conversationKey: ctx.conversationKey, memberFile: ctx.memberFile ?? null });
            ctx.progress(m.line);
          }
        } finally {
          await close();
        }
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
