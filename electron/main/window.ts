import { BrowserWindow } from 'electron';
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
