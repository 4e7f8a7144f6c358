import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { windowPreferences } from './security';

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Threadline',
    // Shown once painted, so the reviewer never sees an empty white frame.
    show: false,
    webPreferences: windowPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * The packaged app's menu. Electron's default View menu holds Toggle Developer Tools and Reload
 * (Ctrl+Shift+I, Ctrl+R); this one keeps editing, zoom and window commands only.
 */
export function packagedMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { role: 'windowMenu' },
  ];
}

/** After 'ready'. An unpackaged run keeps Electron's default menu, DevTools included, for development. */
export function installApplicationMenu(platform: NodeJS.Platform = process.platform): void {
  if (app.isPackaged) Menu.setApplicationMenu(Menu.buildFromTemplate(packagedMenuTemplate(platform)));
}
