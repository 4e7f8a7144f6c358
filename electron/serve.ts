// Browser mode (docs/security.md#browser-mode): the unchanged renderer build and the same API over
// a loopback HTTP bridge. Binds 127.0.0.1 only; checks the Host header (a DNS-rebinding page cannot
// name 127.0.0.1), the Origin and Sec-Fetch-Site headers (a page on another localhost port is the
// same *site* as ours, so the SameSite cookie alone does not keep it out), and the per-run token;
// accepts import paths only when their real location is under a folder the operator allowed.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ApiError, type ApiArg, type ApiEvent, type ApiResult, type FolderPick, type ImportPick } from '../shared/api';
import { isApiMethod, validateArg } from '../shared/validate';
import { startEngineHost } from './host/client';
import { evidenceReply } from './host/evidence-reply';
import { seedSampleCase } from './host/sample-case';
import type { EngineHost, EngineMethod } from './host/types';

export const BROWSER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TOKEN_HEADER = 'x-threadline-token';
const MAX_BODY = 1 << 20;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ServerOptions {
  host: EngineHost;
  port: number;
  rendererDir: string;
  bridgeScript: string;
  /** Folders under which import paths are accepted. */
  allow: string[];
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(resolve(root), resolve(candidate));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real locations of `paths` (symbolic links resolved), each under the real location of an
 * allowed folder: a link inside an allowed folder that points elsewhere is refused. The engine is
 * then given the real paths, so swapping a link after this check changes nothing it reads.
 */
export async function authorizeRealPaths(allow: readonly string[], paths: readonly string[]): Promise<string[]> {
  const roots = (await Promise.all(allow.map((folder) => realpath(resolve(folder)).catch(() => null)))).filter((r): r is string => r !== null);
  const real: string[] = [];
  for (const requested of paths.map((p) => resolve(p))) {
    const location = await realpath(requested).catch(() => null);
    if (location === null) throw new ApiError('bad_input', `${requested} does not exist.`);
    if (!roots.some((root) => isInside(root, location))) {
      const where = location === requested ? requested : `${requested} (which leads to ${location})`;
      throw new ApiError('forbidden', `${where} is outside the folders this browser session may import from (${roots.join(', ') || 'none'}); restart with 'threadline serve --allow <folder>'.`);
    }
    real.push(location);
  }
  return real;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The session cookie's name on `port`. Browsers keep cookies per host, not per port, so one fixed
 * name would let a second server in the same browser overwrite the first one's session.
 */
export function tokenCookieName(port: number): string {
  return `threadline_token_${port}`;
}

function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = tokenCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === name && v) return v;
  }
  return null;
}

