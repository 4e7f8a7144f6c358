// `npm run dist [-- --linux] [--win] [--mac] [--arch x64|arm64]`: the desktop installers, in
// dist/release/. Needs a network: electron-builder downloads Electron, and scripts/electron-native.ts
// fetches (or compiles) the Electron build of better-sqlite3.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Arch, build, Platform } from 'electron-builder';
import config from '../electron-builder.config';
import { prepareNativeBinding } from './electron-native';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

/** electron-builder's name of each platform (the `${os}` of extraResources), and Node's. */
const PLATFORMS = {
  linux: { builder: Platform.LINUX, node: 'linux' },
  win: { builder: Platform.WINDOWS, node: 'win32' },
  mac: { builder: Platform.MAC, node: 'darwin' },
} as const;
type Os = keyof typeof PLATFORMS;

function hostOs(): Os {
  const found = (Object.keys(PLATFORMS) as Os[]).find((os) => PLATFORMS[os].node === process.platform);
  if (!found) throw new Error(`There is no installer target for this machine's platform (${process.platform}); name one: --linux, --win or --mac.`);
  return found;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { linux: { type: 'boolean' }, win: { type: 'boolean' }, mac: { type: 'boolean' }, arch: { type: 'string' } },
    strict: true,
  });
  const chosen = (Object.keys(PLATFORMS) as Os[]).filter((os) => values[os]);
  const targets = chosen.length ? chosen : [hostOs()];
  const arch = values.arch ?? process.arch;
  if (typeof Arch[arch as keyof typeof Arch] !== 'number') throw new Error(`--arch ${arch} is not an architecture electron-builder knows (x64, arm64, ia32, armv7l, universal).`);

  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) throw new Error('the build failed (see above).');
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  for (const os of targets) {
    const folder = prepareNativeBinding(root, { os, platform: PLATFORMS[os].node, arch }, electronVersion, os === hostOs());
    console.log(`better-sqlite3 for Electron ${electronVersion} on ${os}-${arch}: ${folder}`);
  }
  await build({
    targets: new Map(targets.map((os) => [PLATFORMS[os].builder, new Map([[Arch[arch as keyof typeof Arch], []]])])),
    config,
    publish: 'never',
  });
}

main().catch((error: unknown) => {
  console.error(`npm run dist: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
