// How a door (the desktop shell, browser mode) reaches the engine that runs off its main thread.
import type { ApiArg, ApiEvent, ApiMethod, ApiResult, ApiValue, EngineApi } from '../../shared/api';
import type { DoorEngineApi } from '../backend/api';

/** What a door may call: the contract's engine methods, or the door-only ones (a file's location). */
export type EngineMethod = keyof EngineApi | keyof DoorEngineApi;

export type EngineArg<M extends EngineMethod> = M extends ApiMethod ? ApiArg<M> : M extends keyof DoorEngineApi ? Parameters<DoorEngineApi[M]>[0] : never;
export type EngineValue<M extends EngineMethod> = M extends ApiMethod ? ApiValue<M> : M extends keyof DoorEngineApi ? Awaited<ReturnType<DoorEngineApi[M]>> : never;

export interface EngineHost {
  /** Calls one engine method; `arg` has been validated by the door (shared/validate.ts). Never throws. */
  call<M extends EngineMethod>(method: M, arg: EngineArg<M>): Promise<ApiResult<EngineValue<M>>>;
  /** Job progress and completion events. Returns an unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  close(): Promise<void>;
}

/** What the engine worker is started with. */
export interface WorkerData {
  casePath: string;
  /** The door prints PDFs itself (the desktop shell, through Electron): the worker asks it page by page. */
  doorPrints: boolean;
}
