// Where a production is written: a folder that does not exist yet or is empty. Everything is written
// into a staging folder beside it and renamed into place at the end, so a failure or a cancel leaves
// no half production under the name the reviewer gave. A subfolder (NATIVES/, TEXT/, PDF/, HTML/,
// DATA/) is made by the first file written into it: a format not asked for leaves no empty folder.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../../shared/api';

/** The resolved folder, refused with one sentence when it holds anything or its parent is missing. */
export function checkOutFolder(out: string): string {
  const path = resolve(out);
  const info = statSync(path, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw new ApiError('invalid_argument', `${path} is a file; a production needs a new or empty folder.`);
  if (info && readdirSync(path).length > 0) throw new ApiError('invalid_argument', `${path} is not empty; a production needs a new or empty folder.`);
  const parent = statSync(dirname(path), { throwIfNoEntry: false });
  if (!parent?.isDirectory()) throw new ApiError('invalid_argument', `The folder ${dirname(path)} does not exist; create it first or choose another output folder.`);
  return path;
}

export function stagingFolder(out: string): string {
  const staging = join(dirname(out), `.${basename(out)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging, { mode: 0o700 });
  return staging;
}

/** Writes `relative` (e.g. `PDF/ABC-0000001.pdf`) under the staging folder, making its subfolder if need be. */
export function writeStaged(staging: string, relative: string, data: string | Uint8Array): void {
  const path = join(staging, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Moves the finished production into place (the empty folder given is replaced). */
export function publish(staging: string, out: string): void {
  checkOutFolder(out);
  if (statSync(out, { throwIfNoEntry: false })) rmdirSync(out);
  renameSync(staging, out);
}

export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
