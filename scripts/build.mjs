// Builds everything that runs: the Node side with esbuild (one CommonJS file per entry, better-sqlite3
// and electron left to require at run time), the browser bridge, and the renderer with Vite.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
mkdirSync('dist/electron', { recursive: true });

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'electron', 'playwright-core'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // The engine tells its bundle from its sources by an empty import.meta (whatsapp/reader.ts).
  logOverride: { 'empty-import-meta': 'silent' },
};

const entries = [
  ['electron/cli/main.ts', 'dist/electron/cli.cjs'],
  ['electron/host/engine-worker.ts', 'dist/electron/engine-worker.cjs'],
  // Started by the engine beside itself (electron/backend/importers/whatsapp/reader.ts).
  ['electron/backend/importers/whatsapp/parse-worker.ts', 'dist/electron/whatsapp-parse-worker.cjs'],
  ['electron/main/main.ts', 'dist/electron/main.cjs'],
  ['electron/preload/preload.ts', 'dist/electron/preload.cjs'],
];
await Promise.all(entries.filter(([from]) => existsSync(from)).map(([from, to]) => build({ ...node, entryPoints: [from], outfile: to })));
await build({
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome120',
  entryPoints: ['electron/bridge/browser-api.ts'],
  outfile: 'dist/electron/bridge.js',
  logLevel: 'warning',
});
if (existsSync('vite.config.ts')) await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('built dist/');
