// Two writers on one case (the app and a script's `threadline` command): SQLite lets one write at a
// time and each connection waits for the other (the busy timeout set when the case is opened). A
// writer that holds the case longer than that (an import's last transaction) makes the other's write
// fail with SQLITE_BUSY; a review write then waits and tries again, so it lands once and is never lost.
import type { Writer } from '../case/open';

const RETRY_PAUSE_MS = 200;
/** About ten minutes of waiting, beyond the busy timeout of each attempt. */
const MAX_ATTEMPTS = 120;

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Runs `attempt` again while another process holds the case; each try must change nothing when it fails busy. */
export async function whenFree<T>(attempt: () => T | Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isBusy(e) || tries >= MAX_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  }
}

/** Runs `work` as one immediate transaction of the writer, again while another process holds the case. */
export function writeWhenFree<T>(db: Writer, work: () => T): Promise<T> {
  const transaction = db.transaction(work);
  return whenFree(() => transaction.immediate());
}
