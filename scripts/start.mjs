// `npm start`: the desktop app on the sample case when an Electron runtime is installed; otherwise it
// says so plainly and opens browser mode on the same sample case instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const require = createRequire(import.meta.url);

if (!existsSync('dist/electron/cli.cjs') || !existsSync('dist/renderer/index.html')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The path of the Electron binary, or null when the package was installed without it. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const extra = process.argv.slice(2);
if (binary) {
  const app = spawn(binary, ['.', ...extra], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'No Electron runtime is installed on this machine (the electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1),\n' +
      'so Threadline opens in browser mode instead: the same app and engine, served on 127.0.0.1. Open the link below in a browser.\n',
  );
  const server = spawn(process.execPath, ['bin/threadline.cjs', 'serve', ...extra], { stdio: ['inherit', 'pipe', 'inherit'] });
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(String(chunk))?.[0];
    if (url && process.env.DISPLAY && spawnSync('which', ['xdg-open']).status === 0) spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).unref();
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}
