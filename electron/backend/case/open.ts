// Opens (or creates) a case file: one SQLite database the reviewer can copy, archive and hand over
// (docs/design.md#connections). One writer connection and one read-only reader connection, as Signal keeps
// readers apart from writers; WAL lets the reader see committed batches while an import runs.
import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** A connection as the queries take it: a read runs on either connection, a write only on the writer. */
export type Db = Database.Database;

declare const WRITES: unique symbol;

/** The one connection that may change the case. Functions that must write take a Writer, so a Reader cannot be passed to them. */
export type Writer = Db & { readonly [WRITES]: true };

/**
 * The read-only connection. SQLite opens it read-only, so a write fails when it runs; this type makes
 * the writing entry points (exec, transaction, pragma, backup) compile errors before that.
 */
export type Reader = Db & { readonly exec: never; readonly transaction: never; readonly pragma: never; readonly backup: never };

export interface CaseFile {
  path: string;
  writer: Writer;
  reader: Reader;
  /** True when this call created the file. */
  created: boolean;
  close(): void;
}

export class CaseOpenError extends Error {}

/**
 * How long a write waits for another process writing the same case (the app and a script's command
 * at once): longer than an import's last transaction, so neither fails with "database is locked".
 */
const WRITER_BUSY_TIMEOUT_MS = 60_000;

/** Under Electron the engine loads its own build of better-sqlite3, built for its Node ABI. */
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
  // Bundled SQLite has no ICU: make LOWER/UPPER Unicode-aware.
  db.function('LOWER', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
  db.function('UPPER', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toUpperCase() : s));
}

export function openCase(file: string, opts: { create: boolean; defaultTimeZone?: string }): CaseFile {
  const path = resolve(file);
  const exists = existsSync(path);
  if (!exists && !opts.create) throw new CaseOpenError(`${path} does not exist.`);
  if (!exists && !existsSync(dirname(path))) throw new CaseOpenError(`${path} cannot be created: the folder ${dirname(path)} does not exist.`);
  // A case holds evidence: readable by its owner only. SQLite gives -wal and -shm the database's mode.
  if (!exists) closeSync(openSync(path, 'wx', 0o600));
  const binding = nativeBinding();
  let writer: Db;
  try {
    writer = new Database(path, { nativeBinding: binding, timeout: WRITER_BUSY_TIMEOUT_MS });
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
    writer: writer as Writer,
    reader: reader as Reader,
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
