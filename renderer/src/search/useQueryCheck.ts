import { useEffect, useState } from 'react';
import type { QueryCheck } from '../../../shared/api';
import { api } from '../api';
import { readableError } from '../errors/readableError';

const CHECK_DELAY_MS = 250;

/** The engine's verdict on a query as it is typed (null while typing or for an empty box). */
export function useQueryCheck(query: string): QueryCheck | null {
  const [checked, setChecked] = useState<{ query: string; check: QueryCheck } | null>(null);
  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.checkQuery({ q: query }).then(
        (check) => current && setChecked({ query, check }),
        (error: unknown) => current && setChecked({ query, check: { ok: false, message: `The search could not be checked: ${readableError(error)}`, start: 0, end: 0 } }),
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  return checked !== null && checked.query === query ? checked.check : null;
}
