import { useEffect, useEffectEvent, useState } from 'react';
import type { ReportError } from '../errors/useErrorBanner';

/**
 * A value read from the engine, read again whenever `key` changes (the key stands for everything
 * `read` uses). An answer that arrives after the key moved on is dropped; a failure is reported and
 * the value shown before stays. Null until the first answer.
 */
export function useEngineValue<T>(read: () => Promise<T>, key: string, reportError: ReportError, failure: string): T | null {
  const [value, setValue] = useState<T | null>(null);
  const readNow = useEffectEvent(read);
  useEffect(() => {
    let live = true;
    readNow().then(
      (answer) => live && setValue(() => answer),
      (error: unknown) => live && reportError(failure, error),
    );
    return () => {
      live = false;
    };
  }, [key, reportError, failure]);
  return value;
}
