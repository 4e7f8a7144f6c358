// The packaging configuration, read as electron-builder reads it: its own schema, its own file
// matchers and macro expansion. No packaging runs here (it needs Electron from the network).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import config, { electronNativeFolder } from '../../electron-builder.config';
import { openCase } from '../../electron/backend/case/open';
import { buildLayout } from '../../electron/main/paths';
import { nativeModuleAbi } from '../../scripts/electron-native';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

interface Filter {
  (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }): boolean;
}
interface Matcher {
  createFilter(): Filter;
}
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { FileMatcher, getMainFileMatchers, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: unknown) => Matcher;
  getMainFileMatchers(...args: unknown[]): Matcher[];
  getNodeModuleFileMatcher(...args: unknown[]): Matcher;
};
const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
  expandMacro(pattern: string, arch: string | null, appInfo: unknown, extra: Record<string, string>): string;
};

const noDebug = { isEnabled: false, add() {} };
const sameText = (s: string) => s;
const aFile = { isDirectory: () => false };
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

/** Whether electron-builder would put `relative` (a path in the project) into the app. */
function packs(relative: string): boolean {
  const packager = { info: { projectDir: root, buildResourcesDir: 'build', isPrepackedAppAsar: false, config, debugLogger: noDebug } };
  if (relative.startsWith('node_modules/')) {
    const filter = getNodeModuleFileMatcher(root, '/app', sameText, {}, packager.info).createFilter();
    return filter(path.join(root, relative), { ...aFile, moduleFullFilePath: relative });
  }
  const [main] = getMainFileMatchers(root, '/app', sameText, {}, packager, path.join(root, config.directories!.output!), false);
  return main!.createFilter()(path.join(root, relative), aFile);
}

function unpacked(relative: string): boolean {
  return new FileMatcher(root, '/app', sameText, config.asarUnpack).createFilter()(path.join(root, relative), aFile);
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, noDebug)).resolves.toBeUndefined();
  });

  it('builds NSIS on Windows, a DMG with the hardened runtime on macOS, AppImage and deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(packageJson.scripts.dist).toBe('tsx scripts/dist.ts');
    expect(existsSync(path.join(root, 'scripts', 'dist.ts'))).toBe(true);
  });

  it('sets the fuses of the security checklist', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    // Rebuilding in place would overwrite the Node build of better-sqlite3 the tests need.
    expect(config.npmRebuild).toBe(false);
  });

  it('packs what the app runs, and no sources, tests, source maps, CLI or native sources', () => {
    for (const file of [packageJson.main, 'package.json', 'dist/electron/preload.cjs', 'dist/electron/engine-worker.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-3f2a.js', 'node_modules/better-sqlite3/lib/index.js']) {
      expect({ file, packed: packs(file) }).toEqual({ file, packed: true });
    }
    for (const file of [
      'electron/main/main.ts',
      'electron/backend/case/open.ts',
      'shared/api.ts',
      'renderer/src/main.tsx',
      'test/engine/serve-security.test.ts',
      'test/corpus/whatsapp/chat.txt',
      'scripts/build.mjs',
      'docs/security.md',
      'README.md',
      'electron-builder.config.ts',
      'dist/electron/main.cjs.map',
      'dist/electron/cli.cjs',
      'dist/electron/bridge.js',
      'dist/release/Threadline-0.1.0.AppImage',
      '.cache/electron-native/linux-x64/electron-145/better_sqlite3.node',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ]) {
      expect({ file, packed: packs(file) }).toEqual({ file, packed: false });
    }
  });

  it('keeps the engine worker and better-sqlite3 out of the archive, where worker threads can read them', () => {
    for (const file of ['dist/electron/engine-worker.cjs', 'dist/electron/whatsapp-parse-worker.cjs', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/foo/build/Release/foo.node']) {
      expect({ file, unpacked: unpacked(file) }).toEqual({ file, unpacked: true });
    }
    expect(unpacked('dist/electron/main.cjs')).toBe(false);
    expect(unpacked('dist/renderer/index.html')).toBe(false);
    const worker = buildLayout('/opt/Threadline/resources/app.asar/dist/electron').engineWorkerPath;
    expect(worker).toBe(path.join('/opt/Threadline/resources/app.asar.unpacked/dist/electron/engine-worker.cjs'));
  });

  it('references only what exists or what the build and scripts/dist.ts make', () => {
    const build = readFileSync(path.join(root, 'scripts', 'build.mjs'), 'utf8');
    for (const produced of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/engine-worker.cjs', 'dist/electron/whatsapp-parse-worker.cjs']) expect(build).toContain(produced);
    expect(readFileSync(path.join(root, 'vite.config.ts'), 'utf8')).toContain("outDir: '../dist/renderer'");
    const [sample, native] = config.extraResources as { from: string; to: string }[];
    expect(sample).toEqual({ from: 'resources/sample', to: 'sample' });
    expect(readdirSync(path.join(root, sample!.from)).filter((n) => n.endsWith('.txt')).length).toBeGreaterThan(0);
    // scripts/dist.ts fills electronNativeFolder(os, arch, abi); electron-builder copies its parent.
    expect(expandMacro(native!.from, 'x64', {}, { os: 'linux' })).toBe(path.posix.dirname(electronNativeFolder('linux', 'x64', '145')));
    expect(native!.to).toBe('native');
    expect(JSON.stringify(config)).not.toMatch(/"(icon|entitlements|entitlementsInherit|license|installerIcon)"/);
  });
});

