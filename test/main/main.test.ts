import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngineHost } from './fake-host';

const started = vi.hoisted(() => ({ options: [] as { casePath: string; workerPath: string }[], failure: null as Error | null }));
let host: FakeEngineHost;

vi.mock('../../electron/host/client', () => ({
  startEngineHost: async (options: { casePath: string; workerPath: string }) => {
    started.options.push(options);
    if (started.failure) throw started.failure;
    return host;
  },
}));

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'threadline-main-'));
  mkdirSync(path.join(root, 'app', 'resources', 'sample'), { recursive: true });
  writeFileSync(path.join(root, 'app', 'resources', 'sample', 'WhatsApp Chat with Ana.txt'), '');
  vi.stubEnv('THREADLINE_USER_DATA_DIR', path.join(root, 'profile'));
  started.options.length = 0;
  started.failure = null;
  host = new FakeEngineHost();
  host.answers.set('caseInfo', {
    ok: true,
    value: { path: '', defaultTimeZone: 'UTC', sourceCount: 0, conversationCount: 0, messageCount: 0 },
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** Runs main.ts as Electron would: a fresh module graph, then whatever 'ready' sets off. */
async function boot() {
  vi.resetModules();
  const electron = await import('../fakes/electron');
  electron.app.appPath = path.join(root, 'app');
  await import('../../electron/main/main');
  return electron;
}

async function launch() {
  const electron = await boot();
  await vi.waitFor(() => expect(host.calls.map((call) => call.method)).toContain('importArchive'));
  return electron;
}

describe('main', () => {
  it('applies the policy and schemes before ready, then opens one hardened window on app://viewer', async () => {
    const { app, BrowserWindow, fake } = await launch();
    expect(app.sandboxEnabled).toBe(true);
    // The fake refuses scheme registration after 'ready', so getting here proves the order.
    expect(fake.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app', 'evidence']);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app', 'evidence']);
    const windows = BrowserWindow.getAllWindows();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.webContents.getURL()).toBe('app://viewer/index.html');
    expect(windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(String(windows[0]?.options.webPreferences?.preload)).toMatch(/preload\.cjs$/);
    expect(windows[0]?.webContents.windowOpenHandler).not.toBeNull();
  });

  it('honours THREADLINE_USER_DATA_DIR and opens the sample case there', async () => {
    const { app } = await launch();
    expect(app.getPath('userData')).toBe(path.join(root, 'profile'));
    expect(started.options).toHaveLength(1);
    expect(started.options[0]?.casePath).toBe(path.join(root, 'profile', 'sample-case.threadline'));
    expect(started.options[0]?.workerPath).toMatch(/engine-worker\.cjs$/);
    // The desktop prints PDFs through Electron (print-window.ts), not a Chromium of the engine's own.
    expect(started.options[0]).toHaveProperty('printToPdf', expect.any(Function));
  });

  it('fills the empty sample case from resources/sample', async () => {
    await launch();
    expect(host.calls).toContainEqual({
      method: 'importArchive',
      arg: { paths: [path.join(root, 'app', 'resources', 'sample', 'WhatsApp Chat with Ana.txt')], custodian: 'Dana Whitfield', timeZone: 'Europe/London' },
    });
  });

  it('registers the API and closes the engine when the app quits', async () => {
    const { app, fake } = await launch();
    expect(fake.ipcHandlers.size).toBeGreaterThan(0);
    app.emit('will-quit', { preventDefault() {} });
    expect(host.closeCount).toBe(1);
  });

  it('tells the reviewer why it could not start, and exits', async () => {
    started.failure = new Error('The case file is not a Threadline case.');
    const { app, BrowserWindow, fake } = await boot();
    await vi.waitFor(() => expect(app.exitCode).toBe(1));
    expect(fake.errorBoxes).toEqual([{ title: 'Threadline could not start', content: 'The case file is not a Threadline case.' }]);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });
});
