// Two browser-mode servers open in one browser. A browser keeps cookies per host, not per port
// (RFC 6265), so both servers' session cookies land in one jar for 127.0.0.1 and are sent to
// both; each server must keep its own and ignore the other's.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve';
import { inProcessHost } from '../support/in-process-host';
import { servedFolder } from '../support/served-folder';

interface Reply {
  status: number;
  setCookie: string | null;
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function start(): Promise<RunningServer> {
  const { casePath, rendererDir, bridgeScript } = servedFolder();
  const { host } = inProcessHost(casePath);
  stops.push(() => host.close());
  const server = await startServer({ host, port: 0, rendererDir, bridgeScript, allow: [] });
  stops.push(() => server.close());
  return server;
}

/** One browser's cookies for 127.0.0.1: a name set again replaces its value, whichever port set it. */
class HostCookieJar {
  private readonly cookies = new Map<string, string>();

  keep(setCookie: string | null): void {
    if (setCookie === null) return;
    const [name = '', value = ''] = setCookie.split(';', 1)[0]!.split('=');
    this.cookies.set(name, value);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

function send(server: RunningServer, path: string, method: string, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => {
        const setCookie = res.headers['set-cookie'];
        resolve({ status: res.statusCode ?? 0, setCookie: setCookie === undefined ? null : setCookie[0]! });
      });
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

/** Opening the printed link, as the browser does, keeping the cookie it sets. */
async function openPrintedLink(server: RunningServer, jar: HostCookieJar): Promise<void> {
  const page = await send(server, `/?token=${server.token}`, 'GET', { 'Sec-Fetch-Site': 'none', Cookie: jar.header() });
  expect(page.status).toBe(200);
  jar.keep(page.setCookie);
}

/** An API call from the server's own page, carrying only the cookies (no token header). */
function callWithCookies(server: RunningServer, cookie: string): Promise<Reply> {
  return send(server, '/api/caseInfo', 'POST', {
    'Content-Type': 'application/json',
    Origin: `http://127.0.0.1:${server.port}`,
    'Sec-Fetch-Site': 'same-origin',
    Cookie: cookie,
  });
}

describe('browser mode: two servers in one browser', () => {
  it('keeps both sessions: the second link opened does not overwrite the first one’s cookie', async () => {
    const first = await start();
    const second = await start();
    const jar = new HostCookieJar();
    await openPrintedLink(first, jar);
    await openPrintedLink(second, jar);

    expect(jar.names().sort()).toEqual([`threadline_token_${first.port}`, `threadline_token_${second.port}`].sort());
    expect((await callWithCookies(first, jar.header())).status).toBe(200);
    expect((await callWithCookies(second, jar.header())).status).toBe(200);
  });

  it('does not accept the other server’s cookie as its own session', async () => {
    const first = await start();
    const second = await start();
    const jar = new HostCookieJar();
    await openPrintedLink(first, jar);

    expect((await callWithCookies(first, jar.header())).status).toBe(200);
    expect((await callWithCookies(second, jar.header())).status).toBe(401);
    expect((await callWithCookies(second, `threadline_token_${second.port}=${first.token}`)).status).toBe(401);
  });
});
