import { app } from 'electron';
import type { EngineHost } from '../host/types';

/** Quitting waits for the engine to close the case file, so no write is cut off mid-transaction. */
export function closeHostOnQuit(host: EngineHost): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    host
      .close()
      .catch((error: unknown) => console.error('Closing the engine failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
