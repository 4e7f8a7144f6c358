// Where the shell finds its pieces at run time, and which case file it opens.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

/**
 * Worker threads cannot read inside app.asar, so the packaged build keeps the engine worker (and
 * better-sqlite3, which it requires) unpacked beside it (electron-builder.config.ts, asarUnpack).
 */
function outsideAsar(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Siblings of the bundled main.cjs, as scripts/build.mjs lays out dist/. */
export function buildLayout(buildDir: string): { rendererDir: string; preloadPath: string; engineWorkerPath: string } {
  return {
    rendererDir: path.join(buildDir, '..', 'renderer'),
    preloadPath: path.join(buildDir, 'preload.cjs'),
    engineWorkerPath: outsideAsar(path.join(buildDir, 'engine-worker.cjs')),
  };
}

const SAMPLE_CASE_FILE = 'sample-case.threadline';

export interface CaseChoice {
  casePath: string;
  isSample: boolean;
}

function caseArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((argument) => argument === '--case' || argument.startsWith('--case='));
  if (index === -1) return undefined;
  const argument = argv[index] as string;
  const value = argument === '--case' ? argv[index + 1] : argument.slice('--case='.length);
  if (!value || value.startsWith('-')) throw new Error('--case needs a case file, as in --case evidence.threadline');
  return value;
}

/** `--case <file>` (or `--case=<file>`) on the command line; otherwise the sample case in userData. */
export function chooseCase(argv: readonly string[], userDataDir: string, cwd: string = process.cwd()): CaseChoice {
  const requested = caseArgument(argv);
  if (requested !== undefined) return { casePath: path.resolve(cwd, requested), isSample: false };
  return { casePath: path.join(userDataDir, SAMPLE_CASE_FILE), isSample: true };
}

/** Each test run (and a reviewer who wants a clean profile) can point userData elsewhere. Before 'ready'. */
export function applyUserDataOverride(dir: string | undefined): void {
  if (!dir) return;
  const absolute = path.resolve(dir);
  // setPath refuses a directory that does not exist.
  mkdirSync(absolute, { recursive: true });
  app.setPath('userData', absolute);
}

/** resources/sample in the repository; next to app.asar once packaged (electron-builder extraResources). */
export function sampleDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'sample') : path.join(app.getAppPath(), 'resources', 'sample');
}
