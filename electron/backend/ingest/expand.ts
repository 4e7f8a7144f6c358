// Turns the paths a reviewer names into the files to import: a file as given, a folder walked in
// name order (hidden files and macOS metadata left out).
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BadInputError } from '../importers/types';

export interface Candidate {
  path: string;
  /** Named directly by the reviewer (an error if unreadable), or found in a folder (skipped with a warning). */
  explicit: boolean;
  /** Found in a folder but not a regular file (a symbolic link, a device): skipped with this reason, never followed. */
  notAFile?: string;
}

export async function expandPaths(paths: string[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) throw new BadInputError(`${full} does not exist.`);
    if (info.isDirectory()) out.push(...(await walk(full)));
    else if (info.isFile()) out.push({ path: full, explicit: true });
    else throw new BadInputError(`${full} is neither a file nor a folder.`);
  }
  const seen = new Set<string>();
  return out.filter((c) => (seen.has(c.path) ? false : (seen.add(c.path), true)));
}

async function walk(dir: string): Promise<Candidate[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: Candidate[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === '__MACOSX') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (e.isFile()) files.push({ path: full, explicit: false });
    else if (e.isSymbolicLink()) files.push({ path: full, explicit: false, notAFile: `${e.name} is a symbolic link; links inside a folder are not followed, so what it points to is not imported from here.` });
    else files.push({ path: full, explicit: false, notAFile: `${e.name} is not a regular file (a device, socket or pipe).` });
  }
  return files;
}
