// The whole security policy of the shell (docs/security.md#electron-shell). It is attached through
// 'web-contents-created' so that every webContents inherits it, including any we never create.
import { app, type Session, type WebContents, type WebPreferences } from 'electron';

/** The exact preferences of every window; the shell tests assert this object. */
export function windowPreferences(preload: string): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    // A packaged build is what reviewers run on evidence: no inspector into the page and its data.
    devTools: !app.isPackaged,
    preload,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is our own UI: protocol `app:`, host `viewer`, no port. Parsed fields only:
 * `origin` is "null" for custom schemes and prefix tests are fooled by `app://viewer.evil/`.
 */
export function isTrustedAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === 'app:' && parsed.hostname === 'viewer' && parsed.port === '';
}

const OFFLINE_SCHEMES: ReadonlySet<string> = new Set(['app:', 'evidence:', 'data:', 'blob:']);

/** The offline product loads only its own UI, evidence media and inline data. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && OFFLINE_SCHEMES.has(parsed.protocol);
}

/**
 * The app:// handler reads the UI's files with net.fetch(file:), and Electron documents that
 * net.fetch triggers webRequest handlers. Those reads come from main, so they carry no
 * webContents; any file: request a page makes does, and stays cancelled.
 */
export function isShellFileRead(request: { url: string; webContentsId?: number }): boolean {
  return request.webContentsId === undefined && parseUrl(request.url)?.protocol === 'file:';
}

function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(isAllowedRequestUrl(details.url) || isShellFileRead(details)) });
  });
}

function blockUntrustedNavigation(event: { url: string; preventDefault(): void }): void {
  if (!isTrustedAppUrl(event.url)) event.preventDefault();
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', blockUntrustedNavigation);
  contents.on('will-frame-navigate', blockUntrustedNavigation);
  contents.on('will-redirect', blockUntrustedNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  hardenSession(contents.session);
}

/** Must run before 'ready': enableSandbox() is refused afterwards. */
export function applySecurityPolicy(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
