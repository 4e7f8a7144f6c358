// The IPC channel names shared by the two ends (main/ipc.ts and preload/preload.ts), so they
// cannot drift apart.
import type { ApiMethod } from '../../shared/api';

export function apiChannel(method: ApiMethod): string {
  return `api:${method}`;
}

/** The one push channel: engine events (job progress and completion) to the window. */
export const EVENT_CHANNEL = 'api:event';
