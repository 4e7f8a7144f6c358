// What every command does with its output: lines on stdout, progress on stderr, files written whole.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { ApiEvent } from '../../shared/api';
import { UsageError } from './errors';

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Job progress on stderr: one updating line on a terminal, each new phase on its own line otherwise. */
export function progressPrinter(quietPhases: boolean): (e: ApiEvent) => void {
  const tty = process.stderr.isTTY;
  let lastPhase = '';
  return (e) => {
    if (e.type !== 'job.progress') return;
    if (tty) {
      const pct = e.total > 0 ? ` ${Math.floor((100 * e.done) / e.total)}%` : '';
      process.stderr.write(`\r\x1b[2K${e.phase}${pct}`);
    } else if (e.phase !== lastPhase && !quietPhases) {
      process.stderr.write(`${e.phase}\n`);
    }
    lastPhase = e.phase;
  };
}

/**
 * Refuses an --out path that cannot be written, before any work starts. A missing folder is refused,
 * not created: a mistyped path would otherwise put a copy of the evidence somewhere nobody looks.
 */
export function checkOutPath(target: string): void {
  const path = resolve(target);
  if (existsSync(path)) throw new UsageError(`${path} already exists; choose another --out path.`);
  const folder = dirname(path);
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info) throw new UsageError(`The folder ${folder} does not exist; create it first or choose another --out path.`);
  if (!info.isDirectory()) throw new UsageError(`${folder} is not a folder; choose another --out path.`);
}

/** Writes a file through a temporary name and renames it into place, so no half file ever has the name. */
export async function writeWhole<T>(target: string, write: (stream: Writable) => Promise<T>): Promise<T> {
  checkOutPath(target);
  const temp = `${resolve(target)}.partial-${process.pid}`;
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    const result = await write(stream);
    await new Promise<void>((done, fail) => stream.end((err?: Error | null) => (err ? fail(err) : done())));
    await rename(temp, resolve(target));
    return result;
  } catch (e) {
    stream.destroy();
    await rm(temp, { force: true });
    throw e;
  }
}

/**
 * Writes a command's output to stdout, or whole to the new file `outPath` (--out) and then says on
 * stderr what `write` put there (`told` of its result). Returns the command's exit code.
 */
export async function writeOutput<T>(outPath: string | undefined, write: (stream: Writable) => Promise<T>, told: (result: T) => string): Promise<number> {
  if (outPath === undefined) {
    await write(process.stdout);
    return 0;
  }
  const result = await writeWhole(outPath, write);
  process.stderr.write(`${told(result)} written to ${resolve(outPath)}\n`);
  return 0;
}

/** Writes text to a stream, waiting when the stream asks to. */
export function writeText(stream: Writable, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise<void>((done) => stream.once('drain', () => done()));
}
