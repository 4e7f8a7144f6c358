// Browser mode's window.api: the same WindowApi the desktop preload exposes, carried over HTTP to
// `threadline serve` (design.md §3). The token travels in an HttpOnly cookie set with the page.
import { API_METHODS, type ApiEvent, type ApiMethod, type ApiResult, type WindowApi } from '../../shared/api';

class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call(method: ApiMethod, arg: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(arg ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    throw new BridgeError('internal', 'The Threadline server is not answering; is `threadline serve` still running?');
  }
  if (res.status === 401) throw new BridgeError('forbidden', 'This browser session is not authorised; open the link printed by threadline serve.');
  const result = (await res.json()) as ApiResult<unknown>;
  if (!result.ok) throw new BridgeError(result.error.code, result.error.message);
  return result.value;
}

const listeners = new Set<(e: ApiEvent) => void>();
let source: EventSource | null = null;

function onEvent(listener: (e: ApiEvent) => void): () => void {
  listeners.add(listener);
  if (!source) {
    source = new EventSource('./events');
    source.onmessage = (m) => {
      const event = JSON.parse(m.data as string) as ApiEvent;
      listeners.forEach((l) => l(event));
    };
  }
  return () => listeners.delete(listener);
}

const api = Object.fromEntries(API_METHODS.map((m) => [m, (arg: unknown) => call(m, arg)])) as unknown as WindowApi;
api.onEvent = onEvent;
(window as unknown as { api: WindowApi }).api = api;
