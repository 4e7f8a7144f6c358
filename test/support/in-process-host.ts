// An EngineHost over an engine in this thread, for door tests that need no worker.
import type { ApiEvent, ApiResult } from '../../shared/api';
import { createEngine, engineMethod, toApiError, type Engine } from '../../electron/backend/api';
import type { EngineHost, EngineMethod } from '../../electron/host/types';

export function inProcessHost(casePath: string): { host: EngineHost; engine: Engine } {
  const listeners = new Set<(e: ApiEvent) => void>();
  const engine = createEngine(casePath, { create: true, onEvent: (e) => listeners.forEach((l) => l(e)) });
  const host: EngineHost = {
    async call(method: EngineMethod, arg: unknown): Promise<ApiResult<unknown>> {
      try {
        return { ok: true, value: await engineMethod(engine, method)(arg) };
      } catch (e) {
        const err = toApiError(e);
        return { ok: false, error: { code: err.code, message: err.message } };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => engine.close(),
  };
  return { host, engine };
}
