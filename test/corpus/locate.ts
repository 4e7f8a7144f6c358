// Where the public corpus is, for the conformance suites: $THREADLINE_CORPUS, else ../shared/corpus
// beside the repository. Without it every conformance suite is skipped, visibly (its tests count as
// skipped and scripts/test-all.mjs names the folder it looked in); with it, every suite runs.
// Nothing here reads the corpus when the module loads except through corpusJson, which never throws:
// a broken file becomes one failing test, not a file that cannot load.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The same rule scripts/test-all.mjs applies to name the folder in its last line. */
export const CORPUS_ROOT = process.env.THREADLINE_CORPUS ? resolve(process.env.THREADLINE_CORPUS) : resolve(REPO, '..', 'shared', 'corpus');

export const corpusFound = existsSync(CORPUS_ROOT) && statSync(CORPUS_ROOT).isDirectory();

/** A path inside the corpus (it may not exist: the suites check what they need). */
export function corpusPath(...parts: string[]): string {
  return join(CORPUS_ROOT, ...parts);
}

/** A conformance suite: run when the corpus is found, otherwise reported as skipped. */
export function describeCorpus(name: string, body: () => void): void {
  describe.skipIf(!corpusFound)(`${name} (corpus conformance)`, body);
}

export interface CorpusList<T> {
  items: T[];
  /** Why the list could not be read although the corpus is there; null when it was read, or when there is no corpus. */
  problem: string | null;
}

/**
 * A JSON list from the corpus for `it.each`, read when the suite is collected. With no corpus the
 * list is empty (and the suite skipped); a missing or broken file is reported through `problem`.
 */
export function corpusJson<T>(...parts: string[]): CorpusList<T> {
  if (!corpusFound) return { items: [], problem: null };
  const path = corpusPath(...parts);
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(value) && value.length > 0 ? { items: value as T[], problem: null } : { items: [], problem: `${path} holds no list of samples.` };
  } catch (e) {
    return { items: [], problem: `${path} cannot be read: ${(e as Error).message}` };
  }
}

/** The test that makes a suite's ground truth count: it fails when the list is empty or unreadable, so `it.each` over it never passes by running nothing. */
export function itHasSamples<T>(list: CorpusList<T>, what: string): void {
  it(`has ${what} to check`, () => {
    if (list.problem) throw new Error(list.problem);
    if (list.items.length === 0) throw new Error(`no ${what} found in ${CORPUS_ROOT}.`);
  });
}
