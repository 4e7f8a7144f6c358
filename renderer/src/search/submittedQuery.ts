// The query of the window's one search, so the search box shows what ran even when the search was
// changed elsewhere (a facet, a saved search).
import { useSyncExternalStore } from 'react';

let submitted = '';
const listeners = new Set<() => void>();

export function publishSubmittedQuery(query: string): void {
  if (query === submitted) return;
  submitted = query;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSubmittedQuery(): string {
  return useSyncExternalStore(subscribe, () => submitted);
}
