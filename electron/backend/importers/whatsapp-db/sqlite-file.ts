// Opening a phone's database without touching the evidence (docs/formats.md#whatsapp-device-databases).
// SQLite writes beside a database it opens: a WAL-mode file gets `-wal` and `-shm` even on a read-only
// connection, and this build of better-sqlite3 does not accept `?immutable=1` URIs. So the database and
// whatever `-wal` / `-shm` / `-journal` lie beside it are copied into a private temporary folder and the
// copy is opened read-only; the evidence folder is only ever read.
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { BadInputError } from '../types';

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function isSqliteHeader(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  for (let i = 0; i < 16; i++) if (head[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Bytes 18 and 19 of the header are 2 when the database was last written in WAL mode. */
export function hasWalHeader(head: Uint8Array): boolean {
  return head.length >= 20 && (head[18] === 2 || head[19] === 2);
}

export interface Sidecar {
  suffix: (typeof SIDECAR_SUFFIXES)[number];
  path: string;
  size: number;
}

/** The `-wal`, `-shm` and `-journal` files that lie beside the database, as found (zero-byte ones included). */
export async function sidecarsOf(path: string): Promise<Sidecar[]> {
  const found: Sidecar[] = [];
  for (const suffix of SIDECAR_SUFFIXES) {
    const s = await stat(path + suffix).catch(() => null);
    if (s?.isFile()) found.push({ suffix, path: path + suffix, size: s.size });
  }
  return found;
}

export interface EvidenceDb {
  db: Database.Database;
  sidecars: Sidecar[];
  /** Removes the temporary copy. */
  close(): Promise<void>;
}

/** The database at `path` (and its sidecars) copied aside and opened read-only. */
export async function openEvidenceCopy(path: string): Promise<EvidenceDb> {
  const label = basename(path);
  const sidecars = await sidecarsOf(path);
  const dir = await mkdtemp(join(tmpdir(), 'threadline-db-'));
  const copy = join(dir, 'evidence.sqlite');
  const discard = () => rm(dir, { recursive: true, force: true });
  let db: Database.Database;
  try {
    await copyFile(path, copy);
    for (const s of sidecars) await copyFile(s.path, copy + s.suffix);
    db = new Database(copy, { readonly: true, fileMustExist: true });
    // Reading the schema is the first read that checks the file: a damaged header fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    await discard();
    throw unreadableSqlite(label, e as Error);
  }
  return {
    db,
    sidecars,
    async close() {
      db.close();
      await discard();
    },
  };
}

/** SQLite's complaint about a damaged file as one sentence naming the file (its messages may quote SQL over several lines). */
export function unreadableSqlite(label: string, e: Error): BadInputError {
  return new BadInputError(`${label} is a SQLite file that cannot be read (${e.message.replace(/\s+/g, ' ').trim()}).`);
}

/** Table name → its column names, for every table of the database. */
export function tablesOf(db: Database.Database): Map<string, string[]> {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const tables = new Map<string, string[]>();
  for (const name of names) {
    const columns = (db.prepare(`PRAGMA table_info("${name.replace(/"/g, '""')}")`).all() as { name: string }[]).map((c) => c.name);
    tables.set(name, columns);
  }
  return tables;
}
