// The renderer's only door to the engine: the desktop preload or the browser-mode bridge installs it.
import type { WindowApi } from '../../shared/api';

export const api: WindowApi = (window as unknown as { api: WindowApi }).api;
