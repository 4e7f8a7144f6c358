// Playwright's global setup: the browser tests drive `threadline serve` from dist/, so a build older
// than the sources would test code that is no longer in the tree. Refuse to start, saying which file
// is newer, rather than pass or fail on a stale build.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['electron', 'shared', 'renderer'];
const BUILT = ['dist/electron/cli.cjs', 'dist/electron/engine-worker.cjs', 'dist/electron/bridge.js', 'dist/renderer/index.html'];

function newestFile(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(path) : { path, mtimeMs: statSync(path).mtimeMs };
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

export default function checkBuildIsFresh(): void {
  const source = SOURCES.map((d) => newestFile(join(ROOT, d))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  for (const file of BUILT) {
    let built: number;
    try {
      built = statSync(join(ROOT, file)).mtimeMs;
    } catch {
      throw new Error(`${file} is missing: run \`node scripts/build.mjs\` (npm test builds first) before the browser tests.`);
    }
    if (built < source.mtimeMs) throw new Error(`${file} is older than ${relative(ROOT, source.path)}: run \`node scripts/build.mjs\` (npm test builds first) before the browser tests.`);
  }
}
