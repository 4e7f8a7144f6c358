// The browser bridge turns whatever the server answers into a result the error banner can show:
// plain-text refusals, HTML error pages, broken JSON and a broken event stream included.
import { describe, expect, it } from 'vitest';
import { ApiError, unwrapTransport, type ApiEvent, type TransportApi } from '../../shared/api';
import { createBrowserTransport, type EventStream } from '../../electron/bridge/transport';
import { readableError } from '../../renderer/src/errors/readableError';

class FakeEventStream implements EventStream {
  readyState = 1;
  onmessage: ((message: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  close(): void {
    this.readyState = 2;
  }
  /** What the server sends: one `data:` line. */
  receive(data: string): void {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

interface Sent {
  url: string;
  init: RequestInit;
}

function reply(status: number, body: string, type: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': type } });
}

function bridge(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const streams: FakeEventStream[] = [];
  const transport = createBrowserTransport({
    fetch: async (url, init) => {
      sent.push({ url, init });
      return answer({ url, init });
    },
    openEvents: () => {
      const stream = new FakeEventStream();
      streams.push(stream);
      return stream;
    },
  });
  return { transport, sent, streams };
}

/** What the reviewer reads in the banner after a call failed. */
async function bannerText(transport: TransportApi, call: (api: ReturnType<typeof unwrapTransport>) => Promise<unknown>): Promise<{ code: string; text: string }> {
  const error = await call(unwrapTransport(transport)).then(
    () => expect.fail('the call should have failed'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return { code: (error as ApiError).code, text: readableError(error) };
}

describe('browser bridge: replies that are not results', () => {
  it.each([
    [403, 'text/plain', 'Requests are accepted only from the Threadline page itself.', 'forbidden'],
    [405, 'text/plain', 'API calls are POST requests.', 'invalid_argument'],
    [413, 'text/plain', 'The request is larger than the 1 MB an API call may carry.', 'invalid_argument'],
    [415, 'text/plain', 'API calls take a JSON body (Content-Type: application/json).', 'invalid_argument'],
  ])('HTTP %i (%s) becomes an error result naming the call and the reason', async (status, type, body, code) => {
    const { transport } = bridge(() => reply(status, body, type));
    const result = await transport.search({ q: 'harbour' } as never);
    expect(result).toEqual({ ok: false, error: { code, message: `threadline serve answered search with HTTP ${status} (${body}) instead of a result.` } });
  });

  it('an HTML error page becomes one readable line, never a SyntaxError', async () => {
    const { transport } = bridge(() => reply(500, '<!doctype html>\n<title>Internal error</title><p>stack…', 'text/html'));
    const shown = await bannerText(transport, (api) => api.caseInfo({}));
    expect(shown).toEqual({ code: 'internal', text: 'threadline serve answered caseInfo with HTTP 500 (<!doctype html>) instead of a result.' });
  });

  it('a reply labelled JSON that is not JSON, or JSON that is not a result, is an internal error', async () => {
    for (const body of ['{"ok": tru', '[1, 2]', '{"ok": false, "error": "no code"}']) {
      const { transport } = bridge(() => reply(200, body, 'application/json'));
      const result = await transport.caseInfo({});
      expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^threadline serve answered caseInfo with HTTP 200 \(.+\) instead of a result\.$/) } });
    }
  });

  it('401 says how to get authorised', async () => {
    const { transport } = bridge(() => reply(401, 'This page needs the link printed by threadline serve.', 'text/plain'));
    expect(await bannerText(transport, (api) => api.caseInfo({}))).toEqual({
      code: 'forbidden',
      text: 'This browser session is not authorised; open the link printed by threadline serve.',
    });
  });

  it('a server that does not answer at all is an error result too', async () => {
    const { transport } = bridge(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await transport.caseInfo({})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The Threadline server is not answering; is `threadline serve` still running?' },
    });
  });

  it('passes results through unchanged, and sends JSON with the page’s own credentials', async () => {
    const { transport, sent } = bridge(() => reply(200, '{"ok":false,"error":{"code":"not_found","message":"No conversation 7."}}', 'application/json; charset=utf-8'));
    expect(await transport.threadPage({ conversationId: 7, fromSeq: 0, limit: 5 } as never)).toEqual({ ok: false, error: { code: 'not_found', message: 'No conversation 7.' } });
    expect(sent[0]).toMatchObject({ url: './api/threadPage', init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin' } });
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ conversationId: 7, fromSeq: 0, limit: 5 });
  });
});

describe('browser bridge: a broken event stream', () => {
  const started = () => reply(200, '{"ok":true,"value":{"jobId":"job-1"}}', 'application/json');

  it('ends a running job as failed with the reason, instead of leaving its progress bar waiting', async () => {
    const { transport, streams } = bridge(started);
    const events: ApiEvent[] = [];
    transport.onEvent((e) => events.push(e));
    await transport.importArchive({ paths: ['/exports/chat.txt'] });
    streams[0]!.receive('{"type":"job.progress","jobId":"job-1","phase":"reading","done":1,"total":4}');
    streams[0]!.fail();
    expect(events.map((e) => e.type)).toEqual(['job.progress', 'job.done']);
    expect(events[1]).toMatchObject({ jobId: 'job-1', ok: false, cancelled: false, error: expect.stringContaining('job progress from threadline serve broke') });
    streams[0]!.fail();
    expect(events).toHaveLength(2);
  });

  it('treats a message that is not JSON as a break', async () => {
    const { transport, streams } = bridge(started);
    const events: ApiEvent[] = [];
    transport.onEvent((e) => events.push(e));
    await transport.importArchive({ paths: ['/exports/chat.txt'] });
    streams[0]!.receive('<html>');
    expect(events).toMatchObject([{ type: 'job.done', jobId: 'job-1', ok: false }]);
  });

  it('leaves finished jobs alone, including one that finished before its call answered', async () => {
    const { transport, streams } = bridge(started);
    const events: ApiEvent[] = [];
    transport.onEvent((e) => events.push(e));
    streams[0]!.receive('{"type":"job.done","jobId":"job-1","ok":true,"cancelled":false,"error":null,"summary":null}');
    await transport.importArchive({ paths: ['/exports/chat.txt'] });
    streams[0]!.fail();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ok: true });
  });

  it('once the browser has given up on the stream, a job started afterwards is reported lost at once', async () => {
    const { transport, streams } = bridge(started);
    const events: ApiEvent[] = [];
    transport.onEvent((e) => events.push(e));
    streams[0]!.close();
    streams[0]!.fail();
    const result = await transport.importArchive({ paths: ['/exports/chat.txt'] });
    expect(result).toEqual({ ok: true, value: { jobId: 'job-1' } });
    expect(events).toMatchObject([{ type: 'job.done', jobId: 'job-1', ok: false }]);
  });

  it('opens one stream however many listeners there are', () => {
    const { transport, streams } = bridge(started);
    const stop = transport.onEvent(() => {});
    transport.onEvent(() => {});
    stop();
    expect(streams).toHaveLength(1);
  });
});