describe('the ABI check on a native binding', () => {
  it('reads the ABI a better-sqlite3 binary was compiled for, so a Node build is never shipped as an Electron one', () => {
    expect(nativeModuleAbi(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(process.versions.modules);
    expect(nativeModuleAbi(path.join(root, 'package.json'))).toBeNull();
  });
});

describe('the packaged layout of the native binding', () => {
  const electronVersion = Object.getOwnPropertyDescriptor(process.versions, 'electron');
  const made: string[] = [];
  afterEach(() => {
    if (electronVersion) Object.defineProperty(process.versions, 'electron', electronVersion);
    else delete (process.versions as Record<string, string | undefined>).electron;
    delete (process as { resourcesPath?: string }).resourcesPath;
    while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
  });

  /** Runs openCase as the packaged engine would: under "Electron", with resources at `resources`. */
  function openAsPackaged(resources: string) {
    Object.defineProperty(process.versions, 'electron', { value: '41.7.1', configurable: true, enumerable: true });
    (process as { resourcesPath?: string }).resourcesPath = resources;
    const casePath = path.join(resources, 'case.threadline');
    return () => openCase(casePath, { create: true }).close();
  }

  it('is where the engine loads it from: what scripts/dist.ts stages, copied as extraResources says', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'threadline-dist-'));
    made.push(project);
    // This test's own Node build stands in for the Electron one: same file name, loadable here.
    const staged = path.join(project, electronNativeFolder('linux', 'x64', process.versions.modules));
    mkdirSync(staged, { recursive: true });
    copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(staged, 'better_sqlite3.node'));

    const native = (config.extraResources as { from: string; to: string }[])[1]!;
    const resources = path.join(project, 'resources');
    const copiedFrom = path.join(project, expandMacro(native.from, 'x64', {}, { os: 'linux' }));
    mkdirSync(path.join(resources, native.to, `electron-${process.versions.modules}`), { recursive: true });
    copyFileSync(path.join(copiedFrom, `electron-${process.versions.modules}`, 'better_sqlite3.node'), path.join(resources, native.to, `electron-${process.versions.modules}`, 'better_sqlite3.node'));

    expect(openAsPackaged(resources)).not.toThrow();
  });

  it('without the staged binding, the packaged engine cannot open a case', () => {
    const resources = mkdtempSync(path.join(tmpdir(), 'threadline-dist-'));
    made.push(resources);
    expect(openAsPackaged(resources)).toThrow(/better_sqlite3\.node/);
  });
});
