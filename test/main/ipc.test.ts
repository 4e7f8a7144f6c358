import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiEvent } from '../../shared/api';
import { BrowserWindow, fake } from '../fakes/electron';
import { createDialogDoor } from '../../electron/main/dialog-door';
import { registerApi } from '../../electron/main/ipc';
import { FakeEngineHost } from './fake-host';

let host: FakeEngineHost;

beforeEach(() => {
  fake.reset();
  host = new FakeEngineHost();
  const window = new BrowserWindow({}) as unknown as ElectronWindow;
  registerApi(host, createDialogDoor(window));
});

const OUR_PAGE = 'app://viewer/index.html';

describe('registration', () => {
  it('registers exactly one handler per API method and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map((method) => `api:${method}`).sort());
  });
});

describe('sender check', () => {
  it('answers our page in its top frame', async () => {
    const result = await fake.invoke('api:caseInfo', {}, { frameUrl: OUR_PAGE });
    expect(result).toEqual({ ok: true, value: { answeredBy: 'engine', method: 'caseInfo' } });
    expect(host.calls).toEqual([{ method: 'caseInfo', arg: {} }]);
  });

  it('answers any page of our own UI', async () => {
    const result = await fake.invoke('api:listSources', {}, { frameUrl: 'app://viewer/index.html#/thread/3' });
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    'file:///opt/threadline/dist/renderer/index.html',
    'https://evil.example/index.html',
    'http://127.0.0.1:5173/index.html',
    'app://other/index.html',
    'app://viewer:8080/index.html',
    'app://viewer.evil.example/index.html',
    'evidence://viewer/index.html',
    'about:blank',
  ])('refuses a page at %s', async (frameUrl) => {
    const result = await fake.invoke('api:caseInfo', {}, { frameUrl });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(host.calls).toEqual([]);
  });

  it('refuses a subframe, even one showing our own page', async () => {
    const result = await fake.invoke('api:search', { q: 'x' }, { frameUrl: OUR_PAGE, subframe: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.calls).toEqual([]);
  });

  it('refuses a call whose frame is already gone', async () => {
    const result = await fake.invoke('api:caseInfo', {}, { frameGone: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.calls).toEqual([]);
  });

  it('checks the sender before anything else, so even the dialog stays closed', async () => {
    await fake.invoke('api:pickImportPaths', {}, { frameUrl: 'https://evil.example/' });
    expect(fake.openDialogCalls).toEqual([]);
  });
});

describe('argument validation', () => {
  it.each([
    ['threadPage', { conversationId: 'seven', fromSeq: 0, limit: 50 }],
    ['threadPage', { conversationId: 7, fromSeq: 0, limit: 100_000 }],
    ['threadPage', { conversationId: 7, fromSeq: 0, limit: 50, sql: 'DROP TABLE messages' }],
    ['search', { q: '' }],
    ['search', { q: 'x'.repeat(2001) }],
    ['caseInfo', { extra: true }],
    ['cancelJob', {}],
    ['importArchive', { paths: [] }],
    ['locateMessage', null],
    // Rules between fields are the door's too: the engine receives only arguments that meet them.
    ['setMatterPeriod', { start: '2024-03-01' }],
    ['setMatterPeriod', { start: '2024-03-02', end: '2024-03-01' }],
    ['markSourceAccount', { sourceId: 1, kind: 'none', holder: 'Ana Ruiz' }],
    ['linkConversations', { conversationIds: [3, 3] }],
    ['threadHits', { q: 'x', conversationId: 1, fromSeq: 0, toSeq: 501 }],
    ['locateTime', { from: 10, to: 10 }],
  ])('%s rejects %j as invalid_argument without calling the engine', async (method, arg) => {
    const result = await fake.invoke(`api:${method}`, arg);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_argument', message: expect.any(String) } });
    expect(host.calls).toEqual([]);
  });

  it('passes the validated argument on, and a missing argument as {}', async () => {
    await fake.invoke('api:threadPage', { conversationId: 7, fromSeq: 0, limit: 50 });
    await fake.invoke('api:listConversations', undefined);
    expect(host.calls).toEqual([
      { method: 'threadPage', arg: { conversationId: 7, fromSeq: 0, limit: 50 } },
      { method: 'listConversations', arg: {} },
    ]);
  });
});

describe('results', () => {
  it('passes an engine error through unchanged', async () => {
    host.answers.set('locateMessage', { ok: false, error: { code: 'not_found', message: 'No message 9.' } });
    expect(await fake.invoke('api:locateMessage', { messageId: 9 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No message 9.' },
    });
  });

  it('turns an unexpected throw into an internal error instead of rejecting', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    host.answers.set('search', () => {
      throw new Error('worker exploded');
    });
    await expect(fake.invoke('api:search', { q: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'worker exploded' },
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe('imports', () => {
  it('pickImportPaths is answered by the door, not the engine', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/chat.zip'] });
    expect(await fake.invoke('api:pickImportPaths', {})).toEqual({
      ok: true,
      value: { kind: 'paths', paths: ['/evidence/chat.zip'] },
    });
    expect(fake.openDialogCalls).toHaveLength(1);
    expect(host.calls).toEqual([]);
  });

  it('pickOutputFolder is answered by the door, not the engine', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/matters/production-1'] });
    expect(await fake.invoke('api:pickOutputFolder', {})).toEqual({ ok: true, value: { kind: 'folder', path: '/matters/production-1' } });
    expect(host.calls).toEqual([]);
  });

  it('refuses to import a path the dialog never issued', async () => {
    const result = await fake.invoke('api:importArchive', { paths: ['/home/reviewer/.ssh/id_ed25519'] });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('id_ed25519') } });
    expect(host.calls).toEqual([]);
  });

  it('imports paths the dialog issued, with the options the reviewer set', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/a.zip', '/evidence/b.txt'] });
    await fake.invoke('api:pickImportPaths', {});
    const request = { paths: ['/evidence/b.txt'], custodian: 'J. Doe', timeZone: 'Europe/Berlin', dateOrder: 'DMY' };
    expect(await fake.invoke('api:importArchive', request)).toMatchObject({ ok: true });
    expect(host.calls).toEqual([{ method: 'importArchive', arg: request }]);
  });

  it('refuses the whole import when one of its paths was not issued', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/a.zip'] });
    await fake.invoke('api:pickImportPaths', {});
    const result = await fake.invoke('api:importArchive', { paths: ['/evidence/a.zip', '/etc/shadow'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.calls).toEqual([]);
  });
});

describe('events', () => {
  const progress: ApiEvent = { type: 'job.progress', jobId: 'job-1', phase: 'parse', done: 10, total: 100 };

  it('forwards engine events to our page on api:event', async () => {
    const [window] = BrowserWindow.getAllWindows();
    await window?.loadURL(OUR_PAGE);
    host.emit(progress);
    expect(window?.webContents.sent).toEqual([{ channel: 'api:event', args: [progress] }]);
  });

  it('does not send events to a page that is not ours, or to a destroyed one', async () => {
    const foreign = new BrowserWindow({});
    await foreign.loadURL('https://evil.example/');
    const closed = new BrowserWindow({});
    await closed.loadURL(OUR_PAGE);
    closed.webContents.destroyed = true;
    host.emit(progress);
    expect(foreign.webContents.sent).toEqual([]);
    expect(closed.webContents.sent).toEqual([]);
  });
});
