// The UI is served from app://viewer/ rather than file:// (docs/security.md#electron-shell), so the
// page has a real origin, the CSP arrives as a header, and no request can reach outside the
// renderer build.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { net, protocol } from 'electron';
import { evidenceReply } from '../host/evidence-reply';
import type { EngineHost } from '../host/types';

export const INDEX_URL = 'app://viewer/index.html';

/** Sent as a header because frame-ancestors is ignored in a <meta> tag (docs/security.md#electron-shell). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' evidence: data:",
  'media-src evidence:',
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Must run before 'ready'. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // stream: audio and video must be able to seek.
    { scheme: 'evidence', privileges: { standard: true, secure: true, stream: true } },
  ]);
}

export function registerAppProtocol(rendererDir: string): void {
  protocol.handle('app', (request) => serveRendererFile(request, rendererDir));
}

/** evidence://attachment/<id>: an attachment's bytes, resolved by the engine, never a raw path. */
export function registerEvidenceProtocol(host: EngineHost): void {
  protocol.handle('evidence', (request) => serveEvidence(request, host));
}

export async function serveEvidence(request: Request, host: EngineHost): Promise<Response> {
  const url = new URL(request.url);
  const id = /^\/(\d{1,15})$/.exec(url.pathname);
  if (request.method !== 'GET' || url.host !== 'attachment' || url.port || !id) return new Response(null, { status: 403 });
  const reply = await evidenceReply(host, Number(id[1]), request.headers.get('range'));
  const body = reply.body ? (Readable.toWeb(reply.body) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: reply.status, headers: reply.headers });
}

type Located = { file: string } | { status: 400 | 403 };

/** Maps an app:// request to a file inside `rendererDir`, or to the status that refuses it. */
export function locateRendererFile(request: { method: string; url: string }, rendererDir: string): Located {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.hostname !== 'viewer' || url.port !== '') return { status: 403 };
  let pathname: string;
  try {
    // Decoded after URL parsing, so %2e%2e and %2f reach the containment check as '..' and '/'.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + pathname);
  const relative = path.relative(root, file);
  if (relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return { status: 403 };
  return { file };
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function serveRendererFile(request: Request, rendererDir: string): Promise<Response> {
  const located = locateRendererFile(request, rendererDir);
  if ('status' in located) return new Response(null, { status: located.status });
  if (!(await isRegularFile(located.file))) return new Response(null, { status: 404 });
  return withSecurityHeaders(await net.fetch(pathToFileURL(located.file).toString()));
}

function withSecurityHeaders(response: Response): Response {
  // A fetched response's headers are immutable, so the headers are copied into a new response.
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
