import { useCallback, useState } from 'react';
import { ApiError } from '../../../shared/api';
import { readableError } from './readableError';

export interface BannerError {
  text: string;
  /** How many times the same failure happened; repeats are counted, not stacked. */
  repeats: number;
}

/** What a component calls when an API call fails: `action` says what the reviewer was doing. */
export type ReportError = (action: string, error: unknown) => void;

// The banner keeps only the latest few failures: older ones are stale by the time anyone reads them.
const MAX_SHOWN = 4;

export function useErrorBanner() {
  const [errors, setErrors] = useState<BannerError[]>([]);

  const reportError: ReportError = useCallback((action, error) => {
    // A search stopped by the reviewer, or replaced by a newer one, is no failure to report.
    if (error instanceof ApiError && error.code === 'cancelled') return;
    const text = `${action}: ${readableError(error)}`;
    setErrors((shown) =>
      shown.some((e) => e.text === text)
        ? shown.map((e) => (e.text === text ? { text, repeats: e.repeats + 1 } : e))
        : [...shown, { text, repeats: 1 }].slice(-MAX_SHOWN),
    );
  }, []);

  const dismissError = useCallback((text: string) => {
    setErrors((shown) => shown.filter((e) => e.text !== text));
  }, []);

  return { errors, reportError, dismissError };
}
