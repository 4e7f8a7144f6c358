// Browser mode against the requests a hostile local page or a planted link would make: imports only
// from the real location of allowed folders, API calls only from our own origin with a JSON body,
// and the token only from the header or the cookie the printed link sets.
import { symlinkSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api';
import { authorizeRealPaths, startServer, type RunningServer } from '../../electron/serve';
import type { EngineHost } from '../../electron/host/types';
import { inProcessHost } from '../support/in-process-host';
import { servedFolder } from '../support/served-folder';
import { androidChat, tempDir, writeText } from '../support/temp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Call {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

let server: RunningServer;
let stopEngine: (() => Promise<void>) | null = null;
const engineCalls: { method: string; arg: unknown }[] = [];

afterEach(async () => {
  await server?.close();
  await stopEngine?.();
  stopEngine = null;
  engineCalls.length = 0;
});

/** A server on a fresh case; the engine's calls are recorded to see which paths reached it. */
async function start(allow: string[] = []): Promise<RunningServer> {
  const { casePath, rendererDir, bridgeScript } = servedFolder();
  const { host } = inProcessHost(casePath);
  const recording: EngineHost = {
    call: (method, arg) => (engineCalls.push({ method, arg }), host.call(method, arg)),
    onEvent: (listener) => host.onEvent(listener),
    close: () => host.close(),
  };
  stopEngine = () => host.close();
  server = await startServer({ host: recording, port: 0, rendererDir, bridgeScript, allow });
  return server;
}

function send(path: string, call: Call = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: call.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...call.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** An API call as our own page makes it, with `changes` applied to its headers. */
function apiCall(method: string, arg: unknown, changes: Record<string, string | undefined> = {}): Promise<Reply> {
  const headers: Record<string, string | undefined> = {
    'Content-Type': 'application/json',
    'X-Threadline-Token': server.token,
    Origin: `http://127.0.0.1:${server.port}`,
    'Sec-Fetch-Site': 'same-origin',
    ...changes,
  };
  const defined = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
  return send(`/api/${method}`, { method: 'POST', headers: defined, body: JSON.stringify(arg) });
}

function result(reply: Reply): ApiResult<unknown> {
  expect(reply.headers['content-type']).toBe('application/json');
  return JSON.parse(reply.body) as ApiResult<unknown>;
}

/** The cookie the printed link sets when the page loads. */
async function loadPageCookie(): Promise<string> {
  const page = await send(`/?token=${server.token}`, { headers: { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' } });
  expect(page.status).toBe(200);
  const cookie = String(page.headers['set-cookie']);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

describe('browser mode: the allow-list is checked on real paths', () => {
  it('refuses a symbolic link inside an allowed folder that points outside it, file or folder', async () => {
    const allowed = tempDir();
    const outside = tempDir();
    const secret = writeText(outside, 'chat.txt', androidChat(3));
    symlinkSync(secret, join(allowed, 'innocent.txt'));
    symlinkSync(outside, join(allowed, 'folder'));
    await start([allowed]);

    const escapes: [string, string][] = [
      [join(allowed, 'innocent.txt'), secret],
      [join(allowed, 'folder'), outside],
      [join(allowed, 'folder', 'chat.txt'), secret],
    ];
    for (const [path, target] of escapes) {
      const refused = result(await apiCall('importArchive', { paths: [path] }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(refused.ok === false && refused.error.message).toContain(`${path} (which leads to ${target}) is outside the folders`);
    }
    const contacts = result(await apiCall('importContacts', { path: join(allowed, 'innocent.txt') }));
    expect(contacts).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(engineCalls.filter((c) => c.method === 'importArchive' || c.method === 'importContacts')).toEqual([]);
  });

  it('writes a production only into a folder under an allowed one', async () => {
    const allowed = tempDir();
    const outside = tempDir();
    symlinkSync(outside, join(allowed, 'escape'));
    await start([allowed]);
    for (const outDir of [join(outside, 'production'), join(allowed, 'escape', 'production')]) {
      const refused = result(await apiCall('produce', { query: 'x', batesPrefix: 'A', formats: ['text'], outDir }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(engineCalls.filter((c) => c.method === 'produce')).toEqual([]);
  });

  it('writes and reads a chronology file only under an allowed folder', async () => {
    const allowed = tempDir();
    const outside = tempDir();
    await start([allowed]);
    const written = result(await apiCall('exportChronology', { format: 'csv', outPath: join(outside, 'chronology.csv') }));
    expect(written).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const read = result(await apiCall('importChronology', { csvPath: writeText(outside, 'facts.csv', 'title,date\n') }));
    expect(read).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(engineCalls.filter((c) => c.method === 'exportChronology' || c.method === 'importChronology')).toEqual([]);
  });

  it('accepts a path under an allowed folder that is itself reached through a link, and hands the engine the real path', async () => {
    const real = tempDir();
    const links = tempDir();
    const chat = writeText(real, 'chat.txt', androidChat(3));
    symlinkSync(real, join(links, 'exports'));
    await start([join(links, 'exports')]);

    const accepted = result(await apiCall('importArchive', { paths: [join(links, 'exports', 'chat.txt')] }));
    expect(accepted).toMatchObject({ ok: true });
    expect(engineCalls.find((c) => c.method === 'importArchive')?.arg).toMatchObject({ paths: [chat] });
  });

  it('says plainly when a requested path does not exist, and refuses everything when no folder is allowed', async () => {
    const allowed = tempDir();
    await expect(authorizeRealPaths([allowed], [join(allowed, 'missing.txt')])).rejects.toMatchObject({
      code: 'bad_input',
      message: `${join(allowed, 'missing.txt')} does not exist.`,
    });
    const chat = writeText(allowed, 'chat.txt', androidChat(1));
    await expect(authorizeRealPaths([], [chat])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(authorizeRealPaths([join(allowed, 'gone')], [chat])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(authorizeRealPaths([allowed], [join(allowed, '.', 'chat.txt')])).resolves.toEqual([chat]);
  });
});

describe('browser mode: API calls only from our own page', () => {
  it('answers a call from our own origin', async () => {
    await start();
    expect(result(await apiCall('caseInfo', {}))).toMatchObject({ ok: true });
    expect(result(await apiCall('caseInfo', {}, { Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` }))).toMatchObject({ ok: true });
  });

  it('refuses with 403 a call whose Origin is a page on another localhost port, or an opaque origin', async () => {
    await start();
    for (const origin of [`http://127.0.0.1:${server.port + 1}`, `http://localhost:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      expect((await apiCall('caseInfo', {}, { Origin: origin })).status).toBe(403);
    }
  });

  it('refuses with 403 a call the browser marks same-site or cross-site, even without an Origin', async () => {
    await start();
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect((await apiCall('caseInfo', {}, { Origin: undefined, 'Sec-Fetch-Site': site })).status).toBe(403);
    }
    expect((await send('/events', { headers: { 'X-Threadline-Token': server.token, 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403);
    expect((await send('/evidence/1', { headers: { 'X-Threadline-Token': server.token, 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await send(`/?token=${server.token}`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  });

  it('requires a JSON body on POST /api/*: 415 otherwise', async () => {
    await start();
    expect((await apiCall('caseInfo', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await apiCall('caseInfo', {}, { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await apiCall('caseInfo', {}, { 'Content-Type': undefined })).status).toBe(415);
    expect(result(await apiCall('caseInfo', {}, { 'Content-Type': 'Application/JSON; charset=utf-8' }))).toMatchObject({ ok: true });
  });

  it('answers API calls only to POST', async () => {
    await start();
    const got = await send('/api/caseInfo', { headers: { 'X-Threadline-Token': server.token } });
    expect(got.status).toBe(405);
    expect(got.headers.allow).toBe('POST');
  });
});

describe('browser mode: where the token is taken from', () => {
  it('never takes it from the query string of an API call, the event stream or a file', async () => {
    await start();
    const query = `?token=${server.token}`;
    const apiWithQueryToken = await send(`/api/caseInfo${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(apiWithQueryToken.status).toBe(401);
    expect((await send(`/events${query}`)).status).toBe(401);
    expect((await send(`/bridge.js${query}`)).status).toBe(401);
  });

  it('sets an HttpOnly SameSite=Strict cookie when the printed link is opened, and the cookie alone then works', async () => {
    await start();
    const cookie = await loadPageCookie();
    const viaCookie = await apiCall('caseInfo', {}, { 'X-Threadline-Token': undefined, Cookie: cookie });
    expect(result(viaCookie)).toMatchObject({ ok: true });
    expect((await send('/bridge.js', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await send('/', { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })).headers['set-cookie']).toBeUndefined();
    expect((await apiCall('caseInfo', {}, { 'X-Threadline-Token': undefined, Cookie: `threadline_token_${server.port}=forged` })).status).toBe(401);
  });

  it('streams job events to a client that has only the cookie', async () => {
    const allowed = tempDir();
    const chat = writeText(allowed, 'chat.txt', androidChat(2));
    await start([allowed]);
    const cookie = await loadPageCookie();
    const stream = await new Promise<IncomingMessage>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } }, resolve).end();
    });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream');
    stream.setEncoding('utf8');
    let received = '';
    const done = new Promise<void>((resolve) => {
      stream.on('data', (chunk: string) => {
        received += chunk;
        if (received.includes('"job.done"')) resolve();
      });
    });
    const started = result(await apiCall('importArchive', { paths: [chat] }, { 'X-Threadline-Token': undefined, Cookie: cookie }));
    expect(started).toMatchObject({ ok: true });
    await done;
    stream.destroy();
    expect(received).toMatch(/"type":"job.done".*"ok":true/);
  });
});
