// How `npm run dist` packages the desktop app (scripts/dist.ts; the shell's hardening is in
// docs/security.md#electron-shell). Installers for Windows (NSIS), macOS (DMG, hardened runtime)
// and Linux (AppImage, deb).
import type { Configuration } from 'electron-builder';

/**
 * Where scripts/dist.ts puts the Electron build of better-sqlite3, one folder per target:
 * `<os>-<arch>/electron-<ABI>/better_sqlite3.node`. node_modules keeps the Node build the tests and
 * browser mode use; the two are never built over each other.
 */
const ELECTRON_NATIVE_DIR = '.cache/electron-native';

/** The folder scripts/dist.ts fills for one target; `abi` is Electron's NODE_MODULE_VERSION. */
export function electronNativeFolder(os: string, arch: string, abi: string): string {
  return `${ELECTRON_NATIVE_DIR}/${os}-${arch}/electron-${abi}`;
}

const config: Configuration = {
  appId: 'org.threadline.viewer',
  productName: 'Threadline',
  directories: { output: 'dist/release' },
  files: [
    // What the app runs, as scripts/build.mjs bundles it; no sources, tests, source maps or CLI.
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/electron/engine-worker.cjs',
    'dist/electron/whatsapp-parse-worker.cjs',
    'dist/renderer/**/*',
    '!**/*.map',
    // Production dependencies come along by themselves. Of better-sqlite3 only its JavaScript is
    // needed: its C sources and its Node build stay behind, the Electron build comes by extraResources.
    '!node_modules/better-sqlite3/{build,deps,src}/**/*',
  ],
  asar: true,
  asarUnpack: [
    // Worker threads cannot read inside app.asar: the engine worker, the WhatsApp reader's worker it
    // starts, and the better-sqlite3 it requires.
    'dist/electron/engine-worker.cjs',
    'dist/electron/whatsapp-parse-worker.cjs',
    'node_modules/better-sqlite3/**/*',
    '**/*.node',
  ],
  extraResources: [
    { from: 'resources/sample', to: 'sample' },
    // The engine loads it from <resources>/native/electron-<ABI>/ under Electron (electron/backend/case/open.ts).
    { from: `${ELECTRON_NATIVE_DIR}/\${os}-\${arch}`, to: 'native' },
  ],
  // electron-builder's rebuild would overwrite node_modules' Node build with the Electron one (or,
  // offline, leave a wrong-ABI binary that claims success); scripts/dist.ts builds it apart instead.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Enforced on macOS and Windows, not Linux; useless without onlyLoadAppFromAsar.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // No architecture here: scripts/dist.ts builds for the one it has the native binding for (--arch).
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true, gatekeeperAssess: false },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'threadline',
    maintainer: 'Threadline maintainers',
    synopsis: 'Offline review of chat archives as evidence',
  },
  publish: null,
};

export default config;
