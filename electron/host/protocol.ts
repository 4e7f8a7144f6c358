// Messages between a door and the engine worker. They cross a thread boundary as structured clones,
// so the request names its method as a string and the reply carries an untyped result: the client
// (host/client.ts) pairs each reply with the call that asked for it and types it there.
// Printing runs the other way: a worker started with a door's printer asks the door to print a page
// ('print') and the door answers ('printed' or 'print-failed'), paired by the worker's own ids.
import type { ApiEvent, ApiResult } from '../../shared/api';
import type { PdfPage } from '../backend/production/page-layout';
import type { EngineMethod } from './types';

export type HostRequest =
  | { type: 'call'; id: number; method: EngineMethod; arg: unknown }
  | { type: 'close' }
  | { type: 'printed'; printId: number; pdf: Uint8Array }
  | { type: 'print-failed'; printId: number; message: string };

export type HostReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: ApiEvent }
  | { type: 'closed' }
  | { type: 'print'; printId: number; page: PdfPage };
