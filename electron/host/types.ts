// How a door (the desktop shell, browser mode) reaches the engine that runs off its main thread.
import type { ApiEvent, ApiResult, EngineApi } from '../../shared/api';
import type { DoorEngineApi } from '../backend/api';

export type EngineMethod = keyof EngineApi | keyof DoorEngineApi;

export interface EngineHost {
  /** Calls one engine method; `arg` must already have passed shared/validate.ts. Never throws. */
  call(method: EngineMethod, arg: unknown): Promise<ApiResult<unknown>>;
  /** Job progress and completion events. Returns an unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  close(): Promise<void>;
}
