// The UI is served from app://viewer/ rather than file:// (spec/electron.md §2.3), so the page has
// a real origin, the CSP arrives as a header, and no request can reach outside the renderer build.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

export const INDEX_URL = 'app://viewer/index.html';

/** Spec §2.4. Sent as a header because frame-ancestors is ignored in a <meta> tag. */
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

/** Must run before 'ready'. evidence: is only declared here; media serving is a later change. */
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
