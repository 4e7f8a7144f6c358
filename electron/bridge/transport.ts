// Browser mode's TransportApi over HTTP (docs/security.md#browser-mode). Every reply becomes an
// ApiResult: the server's refusals (401, 403, 405, 413, 415, a 500 page) are plain text, not
// results, and must reach the reviewer as a sentence in the error banner, never as a SyntaxError.
import { transportOf, type ApiArg, type ApiErrorCode, type ApiEvent, type ApiMethod, type ApiResult, type ApiValue, type TransportApi } from '../../shared/api';

/** The part of an EventSource the bridge uses; the tests pass a fake. */
export interface EventStream {
  /** 2 (CLOSED) once the browser has given up reconnecting, e.g. after a 401 or 403. */
  readonly readyState: number;
  onmessage: ((message: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface BrowserTransportDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  openEvents: (url: string) => EventStream;
}

const NOT_RUNNING = 'The Threadline server is not answering; is `threadline serve` still running?';
const NOT_AUTHORISED = 'This browser session is not authorised; open the link printed by threadline serve.';
const CLOSED = 2;
const REMEMBERED_COMPLETIONS = 64;
const STREAM_BROKEN =
  'The connection that reports job progress from threadline serve broke, so how this job ended is unknown; reload the page to see the case as it is.';

/** Why the server refused a call, as the error code the UI already knows how to show. */
function refusalCode(status: number): ApiErrorCode {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 400 || status === 405 || status === 413 || status === 415) return 'invalid_argument';
  return 'internal';
}

function failure(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown; message?: unknown } | null;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

/** The first line of a plain-text refusal, short enough for the banner. */
function firstLine(text: string): string {
  return (text.split('\n', 1)[0] ?? '').trim().slice(0, 200);
}

async function readReply<M extends ApiMethod>(method: M, res: Response): Promise<ApiResult<ApiValue<M>>> {
  if (res.status === 401) return failure('forbidden', NOT_AUTHORISED);
  const text = await res.text().catch(() => '');
  const isJson = (res.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
  if (isJson) {
    try {
      const parsed: unknown = JSON.parse(text);
      // The reply crossing the wire: the server answered this method, so its value is this method's.
      if (isApiResult(parsed)) return parsed as ApiResult<ApiValue<M>>;
    } catch {
      // Falls through to the refusal below: the reply says JSON but is not.
    }
  }
  const reason = firstLine(text);
  return failure(refusalCode(res.status), `threadline serve answered ${method} with HTTP ${res.status}${reason ? ` (${reason})` : ''} instead of a result.`);
}

function jobIdOf(result: ApiResult<unknown>): string | null {
  if (!result.ok || typeof result.value !== 'object' || result.value === null || !('jobId' in result.value)) return null;
  return typeof result.value.jobId === 'string' ? result.value.jobId : null;
}

export function createBrowserTransport(deps: BrowserTransportDeps): TransportApi {
  const listeners = new Set<(e: ApiEvent) => void>();
  // Jobs started through this bridge and not yet done: if the stream breaks, their job.done may be
  // lost, and a progress bar would wait for ever; they are ended as failed, with the reason.
  const running = new Set<string>();
  // A fast job can be done before the call that started it answers.
  const recentlyDone = new Set<string>();
  let stream: EventStream | null = null;
  let streamClosed = false;

  function deliver(event: ApiEvent): void {
    if (event.type === 'job.done') {
      running.delete(event.jobId);
      recentlyDone.add(event.jobId);
      if (recentlyDone.size > REMEMBERED_COMPLETIONS) recentlyDone.delete(recentlyDone.values().next().value as string);
    }
    listeners.forEach((l) => l(event));
  }

  function endAsLost(jobId: string): void {
    deliver({ type: 'job.done', jobId, ok: false, cancelled: false, error: STREAM_BROKEN, summary: null });
  }

  function streamBroke(): void {
    if (stream?.readyState === CLOSED) streamClosed = true;
    [...running].forEach(endAsLost);
  }

  function onEvent(listener: (e: ApiEvent) => void): () => void {
    listeners.add(listener);
    if (!stream) {
      stream = deps.openEvents('./events');
      stream.onmessage = (message) => {
        let event: ApiEvent;
        try {
          event = JSON.parse(String(message.data)) as ApiEvent;
        } catch {
          return streamBroke();
        }
        deliver(event);
      };
      stream.onerror = () => streamBroke();
    }
    return () => listeners.delete(listener);
  }

  async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<ApiValue<M>>> {
    let res: Response;
    try {
      res = await deps.fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(arg ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return failure('internal', NOT_RUNNING);
    }
    const result = await readReply(method, res);
    const jobId = jobIdOf(result);
    if (jobId !== null && !recentlyDone.has(jobId)) {
      // With the stream closed for good, this job's end could never be heard.
      if (streamClosed) endAsLost(jobId);
      else running.add(jobId);
    }
    return result;
  }

  const mediaUrl = (attachmentId: number) => `./evidence/${Math.trunc(attachmentId)}`;
  return { ...transportOf(call), onEvent, mediaUrl };
}
