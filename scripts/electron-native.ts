// The Electron build of better-sqlite3 for packaging, made beside node_modules' Node build (never
// over it). Used by scripts/dist.ts; needs a network.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronNativeFolder } from '../electron-builder.config';

const require = createRequire(import.meta.url);

export interface NativeTarget {
  /** electron-builder's name of the platform, the `${os}` of extraResources: linux, win, mac. */
  os: string;
  /** Node's name of it: linux, win32, darwin. */
  platform: string;
  arch: string;
}

/**
 * The NODE_MODULE_VERSION a native addon was compiled for, read from the registration symbol that
 * Node's headers give it, or null for an addon that has none (N-API) or a file that is not one.
 */
export function nativeModuleAbi(file: string): string | null {
  return /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))?.[1] ?? null;
}

function electronAbi(electronVersion: string): string {
  // node-abi is the table prebuild-install itself looks the ABI up in.
  const nodeAbi = require(require.resolve('node-abi', { paths: [require.resolve('prebuild-install')] })) as { getAbi(target: string, runtime: string): string };
  return nodeAbi.getAbi(electronVersion, 'electron');
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(process.execPath, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

/**
 * Puts better_sqlite3.node for Electron on `target` into electronNativeFolder(): the project's
 * prebuilt binary if it publishes one, else compiled from the package's sources against Electron's
 * headers (on this machine's own platform only). Returns the folder.
 */
export function prepareNativeBinding(projectDir: string, target: NativeTarget, electronVersion: string, isHost: boolean): string {
  const abi = electronAbi(electronVersion);
  const folder = join(projectDir, electronNativeFolder(target.os, target.arch, abi));
  const packageDir = join(projectDir, 'node_modules', 'better-sqlite3');
  const work = mkdtempSync(join(tmpdir(), 'threadline-native-'));
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  const electronArgs = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${target.arch}`];
  try {
    copyFileSync(join(packageDir, 'package.json'), join(work, 'package.json'));
    let ok = run([require.resolve('prebuild-install/bin.js'), ...electronArgs, `--platform=${target.platform}`], work);
    if (!ok && isHost) {
      console.log(`No prebuilt better-sqlite3 for Electron ${electronVersion} on ${target.os}-${target.arch}; compiling it against Electron's headers.`);
      cpSync(packageDir, work, { recursive: true, filter: (source) => !source.startsWith(join(packageDir, 'build')) });
      // An npm `nodedir` setting would make node-gyp compile against this Node's headers and report
      // success: the wrong ABI under the right name.
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
      ok = run([require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers', `--devdir=${join(projectDir, '.cache', 'node-gyp')}`], work, env);
    }
    if (!ok) throw new Error(`The Electron ${electronVersion} build of better-sqlite3 for ${target.os}-${target.arch} could not be fetched or compiled; packaging needs a network.`);
    const found = nativeModuleAbi(built);
    if (found !== abi) throw new Error(`The better-sqlite3 binary made for Electron ${electronVersion} is built for ABI ${found ?? 'unknown'}, not ${abi}; it was not kept.`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(built, join(folder, 'better_sqlite3.node'));
    return folder;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
