// Messages between a door and the engine worker.
import type { ApiEvent, ApiResult } from '../../shared/api';
import type { EngineMethod } from './types';

export type HostRequest = { type: 'call'; id: number; method: EngineMethod; arg: unknown } | { type: 'close' };

export type HostReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: ApiEvent }
  | { type: 'closed' };
