// What a packaged build takes away (DevTools and its shortcuts) and how a new case file is created
// (readable by its owner only, with its -wal and -shm).
import { statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake, type FakeMenu } from '../fakes/electron';
import { windowPreferences } from '../../electron/main/security';
import { createMainWindow, installApplicationMenu, packagedMenuTemplate } from '../../electron/main/window';
import { openCase } from '../../electron/backend/case/open';

beforeEach(() => fake.reset());

/** Every role and label in a menu template, submenus included. */
function menuEntries(items: unknown[]): string[] {
  return items.flatMap((item) => {
    const entry = item as { role?: string; label?: string; submenu?: unknown[] };
    return [entry.role ?? entry.label ?? '', ...(entry.submenu ? menuEntries(entry.submenu) : [])];
  });
}

const DEVELOPER_ROLES = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu'];

describe('DevTools in a packaged build', () => {
  it('the window of a packaged build has DevTools off, and everything else as in development', () => {
    const development = windowPreferences('/app/preload.cjs');
    app.isPackaged = true;
    const window = createMainWindow('/app/preload.cjs') as unknown as BrowserWindow;
    expect(window.options.webPreferences).toStrictEqual({ ...development, devTools: false });
    expect(development.devTools).toBe(true);
  });

  it('a packaged build replaces the menu with one that has no DevTools or reload entry', () => {
    app.isPackaged = true;
    installApplicationMenu('linux');
    const menu = fake.applicationMenu() as FakeMenu;
    const entries = menuEntries(menu.template);
    expect(entries).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'zoomIn']));
    for (const role of DEVELOPER_ROLES) expect(entries).not.toContain(role);
  });

  it('on macOS the packaged menu keeps the application menu, still without DevTools', () => {
    const entries = menuEntries(packagedMenuTemplate('darwin'));
    expect(entries[0]).toBe('appMenu');
    for (const role of DEVELOPER_ROLES) expect(entries).not.toContain(role);
  });

  it('an unpackaged run keeps Electron’s default menu', () => {
    installApplicationMenu('linux');
    expect(fake.applicationMenu()).toBeNull();
  });
});

describe('case file permissions', () => {
  let dir: string;
  let previousMask: number;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'threadline-mode-'));
    // The usual desktop umask, under which SQLite alone would create the file world-readable (0644).
    previousMask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(previousMask);
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')('a new case file and its -wal and -shm are readable and writable by their owner only', () => {
    const file = path.join(dir, 'case.threadline');
    const opened = openCase(file, { create: true });
    try {
      for (const name of [file, `${file}-wal`, `${file}-shm`]) expect({ name, mode: statSync(name).mode & 0o777 }).toEqual({ name, mode: 0o600 });
    } finally {
      opened.close();
    }
  });
});
