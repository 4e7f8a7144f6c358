// Opens (or creates) a case file: one SQLite database the reviewer can copy, archive and hand over
// (design.md §1.4, §4). One writer connection and one read-only reader connection, as Signal keeps
// readers apart from writers; WAL lets the reader see committed batches while an import runs.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type Db = Database.Database;

export interface CaseFile {
  path: string;
  writer: Db;
  reader: Db;
  /** True when this call created the file. */
  created: boolean;
  close(): void;
}

export class CaseOpenError extends Error {}

/** Under Electron the engine loads its own build of better-sqlite3 (spec/electron.md §4). */
function nativeBinding(): string | undefined {
  const electronVersion = (process.versions as Record<string, string | undefined>).electron;
  if (!electronVersion) return undefined;
  const resourcesPath = (process as unknown as { resourcesPath?: string }).resourcesPath ?? '';
  return join(resourcesPath, 'native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
}

function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  // Large sorts (index builds, the gap engine's window functions over a million messages) spill to
  // temporary files, which SQLite unlinks at once, instead of growing the process: this keeps an
  // import of a million messages at about 245 MB instead of 320 MB.
  db.pragma('temp_store = FILE');
  // Bundled SQLite has no ICU: make LOWER/UPPER Unicode-aware (spec/electron.md §4).
  db.function('LOWER', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
  db.function('UPPER', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toUpperCase() : s));
}

export function openCase(file: string, opts: { create: boolean; defaultTimeZone?: string }): CaseFile {
  const path = resolve(file);
  const exists = existsSync(path);
  if (!exists && !opts.create) throw new CaseOpenError(`${path} does not exist.`);
  if (!exists && !existsSync(dirname(path))) throw new CaseOpenError(`${path} cannot be created: the folder ${dirname(path)} does not exist.`);
  const binding = nativeBinding();
  let writer: Db;
  try {
    writer = new Database(path, { nativeBinding: binding, timeout: 5000 });
    writer.pragma('journal_mode = WAL');
  } catch (e) {
    throw new CaseOpenError(`${path} is not a Threadline case file (${(e as Error).message}).`);
  }
  try {
    configure(writer);
    // Reviewer work product (audit, later tags and notes) must survive a power cut.
    writer.pragma('synchronous = FULL');
    if (exists && !looksLikeCase(writer)) throw new Error('it is a SQLite file of another program');
    migrate(writer);
    const now = Date.now();
    const insertMeta = writer.prepare('INSERT OR IGNORE INTO case_meta(key, value) VALUES (?, ?)');
    insertMeta.run('created_at', String(now));
    insertMeta.run('default_time_zone', opts.defaultTimeZone ?? 'UTC');
  } catch (e) {
    writer.close();
    throw new CaseOpenError(`${path} cannot be opened as a case: ${(e as Error).message}.`);
  }
  const reader = new Database(path, { nativeBinding: binding, readonly: true, fileMustExist: true, timeout: 5000 });
  configure(reader);
  return {
    path,
    writer,
    reader,
    created: !exists,
    close() {
      reader.close();
      writer.pragma('optimize');
      writer.close();
    },
  };
}

function looksLikeCase(db: Db): boolean {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0) return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'case_meta'").get() !== undefined;
  const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
  return n === 0; // an empty database becomes a case
}

export function caseMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM case_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}
