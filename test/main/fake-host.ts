// An EngineHost that records calls and answers from a table, for the shell tests.
import type { ApiEvent, ApiResult } from '../../shared/api';
import type { EngineArg, EngineHost, EngineMethod, EngineValue } from '../../electron/host/types';

export class FakeEngineHost implements EngineHost {
  readonly calls: { method: EngineMethod; arg: unknown }[] = [];
  readonly answers = new Map<EngineMethod, ApiResult<unknown> | (() => never)>();
  closeCount = 0;
  private readonly listeners = new Set<(event: ApiEvent) => void>();

  async call<M extends EngineMethod>(method: M, arg: EngineArg<M>): Promise<ApiResult<EngineValue<M>>> {
    this.calls.push({ method, arg });
    const answer = this.answers.get(method);
    if (typeof answer === 'function') return answer();
    // A fake answers from its table whatever the method: the tests read the value they put there.
    return (answer ?? { ok: true, value: { answeredBy: 'engine', method } }) as ApiResult<EngineValue<M>>;
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  async close(): Promise<void> {
    this.closeCount += 1;
  }
}
