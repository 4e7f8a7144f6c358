import { beforeEach, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake, FakeWebContents, type BeforeRequestListener } from '../fakes/electron';
import { applySecurityPolicy, isAllowedRequestUrl, isShellFileRead, isTrustedAppUrl, windowPreferences } from '../../electron/main/security';
import { createMainWindow } from '../../electron/main/window';

beforeEach(() => fake.reset());

const CHECKLIST_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  // The fake app is unpackaged; shell-hardening.test.ts covers a packaged build.
  devTools: true,
  preload: '/opt/threadline/dist/electron/preload.cjs',
};

describe('window preferences', () => {
  it('the main window is created with exactly the checklist preferences and nothing else', () => {
    const window = createMainWindow('/opt/threadline/dist/electron/preload.cjs') as unknown as BrowserWindow;
    expect(window.options.webPreferences).toStrictEqual(CHECKLIST_PREFERENCES);
    expect(windowPreferences('/opt/threadline/dist/electron/preload.cjs')).toStrictEqual(CHECKLIST_PREFERENCES);
  });

  it('shows the window only once it has painted', () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as BrowserWindow;
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});

describe('isTrustedAppUrl', () => {
  it.each(['app://viewer/index.html', 'app://viewer/', 'app://viewer/assets/index-3f2a.js?x=1#top', 'APP://viewer/index.html'])(
    'trusts %s',
    (url) => expect(isTrustedAppUrl(url)).toBe(true),
  );

  it.each([
    'app://viewer:8080/index.html',
    'app://other/index.html',
    'app://viewer.evil.example/index.html',
    'app://viewerx/',
    'app:viewer/index.html',
    'file:///home/reviewer/index.html',
    'https://viewer/index.html',
    'https://evil.example/?app://viewer/',
    'evidence://viewer/1',
    'not a url',
    '',
  ])('does not trust %s', (url) => expect(isTrustedAppUrl(url)).toBe(false));
});

describe('isAllowedRequestUrl', () => {
  it.each(['app://viewer/index.html', 'evidence://attachment/42', 'data:image/png;base64,AAAA', 'blob:app://viewer/6c1f0e2a'])(
    'allows %s',
    (url) => expect(isAllowedRequestUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/avatar.png',
    'http://127.0.0.1:8080/',
    'ws://localhost/socket',
    'wss://example.com/',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'chrome://gpu',
    'chrome-extension://abc/x.js',
    'garbage',
  ])('refuses %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

describe('isShellFileRead', () => {
  it('lets main read a file: URL for the app:// handler', () => {
    expect(isShellFileRead({ url: 'file:///opt/threadline/dist/renderer/index.html' })).toBe(true);
  });

  it('refuses a file: URL requested by a page, and non-file URLs from main', () => {
    expect(isShellFileRead({ url: 'file:///etc/passwd', webContentsId: 1 })).toBe(false);
    expect(isShellFileRead({ url: 'https://example.com/' })).toBe(false);
  });
});

describe('applySecurityPolicy', () => {
  function hardenedContents(): FakeWebContents {
    applySecurityPolicy();
    return new BrowserWindow({}).webContents;
  }

  it('enables the sandbox for every renderer', () => {
    applySecurityPolicy();
    expect(app.sandboxEnabled).toBe(true);
  });

  it('applies to webContents the shell did not create itself', () => {
    applySecurityPolicy();
    const foreign = new FakeWebContents();
    app.emit('web-contents-created', {}, foreign);
    expect(foreign.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(foreign.emitNavigation('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside app://viewer/', (eventName) => {
    const contents = hardenedContents();
    expect(contents.emitNavigation(eventName, 'app://viewer/index.html#/search')).toBe(false);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://viewer:8080/index.html',
      'app://viewer.evil.example/',
      'evidence://attachment/1',
      'javascript:alert(1)',
    ]) {
      expect(contents.emitNavigation(eventName, url), url).toBe(true);
    }
  });

  it('denies every new window, even one for our own page', () => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://viewer/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = hardenedContents();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://evil.example/' });
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    hardenedContents();
    const { permissionRequestHandler, permissionCheckHandler } = fake.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      permissionRequestHandler?.(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(permissionCheckHandler?.(null, permission, 'app://viewer'), permission).toBe(false);
    }
    expect(permissionRequestHandler).not.toBeNull();
    expect(permissionCheckHandler).not.toBeNull();
  });

  it('cancels every request that would leave the machine', () => {
    hardenedContents();
    const listener = fake.defaultSession.beforeRequestListener as BeforeRequestListener;
    expect(listener).not.toBeNull();
    const cancelled = (url: string, webContentsId?: number) => {
      let answer: boolean | undefined;
      listener({ url, webContentsId }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('app://viewer/assets/index.js', 1)).toBe(false);
    expect(cancelled('evidence://attachment/7', 1)).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA', 1)).toBe(false);
    expect(cancelled('blob:app://viewer/6c1f0e2a', 1)).toBe(false);
    expect(cancelled('file:///opt/threadline/dist/renderer/index.html')).toBe(false);
    expect(cancelled('https://pps.whatsapp.net/avatar.jpg', 1)).toBe(true);
    expect(cancelled('http://169.254.169.254/latest/meta-data', 1)).toBe(true);
    expect(cancelled('file:///etc/passwd', 1)).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('devtools://devtools/bundled/inspector.html', 1)).toBe(true);
  });
});
