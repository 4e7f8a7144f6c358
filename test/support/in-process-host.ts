// An EngineHost over an engine in this thread, for door tests that need no worker.
import type { ApiEvent, ApiResult } from '../../shared/api';
import { answerCall, createEngine, type Engine } from '../../electron/backend/api';
import type { EngineHost, EngineValue } from '../../electron/host/types';

export function inProcessHost(casePath: string): { host: EngineHost; engine: Engine } {
  const listeners = new Set<(e: ApiEvent) => void>();
  const engine = createEngine(casePath, { create: true, onEvent: (e) => listeners.forEach((l) => l(e)) });
  const host: EngineHost = {
    async call(method, arg) {
      // As the engine worker answers: the engine's own method, on the argument the door validated.
      return (await answerCall({ checked: engine.checkedApi, door: engine.doorApi }, method, arg)) as ApiResult<EngineValue<typeof method>>;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => engine.close(),
  };
  return { host, engine };
}
