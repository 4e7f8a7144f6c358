// evidence://attachment/<id>: attachments shown inline in the desktop thread are resolved by id
// through the engine, streamed read-only, seekable, and never served as a type a browser would run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentLocation } from '../../electron/backend/files/evidence-media';
import { serveEvidence } from '../../electron/main/protocol';
import { FakeEngineHost } from './fake-host';

let dir: string;
let host: FakeEngineHost;

function locate(name: string, bytes: Uint8Array): void {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const location: AttachmentLocation = { attachmentId: 5, name, containerPath: file, entry: null, size: bytes.length };
  host.answers.set('attachmentLocation', { ok: true, value: location });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'threadline-evidence-'));
  host = new FakeEngineHost();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, headers: Record<string, string> = {}) => serveEvidence(new Request(url, { headers }), host);

describe('evidence://', () => {
  it('streams an image by attachment id with a type that cannot run', async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    locate('IMG-20220323-WA0002.jpg', jpeg);
    const res = await get('evidence://attachment/5');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(jpeg);
    expect(host.calls).toEqual([{ method: 'attachmentLocation', arg: { attachmentId: 5 } }]);
  });

  it('answers a range, so audio and video can seek', async () => {
    locate('PTT-20220323-WA0000.opus', Uint8Array.from({ length: 100 }, (_, i) => i));
    const res = await get('evidence://attachment/5', { Range: 'bytes=10-19' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toBe('audio/ogg');
    expect(res.headers.get('content-range')).toBe('bytes 10-19/100');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect((await get('evidence://attachment/5', { Range: 'bytes=500-' })).status).toBe(416);
  });

  it('refuses documents and pages: only images, audio and video are shown inline', async () => {
    locate('invoice.html', new TextEncoder().encode('<script>alert(1)</script>'));
    expect((await get('evidence://attachment/5')).status).toBe(415);
    locate('logo.svg', new TextEncoder().encode('<svg onload="alert(1)"/>'));
    expect((await get('evidence://attachment/5')).status).toBe(415);
  });

  it('refuses anything but GET evidence://attachment/<number>', async () => {
    locate('a.jpg', Uint8Array.of(1));
    expect((await get('evidence://other/5')).status).toBe(403);
    expect((await get('evidence://attachment/5/raw')).status).toBe(403);
    expect((await get('evidence://attachment/five')).status).toBe(403);
    expect((await serveEvidence(new Request('evidence://attachment/5', { method: 'POST', body: 'x' }), host)).status).toBe(403);
    host.answers.set('attachmentLocation', { ok: true, value: null });
    expect((await get('evidence://attachment/6')).status).toBe(404);
  });
});