function headerToken(req: IncomingMessage): string | null {
  const value = req.headers[TOKEN_HEADER];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The page itself: the only address that takes the token from the query (the printed link). */
function isPageLoad(req: IncomingMessage, pathname: string): boolean {
  return req.method === 'GET' && (pathname === '/' || pathname === '/index.html');
}

/**
 * Whether a browser says the request comes from our own page. Origin must be ours when sent; a
 * page on another port sends its own. Sec-Fetch-Site must be `same-origin`, or `none` when the
 * reviewer opens the printed link. Clients that send neither (curl, the tests) still need the token.
 */
function fromOwnPage(req: IncomingMessage, pathname: string): boolean {
  const ownOrigin = `http://${req.headers.host}`;
  if (req.headers.origin !== undefined && req.headers.origin !== ownOrigin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || (site === 'none' && isPageLoad(req, pathname));
}

function isJsonRequest(req: IncomingMessage): boolean {
  const mediaType = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const shownRoots = opts.allow.map((r) => resolve(r));
  const clients = new Set<ServerResponse>();
  const unsubscribe = opts.host.onEvent((e: ApiEvent) => {
    for (const c of clients) c.write(`data: ${JSON.stringify(e)}\n\n`);
  });
  let port = opts.port;

  function pickImportPaths(): ImportPick {
    return { kind: 'typed', hint: shownRoots.length ? `a file or folder under ${shownRoots.join(' or ')}` : 'no folders are allowed for import' };
  }

  // The page cannot browse the server's folders; the production folder is typed, under a folder allowed here.
  function pickOutputFolder(): FolderPick {
    return { kind: 'typed', hint: shownRoots.length ? `a new or empty folder under ${shownRoots.join(' or ')}` : 'no folders are allowed for writing' };
  }

  async function answerApi(method: string, body: unknown): Promise<ApiResult<unknown>> {
    try {
      if (!isApiMethod(method)) throw new ApiError('not_found', `There is no API method '${method}'.`);
      const arg = validateArg(method, body);
      if (method === 'pickImportPaths') return { ok: true, value: pickImportPaths() };
      if (method === 'pickOutputFolder') return { ok: true, value: pickOutputFolder() };
      if (method === 'importArchive') {
        const paths = await authorizeRealPaths(opts.allow, (arg as { paths: string[] }).paths);
        return await opts.host.call('importArchive', { ...(arg as object), paths });
      }
      if (method === 'importContacts') {
        const request = arg as ApiArg<'importContacts'>;
        const [path = request.path] = await authorizeRealPaths(opts.allow, [request.path]);
        return await opts.host.call('importContacts', { ...request, path });
      }
      if (method === 'produce') {
        // A production writes files: only into a folder under an allowed one, as imports read.
        const request = arg as ApiArg<'produce'>;
        const [parent = ''] = await authorizeRealPaths(opts.allow, [dirname(resolve(request.outDir))]);
        return await opts.host.call('produce', { ...request, outDir: join(parent, basename(request.outDir)) });
      }
      if (method === 'exportChronology') {
        // As a production: a chronology is written only into a folder under an allowed one.
        const request = arg as ApiArg<'exportChronology'>;
        const [parent = ''] = await authorizeRealPaths(opts.allow, [dirname(resolve(request.outPath))]);
        return await opts.host.call('exportChronology', { ...request, outPath: join(parent, basename(request.outPath)) });
      }
      if (method === 'importChronology') {
        const request = arg as ApiArg<'importChronology'>;
        const [csvPath = request.csvPath] = await authorizeRealPaths(opts.allow, [request.csvPath]);
        return await opts.host.call('importChronology', { ...request, csvPath });
      }
      return await opts.host.call(method as EngineMethod, arg);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('internal', (e as Error).message);
      return { ok: false, error: { code: err.code, message: err.message } };
    }
  }

  const security = {
    'Content-Security-Policy': BROWSER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
    res.writeHead(status, { ...security, 'Content-Type': type, ...extra });
    res.end(body);
  }

  async function serveFile(res: ServerResponse, pathname: string, setCookie: boolean): Promise<void> {
    const extra: Record<string, string> = setCookie ? { 'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    if (pathname === '/bridge.js') {
      send(res, 200, TYPES['.js']!, await readFile(opts.bridgeScript), extra);
      return;
    }
    const file = resolve(opts.rendererDir, '.' + (pathname === '/' ? '/index.html' : pathname));
    if (!isInside(opts.rendererDir, file)) return send(res, 403, 'text/plain', 'forbidden');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    if (file.endsWith('index.html')) {
      // The bridge installs window.api before the app's own script runs.
      content = Buffer.from(content.toString('utf8').replace(/<script/, '<script src="./bridge.js"></script>\n    <script'));
    }
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content, extra);
  }

  async function answerApiRequest(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'API calls are POST requests.', { Allow: 'POST' });
    // A page elsewhere can send a form or a text/plain fetch without asking first; JSON it cannot.
    if (!isJsonRequest(req)) return send(res, 415, 'text/plain', 'API calls take a JSON body (Content-Type: application/json).');
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return send(res, 413, 'text/plain', `The request is larger than the ${MAX_BODY >> 20} MB an API call may carry.`);
      chunks.push(chunk as Buffer);
    }
    let body: unknown;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_argument', message: 'The request body is not JSON.' } }));
    }
    const result = await answerApi(decodeURIComponent(pathname.slice('/api/'.length)), body);
    send(res, 200, 'application/json', JSON.stringify(result));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hostOk = req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
    if (!hostOk) return send(res, 403, 'text/plain', 'forbidden host');
    if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (!fromOwnPage(req, url.pathname)) return send(res, 403, 'text/plain', 'Requests are accepted only from the Threadline page itself.');
    // The query carries the token only on the printed link; API calls never read it from there.
    const linkToken = isPageLoad(req, url.pathname) ? url.searchParams.get('token') : null;
    const given = linkToken ?? headerToken(req) ?? cookieToken(req, port);
    if (!given || !sameSecret(given, token)) return send(res, 401, 'text/plain', 'This page needs the link printed by threadline serve.');

    if (url.pathname.startsWith('/api/')) return answerApiRequest(req, res, url.pathname);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed', { Allow: 'GET' });
    if (url.pathname === '/events') {
      res.writeHead(200, { ...security, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const evidence = /^\/evidence\/(\d{1,15})$/.exec(url.pathname);
    if (evidence) {
      const reply = await evidenceReply(opts.host, Number(evidence[1]), req.headers.range ?? null);
      res.writeHead(reply.status, reply.headers);
      if (!reply.body) return void res.end();
      reply.body.on('error', () => res.destroy());
      reply.body.pipe(res);
      return;
    }
    await serveFile(res, url.pathname, linkToken !== null);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `internal error: ${e.message}`);
      else res.end();
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    async close() {
      unsubscribe();
      for (const c of clients) c.end();
      const closed = new Promise<void>((r) => server.close(() => r()));
      // An open page keeps its sockets alive and its event stream reconnects on them: without
      // this, stopping would wait for the reviewer to close the tab.
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Where the built app lives: this file is bundled to dist/electron/cli.cjs. */
function distDir(): string {
  return resolve(__dirname, '..');
}

export function sampleDir(): string {
  return resolve(distDir(), '..', 'resources', 'sample');
}

export function defaultSampleCase(): string {
  const home = process.env.THREADLINE_HOME ?? join(homedir(), '.threadline');
  mkdirSync(home, { recursive: true });
  return join(home, 'sample-case.threadline');
}

/** `threadline serve`: runs until interrupted. */
export async function serve(opts: { casePath?: string; port: number; allow: string[] }): Promise<void> {
  const casePath = resolve(opts.casePath ?? defaultSampleCase());
  const host = await startEngineHost({ casePath, workerPath: join(__dirname, 'engine-worker.cjs') });
  const allow = opts.allow.length ? opts.allow : [process.cwd(), sampleDir()];
  if (!opts.casePath) await seedSampleCase(host, sampleDir());
  const server = await startServer({
    host,
    port: opts.port,
    rendererDir: join(distDir(), 'renderer'),
    bridgeScript: join(__dirname, 'bridge.js'),
    allow,
  });
  process.stdout.write(
    `Threadline browser mode on the case ${casePath}\n  ${server.url}\nImports accepted from: ${allow.map((a) => resolve(a)).join(', ')}\nPress Ctrl-C to stop.\n`,
  );
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(() => host.close()).then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
