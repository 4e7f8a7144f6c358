import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, unwrapTransport, type ApiEvent, type TransportApi } from '../../shared/api';
import { FakeEngineHost } from './fake-host';

// The preload runs on import, so each test loads a fresh copy of it and of the fake it talks to.
async function loadPreload() {
  vi.resetModules();
  const { fake, BrowserWindow } = await import('../fakes/electron');
  const { registerApi } = await import('../../electron/main/ipc');
  const { createDialogDoor } = await import('../../electron/main/dialog-door');
  const host = new FakeEngineHost();
  registerApi(host, createDialogDoor(new BrowserWindow({}) as unknown as ElectronWindow));
  await import('../../electron/preload/preload');
  const transport = fake.exposedInMainWorld.get('api') as TransportApi;
  // What the renderer does with it (renderer/src/api.ts).
  const api = unwrapTransport(transport);
  return { fake, host, transport, api };
}

let loaded: Awaited<ReturnType<typeof loadPreload>>;

beforeEach(async () => {
  loaded = await loadPreload();
});

describe('what the preload exposes', () => {
  it('exposes one global, window.api', () => {
    expect([...loaded.fake.exposedInMainWorld.keys()]).toEqual(['api']);
  });

  it('window.api holds exactly the API methods, onEvent and mediaUrl, all functions', () => {
    const { transport } = loaded;
    expect(Object.keys(transport).sort()).toEqual([...API_METHODS, 'mediaUrl', 'onEvent'].sort());
    for (const value of Object.values(transport)) expect(typeof value).toBe('function');
  });
});

describe('calls', () => {
  it('reach the engine through api:<method> and resolve to the value', async () => {
    loaded.host.answers.set('caseInfo', {
      ok: true,
      value: { path: '/c.threadline', defaultTimeZone: 'UTC', sourceCount: 1, conversationCount: 2, messageCount: 3 },
    });
    await expect(loaded.api.caseInfo({})).resolves.toEqual({
      path: '/c.threadline',
      defaultTimeZone: 'UTC',
      sourceCount: 1,
      conversationCount: 2,
      messageCount: 3,
    });
    expect(loaded.host.calls).toEqual([{ method: 'caseInfo', arg: {} }]);
  });

  it('resolve failures as data, so the code crosses the context bridge', async () => {
    const failure = await loaded.transport.threadPage({ conversationId: -1, fromSeq: 0, limit: 10 });
    expect(failure).toEqual({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('conversationId') } });
  });

  it('reject in the renderer with an Error carrying the message and the code', async () => {
    const failure = await loaded.api.threadPage({ conversationId: -1, fromSeq: 0, limit: 10 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: 'invalid_argument', message: expect.stringContaining('conversationId') });
  });

  it('are refused when the page is not ours', async () => {
    loaded.fake.setRendererUrl('https://evil.example/');
    await expect(loaded.api.listSources({})).rejects.toMatchObject({ code: 'forbidden' });
    expect(loaded.host.calls).toEqual([]);
  });
});

describe('onEvent', () => {
  const done: ApiEvent = { type: 'job.done', jobId: 'job-1', ok: true, cancelled: false, error: null, summary: null };

  it('hands the listener the event payload only, never the IPC event', () => {
    const received: unknown[][] = [];
    loaded.api.onEvent((...args: unknown[]) => received.push(args));
    loaded.fake.sendToRenderer('api:event', done);
    expect(received).toEqual([[done]]);
  });

  it('stops delivering after unsubscribe', () => {
    const received: ApiEvent[] = [];
    const unsubscribe = loaded.api.onEvent((event) => received.push(event));
    unsubscribe();
    loaded.fake.sendToRenderer('api:event', done);
    expect(received).toEqual([]);
    expect(loaded.fake.rendererListenerCount('api:event')).toBe(0);
  });
});

describe('mediaUrl', () => {
  it('names an attachment by id on the evidence: scheme, never by path', () => {
    expect(loaded.transport.mediaUrl(42)).toBe('evidence://attachment/42');
    expect(loaded.api.mediaUrl(7.9)).toBe('evidence://attachment/7');
  });
});
