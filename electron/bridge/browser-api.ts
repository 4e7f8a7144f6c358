// Browser mode's window.api: the same WindowApi the desktop preload exposes, carried over HTTP to
// `threadline serve` (design.md §3). The token travels in an HttpOnly cookie set with the page.
import { API_METHODS, type ApiEvent, type ApiMethod, type ApiResult, type TransportApi } from '../../shared/api';

async function call(method: ApiMethod, arg: unknown): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(arg ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The Threadline server is not answering; is `threadline serve` still running?' } };
  }
  if (res.status === 401) {
    return { ok: false, error: { code: 'forbidden', message: 'This browser session is not authorised; open the link printed by threadline serve.' } };
  }
  return (await res.json()) as ApiResult<unknown>;
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

const methods = Object.fromEntries(API_METHODS.map((m) => [m, (arg: unknown) => call(m, arg)]));
const mediaUrl = (attachmentId: number) => `./evidence/${Math.trunc(attachmentId)}`;
(window as unknown as { api: TransportApi }).api = { ...methods, onEvent, mediaUrl } as unknown as TransportApi;
