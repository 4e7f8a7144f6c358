// Browser mode's door: loopback only, a token on every request, a Host check against DNS rebinding,
// the same validation as the desktop, and imports only from folders the operator allowed.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_CSP, isInside, startServer, type RunningServer } from '../../electron/serve';
import { inProcessHost } from '../support/in-process-host';
import { servedFolder } from '../support/served-folder';
import { androidChat, tempDir, writeText } from '../support/temp';
import { MEDIA_ZIP, mediaZip } from '../fixtures/whatsapp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function http(server: RunningServer, path: string, opts: { method?: string; host?: string; token?: string | null; body?: unknown; cookie?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: opts.host ?? `127.0.0.1:${server.port}` };
    if (opts.token !== null) headers['X-Threadline-Token'] = opts.token ?? server.token;
    if (opts.cookie) headers.Cookie = opts.cookie;
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    if (data) headers['Content-Type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

// Whatever a test opened (host, then server) is closed after it, even when an assertion failed first.
let running: { close: () => Promise<void> } | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(allow: string[] = []): Promise<{ server: RunningServer; dir: string }> {
  const { dir, casePath, rendererDir, bridgeScript } = servedFolder();
  const { host } = inProcessHost(casePath);
  running = { close: () => host.close() };
  const server = await startServer({ host, port: 0, rendererDir, bridgeScript, allow });
  running = { close: async () => (await server.close(), await host.close()) };
  return { server, dir };
}

describe('threadline serve', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', async () => {
    const { server } = await start();
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    const { server } = await start();
    expect((await http(server, '/', { token: null })).status).toBe(401);
    expect((await http(server, '/api/caseInfo', { method: 'POST', token: 'x'.repeat(32), body: {} })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { server } = await start();
    expect((await http(server, '/', { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await http(server, '/', { host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
  });

  it('serves the unchanged renderer with the bridge injected, under a CSP, and sets the token cookie', async () => {
    const { server } = await start();
    const page = await http(server, `/?token=${server.token}`, { token: null });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="./bridge.js"></script>');
    expect(page.headers['content-security-policy']).toBe(BROWSER_CSP);
    expect(String(page.headers['set-cookie'])).toMatch(new RegExp(`^threadline_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/$`));
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect((await http(server, '/bridge.js', { token: null, cookie })).status).toBe(200);
    expect((await http(server, '/../../etc/passwd')).status).toBe(404);
  });

  it('answers API calls with results, and invalid arguments with invalid_argument', async () => {
    const { server } = await start();
    const info = JSON.parse((await http(server, '/api/caseInfo', { method: 'POST', body: {} })).body);
    expect(info).toMatchObject({ ok: true, value: { sourceCount: 0 } });
    const bad = JSON.parse((await http(server, '/api/threadPage', { method: 'POST', body: { conversationId: 'one', fromSeq: 0, limit: 5 } })).body);
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_argument', message: 'threadPage.conversationId must be an integer' } });
    const extra = JSON.parse((await http(server, '/api/caseInfo', { method: 'POST', body: { sneaky: 1 } })).body);
    expect(extra.error.code).toBe('invalid_argument');
    const unknown = JSON.parse((await http(server, '/api/dropTables', { method: 'POST', body: {} })).body);
    expect(unknown.error.code).toBe('not_found');
  });

  it('imports only from allowed folders, and streams job events', async () => {
    const outside = tempDir();
    const allowed = tempDir();
    const { server } = await start([allowed]);
    const refused = JSON.parse((await http(server, '/api/importArchive', { method: 'POST', body: { paths: [writeText(outside, 'c.txt', androidChat(2))] } })).body);
    expect(refused.error.code).toBe('forbidden');
    expect(JSON.parse((await http(server, '/api/pickImportPaths', { method: 'POST', body: {} })).body).value).toMatchObject({ kind: 'typed' });

    const events: string[] = [];
    const stream = await new Promise<IncomingMessage>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `127.0.0.1:${server.port}`, 'X-Threadline-Token': server.token } }, resolve).end();
    });
    stream.setEncoding('utf8');
    const done = new Promise<void>((resolve) => {
      stream.on('data', (chunk: string) => {
        events.push(chunk);
        if (chunk.includes('"job.done"')) resolve();
      });
    });
    const ok = JSON.parse((await http(server, '/api/importArchive', { method: 'POST', body: { paths: [writeText(allowed, 'c.txt', androidChat(2))] } })).body);
    expect(ok.value.jobId).toMatch(/^[0-9a-f-]{36}$/);
    await done;
    stream.destroy();
    expect(events.join('')).toMatch(/"type":"job.done".*"ok":true/);
  });
});

describe('isInside', () => {
  it('accepts the root and paths below it, and nothing else', () => {
    expect(isInside('/data/exports', '/data/exports')).toBe(true);
    expect(isInside('/data/exports', '/data/exports/a/b.txt')).toBe(true);
    expect(isInside('/data/exports', '/data/exports/../secret.txt')).toBe(false);
    expect(isInside('/data/exports', '/data/exports-other/x.txt')).toBe(false);
    expect(isInside('/data/exports', '/etc/passwd')).toBe(false);
  });
});

describe('threadline serve /evidence/<id>', () => {
  it('shows the attachments of a with-media zip, byte-exact, and nothing else', async () => {
    const dir = tempDir();
    const zip = writeText(dir, MEDIA_ZIP.name, mediaZip());
    mkdirSync(join(dir, 'renderer'));
    writeText(join(dir, 'renderer'), 'index.html', '<html></html>');
    writeText(dir, 'bridge.js', '');
    const { host, engine } = inProcessHost(join(dir, 'case.threadline'));
    running = { close: () => host.close() };
    await engine.runImport({ paths: [zip] }).done;
    const server = await startServer({ host, port: 0, rendererDir: join(dir, 'renderer'), bridgeScript: join(dir, 'bridge.js'), allow: [] });
    running = { close: async () => (await server.close(), await host.close()) };
    const [conversation] = await engine.api.listConversations({});
    const attachments = (await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 100 })).messages.flatMap((m) => m.attachments);
    const photo = attachments.find((a) => a.name === MEDIA_ZIP.photo)!;
    const nested = attachments.find((a) => a.name === MEDIA_ZIP.nestedZip)!;
    expect([photo.present, nested.present]).toEqual([true, true]);

    const got = await fetch(`http://127.0.0.1:${server.port}/evidence/${photo.id}`, { headers: { 'X-Threadline-Token': server.token } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await got.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
    const part = await fetch(`http://127.0.0.1:${server.port}/evidence/${photo.id}`, { headers: { 'X-Threadline-Token': server.token, Range: 'bytes=10-49' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(10, 50));
    expect((await fetch(`http://127.0.0.1:${server.port}/evidence/${nested.id}`, { headers: { 'X-Threadline-Token': server.token } })).status).toBe(415);
    expect((await fetch(`http://127.0.0.1:${server.port}/evidence/${photo.id}`)).status).toBe(401);
  });
});
