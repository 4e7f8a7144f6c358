// Starts `threadline serve` as a user would, on a fresh case, and hands the tests its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/threadline.cjs', import.meta.url));

export interface BrowserMode {
  url: string;
  dir: string;
  /** Writes `content` as `name` (folders made as needed) in the server's allowed folder; returns its path. */
  write(name: string, content: string | Uint8Array): string;
  stop(): Promise<void>;
}

export async function startBrowserMode(allow: string[]): Promise<BrowserMode> {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--case', join(dir, 'case.threadline'), '--port', '0', ...allow.flatMap((a) => ['--allow', a]), '--allow', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`threadline serve printed no URL: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`threadline serve exited (${code}): ${output}`)));
  });
  return {
    url,
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
