// A stand-in for the parts of Electron the shell uses, for the shell tests. vitest.config.ts
// aliases 'electron' to this file. It records what the shell registers so that tests can drive the
// registered handlers and inspect the options passed; `fake.reset()` clears it between tests.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

export type IpcHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;
export type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
export type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;
export interface RequestDetails {
  url: string;
  webContentsId?: number;
}
export type BeforeRequestListener = (details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void;

export interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export interface OpenDialogCall {
  window: unknown;
  options: { title?: string; properties?: string[] };
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequestListener: BeforeRequestListener | null = null;
  /** Protocol handlers of this session alone (session.protocol), as a partition has them. */
  readonly protocolHandlers = new Map<string, ProtocolHandler>();

  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
      this.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => this.protocolHandlers.has(scheme),
  };

  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequestListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.beforeRequestListener = null;
    this.protocolHandlers.clear();
  }
}

const defaultSession = new FakeSession();
const partitions = new Map<string, FakeSession>();

export const session = {
  defaultSession,
  fromPartition(partition: string): FakeSession {
    const existing = partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession();
    partitions.set(partition, created);
    return created;
  },
};

/** What a fake printToPDF returns: these bytes, then the document the page loaded. */
export const FAKE_PDF_MAGIC = '%PDF-fake\n';

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  /** The document a session protocol handler answered for the last loadURL, as Chromium would show it. */
  loadedDocument: { status: number; contentType: string | null; csp: string | null; body: string } | null = null;
  readonly printCalls: Record<string, unknown>[] = [];

  constructor(readonly session: FakeSession = defaultSession) {
    super();
  }

  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.printCalls.push(structuredClone(options));
    return Buffer.from(FAKE_PDF_MAGIC + (this.loadedDocument?.body ?? ''));
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  async loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
    const handler = this.session.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) return;
    const response = await handler(new Request(url));
    this.loadedDocument = { status: response.status, contentType: response.headers.get('Content-Type'), csp: response.headers.get('Content-Security-Policy'), body: await response.text() };
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    // IPC copies with structured clone; a payload that cannot be copied fails here as it would there.
    this.sent.push({ channel, args: structuredClone(args) });
  }

  /** Emits a navigation-style event ('will-navigate', …) and reports whether a listener prevented it. */
  emitNavigation(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

class FakeApp extends EventEmitter {
  sandboxEnabled = false;
  isPackaged = false;
  ready = false;
  quitCount = 0;
  exitCode: number | null = null;
  appPath = process.cwd();
  private readonly paths = new Map<string, string>();

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }

  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }

  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`fake app has no path '${name}'`);
    return value;
  }

  getAppPath(): string {
    return this.appPath;
  }

  async whenReady(): Promise<void> {
    this.ready = true;
  }

  quit(): void {
    this.quitCount += 1;
  }

  exit(code = 0): void {
    this.exitCode = code;
  }

  reset(): void {
    this.removeAllListeners();
    this.sandboxEnabled = false;
    this.isPackaged = false;
    this.ready = false;
    this.quitCount = 0;
    this.exitCode = null;
    this.appPath = process.cwd();
    this.paths.clear();
  }
}

export const app = new FakeApp();

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  shown = false;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    const chosen = options.webPreferences?.session;
    this.webContents = new FakeWebContents(chosen instanceof FakeSession ? chosen : defaultSession);
    windows.push(this);
    // As in Electron, the app hears about the new webContents before anything is loaded into it.
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  static getAllWindows(): BrowserWindow[] {
    return [...windows];
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.shown = true;
  }

  /** As in Electron, a destroyed window leaves the list and its webContents can no longer be used. */
  destroy(): void {
    this.webContents.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
  }
}

const ipcHandlers = new Map<string, IpcHandler>();

export const ipcMain = {
  handle(channel: string, handler: IpcHandler): void {
    // Electron refuses a second handler on one channel; so does the fake, to catch double registration.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
};

/** The window that fake renderer calls come from: our page, in its top frame. */
let rendererContents = new FakeWebContents();
const rendererEmitter = new EventEmitter();

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
    const event: FakeInvokeEvent = { sender: rendererContents, senderFrame: rendererContents.mainFrame };
    return structuredClone(await handler(event, ...structuredClone(args)));
  },
  on(channel: string, listener: (...args: unknown[]) => void): void {
    rendererEmitter.on(channel, listener);
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void): void {
    rendererEmitter.removeListener(channel, listener);
  },
};

