// Parts of the window that are not on screen when it opens (dialogs, side panes, the results list)
// load as scripts of their own, so the script the first thread page waits for holds only what the
// opening draws. Once the first rows are on screen they are fetched while the reviewer reads, so a
// part opened later draws at once.
import { lazy, Suspense, type ComponentType } from 'react';
import { afterFirstRows } from '../engine/firstRows';

const loads: (() => Promise<unknown>)[] = [];

/** `load` imports the part's module and picks the component; it is drawn in place once loaded. */
export function laterPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  loads.push(load);
  const Part = lazy(() => load().then((component) => ({ default: component })));
  // Each part waits on its own: a part still loading never hides one already shown beside it.
  return function LaterPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

/** Fetches every later part once the first rows are on screen and the browser is idle. */
export function loadLaterPartsAfterFirstRows(): void {
  void afterFirstRows(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => {
          // A part that fails to load now is loaded again, and its failure shown, when it is opened.
          for (const load of loads) load().catch(() => undefined);
          resolve();
        }),
      ),
  );
}
