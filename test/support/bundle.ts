// A file of dist/ bundled from the sources as scripts/build.mjs bundles it, but into a cache folder,
// so a test that must run a built file (a child process, a worker thread) runs the code in the tree
// and never a stale build. Which source makes which file is read from the build script itself, so a
// moved entry point is followed. Bundles are named by their content: parallel test files share them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'threadline-test');
const bundled = new Map<string, string>();

/** Writes `text` to `path` unless it is there already; by rename, so no test reads a half-written file. */
export function writeOnce(path: string, text: string | Uint8Array): void {
  if (existsSync(path)) return;
  mkdirSync(CACHE, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

/** The source the build bundles into `output` (e.g. `dist/electron/cli.cjs`), as scripts/build.mjs lists it. */
function entryOf(output: string): string {
  const script = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
  const entry = new RegExp(`\\['([^']+)',\\s*'${output.replace(/[.]/g, '\\.')}'\\]`).exec(script)?.[1];
  if (!entry) throw new Error(`scripts/build.mjs names no source for ${output}.`);
  return entry;
}

/** The path of a bundle equal to the build's `output` (e.g. `dist/electron/cli.cjs`), made from the current sources. */
export function bundleFromSource(output: string): string {
  const known = bundled.get(output);
  if (known) return known;
  const entry = entryOf(output);
  const { outputFiles } = buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron', 'playwright-core'],
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]!.contents;
  const path = join(CACHE, `${basename(output, '.cjs')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`);
  writeOnce(path, code);
  bundled.set(output, path);
  return path;
}

export const CACHE_DIR = CACHE;