const exposedInMainWorld = new Map<string, unknown>();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    exposedInMainWorld.set(key, api);
  },
};

const privilegedSchemes: CustomScheme[] = [];
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (app.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocolHandlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
    protocolHandlers.set(scheme, handler);
  },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** file: URLs only, the one use the shell has; a missing file rejects as Electron's does. */
export const net = {
  async fetch(url: string): Promise<Response> {
    const file = fileURLToPath(url);
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream' },
    });
  },
};

export interface FakeMenu {
  template: unknown[];
}

let applicationMenu: FakeMenu | null = null;

export const Menu = {
  buildFromTemplate(template: unknown[]): FakeMenu {
    return { template: structuredClone(template) };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    applicationMenu = menu;
  },
};

let openDialogResult: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
const openDialogCalls: OpenDialogCall[] = [];
const errorBoxes: { title: string; content: string }[] = [];

export const dialog = {
  async showOpenDialog(window: unknown, options: OpenDialogCall['options']): Promise<{ canceled: boolean; filePaths: string[] }> {
    openDialogCalls.push({ window, options });
    return structuredClone(openDialogResult);
  },
  showErrorBox(title: string, content: string): void {
    errorBoxes.push({ title, content });
  },
};

/** What tests drive and inspect. Not part of Electron's API. */
export const fake = {
  ipcHandlers: ipcHandlers as ReadonlyMap<string, IpcHandler>,
  exposedInMainWorld: exposedInMainWorld as ReadonlyMap<string, unknown>,
  privilegedSchemes: privilegedSchemes as readonly CustomScheme[],
  protocolHandlers: protocolHandlers as ReadonlyMap<string, ProtocolHandler>,
  openDialogCalls: openDialogCalls as readonly OpenDialogCall[],
  errorBoxes: errorBoxes as readonly { title: string; content: string }[],
  defaultSession,

  /** The menu the shell set, or null while Electron's default menu applies. */
  applicationMenu(): FakeMenu | null {
    return applicationMenu;
  },

  /** Calls a registered ipcMain handler as a page at `frameUrl` would, from its top frame unless `subframe`. */
  invoke(channel: string, arg: unknown, from: { frameUrl?: string; subframe?: boolean; frameGone?: boolean } = {}): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler registered for '${channel}'`);
    const frameUrl = from.frameUrl ?? 'app://viewer/index.html';
    const contents = new FakeWebContents();
    contents.mainFrame.url = from.subframe ? 'app://viewer/index.html' : frameUrl;
    const subframe: FakeFrame = { url: frameUrl, parent: contents.mainFrame };
    const frame = from.frameGone ? null : from.subframe ? subframe : contents.mainFrame;
    return Promise.resolve(handler({ sender: contents, senderFrame: frame }, structuredClone(arg)));
  },

  /** The URL of the page that fake ipcRenderer calls come from. */
  setRendererUrl(url: string): void {
    rendererContents.mainFrame.url = url;
  },

  /** Delivers a message to the preload's ipcRenderer listeners, as webContents.send would. */
  sendToRenderer(channel: string, ...args: unknown[]): void {
    rendererEmitter.emit(channel, { sender: 'ipc-renderer-event' }, ...structuredClone(args));
  },

  rendererListenerCount(channel: string): number {
    return rendererEmitter.listenerCount(channel);
  },

  setOpenDialogResult(result: { canceled: boolean; filePaths: string[] }): void {
    openDialogResult = result;
  },

  reset(): void {
    app.reset();
    windows.length = 0;
    defaultSession.reset();
    partitions.clear();
    ipcHandlers.clear();
    rendererContents = new FakeWebContents();
    rendererContents.mainFrame.url = 'app://viewer/index.html';
    rendererEmitter.removeAllListeners();
    exposedInMainWorld.clear();
    privilegedSchemes.length = 0;
    protocolHandlers.clear();
    openDialogResult = { canceled: true, filePaths: [] };
    openDialogCalls.length = 0;
    errorBoxes.length = 0;
    applicationMenu = null;
  },
};

fake.reset();
