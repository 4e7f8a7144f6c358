// Runs the `threadline` command as a user would, capturing what it prints. The command is bundled
// from the sources on first use (test/support/bundle.ts), so a test never runs a stale dist/.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { bundleFromSource, CACHE_DIR, writeOnce } from './bundle';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

let runner: string | null = null;

/** A script that runs the bundled CLI's main as bin/threadline.cjs runs dist/electron/cli.cjs (for tests that spawn it themselves). */
export function cliRunner(): string {
  if (runner) return runner;
  const cli = basename(bundleFromSource('dist/electron/cli.cjs'));
  const script = join(CACHE_DIR, cli.replace(/\.cjs$/, '.run.cjs'));
  writeOnce(script, `require('./${cli}').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);
  runner = script;
  return script;
}

export function threadline(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [cliRunner(), ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
