import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fake, type ProtocolHandler } from '../fakes/electron';
import { locateRendererFile, registerAppProtocol, registerPrivilegedSchemes } from '../../electron/main/protocol';

// The policy of docs/security.md#electron-shell, written out here rather than imported, so a changed policy fails this test.
const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' evidence: data:; media-src evidence:; " +
  "font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const INDEX_HTML = '<!doctype html><title>Threadline</title><script type="module" src="/assets/index.js"></script>';
const SECRET = 'investigator notes outside the renderer build';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'threadline-protocol-'));
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log("ui")');
  writeFileSync(path.join(root, 'secret.txt'), SECRET);
  // A sibling whose name starts like the renderer folder: a prefix test would let it through.
  mkdirSync(path.join(root, 'renderer-private'));
  writeFileSync(path.join(root, 'renderer-private', 'secret.txt'), SECRET);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => fake.reset());

function appHandler(): ProtocolHandler {
  registerAppProtocol(rendererDir);
  const handler = fake.protocolHandlers.get('app');
  if (!handler) throw new Error('no app: handler registered');
  return handler;
}

async function fetchApp(url: string, init?: RequestInit): Promise<Response> {
  return appHandler()(new Request(url, init));
}

describe('scheme registration', () => {
  it('declares app: and evidence: privileged, with the privileges each needs', () => {
    registerPrivilegedSchemes();
    expect(fake.privilegedSchemes).toStrictEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      { scheme: 'evidence', privileges: { standard: true, secure: true, stream: true } },
    ]);
  });

  it('handles app: only; evidence: has no handler yet', () => {
    registerAppProtocol(rendererDir);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });
});

describe('app:// serving', () => {
  it('serves a renderer file with the CSP header and nosniff', async () => {
    const response = await fetchApp('app://viewer/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('Content-Security-Policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html');
  });

  it('serves nested assets and ignores the query and fragment', async () => {
    const response = await fetchApp('app://viewer/assets/index.js?v=3#x');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("ui")');
    expect(response.headers.get('Content-Security-Policy')).toBe(EXPECTED_CSP);
  });

  it.each([
    'app://viewer/..%2fsecret.txt',
    'app://viewer/%2e%2e%2fsecret.txt',
    'app://viewer/%2E%2E%2Fsecret.txt',
    'app://viewer/assets/..%2f..%2fsecret.txt',
    'app://viewer/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://viewer/..%2frenderer-private%2fsecret.txt',
  ])('refuses the traversal %s with 403', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
  });

  it('never serves a file outside the build when the URL parser folds the dots itself', async () => {
    // new URL() turns /%2e%2e/secret.txt into /secret.txt, which is looked up inside the build.
    const response = await fetchApp('app://viewer/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each([
    ['another host', 'app://other/index.html'],
    ['a port', 'app://viewer:8080/index.html'],
    ['a host that only starts with viewer', 'app://viewer.evil.example/index.html'],
  ])('refuses %s with 403', async (_what, url) => {
    expect((await fetchApp(url)).status).toBe(403);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])('refuses %s with 403', async (method) => {
    const init: RequestInit = method === 'POST' || method === 'PUT' ? { method, body: 'x' } : { method };
    expect((await fetchApp('app://viewer/index.html', init)).status).toBe(403);
  });

  it.each(['app://viewer/missing.js', 'app://viewer/assets', 'app://viewer/', 'app://viewer/index.html%00.js'])(
    'answers 404 for %s, which is not a file in the build',
    async (url) => {
      expect((await fetchApp(url)).status).toBe(404);
    },
  );

  it('answers 400 for a malformed escape', async () => {
    expect((await fetchApp('app://viewer/%E0%A4%A.js')).status).toBe(400);
  });
});

describe('locateRendererFile', () => {
  it('maps the path onto the renderer folder', () => {
    expect(locateRendererFile({ method: 'GET', url: 'app://viewer/assets/index.js' }, rendererDir)).toEqual({
      file: path.join(rendererDir, 'assets', 'index.js'),
    });
  });

  it('accepts a renderer folder given with a trailing separator or dots', () => {
    const located = locateRendererFile({ method: 'GET', url: 'app://viewer/index.html' }, rendererDir + path.sep + '.');
    expect(located).toEqual({ file: path.join(rendererDir, 'index.html') });
  });
});
