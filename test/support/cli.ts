// Runs the built `threadline` command as a user would, capturing what it prints.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/threadline.cjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/electron/cli.cjs', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function threadline(...args: string[]): CliResult {
  if (!existsSync(BUILT)) throw new Error('The CLI is not built; run `npm run build` first (npm test does).');
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
