// Messages between a door and the engine worker. They cross a thread boundary as structured clones,
// so the request names its method as a string and the reply carries an untyped result: the client
// (host/client.ts) pairs each reply with the call that asked for it and types it there.
import type { ApiEvent, ApiResult } from '../../shared/api';
import type { EngineMethod } from './types';

export type HostRequest = { type: 'call'; id: number; method: EngineMethod; arg: unknown } | { type: 'close' };

export type HostReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: ApiEvent }
  | { type: 'closed' };
