import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { afterFirstPageAsked } from '../engine/firstRows';
import type { ReportError } from '../errors/useErrorBanner';

export interface DisplayZone {
  timeZone: string;
  defaultTimeZone: string;
}

/** The case's display zone, loaded once, and the reviewer's way to change it (the engine audits it). */
export function useDisplayZone(reportError: ReportError) {
  const [zone, setZone] = useState<DisplayZone | null>(null);

  useEffect(() => {
    let live = true;
    afterFirstPageAsked(() => api.displayTimeZone({})).then(
      (z) => live && setZone(z),
      (error: unknown) => reportError('Could not read the display zone', error),
    );
    return () => {
      live = false;
    };
  }, [reportError]);

  /** Resolves with the zone as stored (its canonical spelling); rejects with the engine's sentence. */
  const changeZone = useCallback(async (timeZone: string) => {
    const changed = await api.setDisplayTimeZone({ timeZone });
    setZone((shown) => (shown === null ? null : { ...shown, timeZone: changed.timeZone }));
    return changed.timeZone;
  }, []);

  return { zone, changeZone };
}
