// WhatsApp device databases (docs/formats.md#whatsapp-device-databases): Android msgstore.db and iOS
// ChatStorage.sqlite, read from a private copy, never in place. Every message keeps its database row
// id and per-chat sort value; the counters the sequence rules need go into the source's signals.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256File } from '../../files/hash';
import { readHead } from '../../files/read';
import { BadInputError, CancelledError, type EventRecord, type ImportOptions, type ImportStream, type MessageRecord, type RecordBatch, type SourceFileRecord } from '../types';
import { WarningList } from '../warnings';
import { readAndroid } from './android';
import { readIos } from './ios';
import { conversationRecord, HOLES_KEPT, holesIn, messageRecord, type DeviceChat, type DeviceMessage } from './map';
import { contactNames, deviceDbKind, looksLikeEncryptedBackup, type DeviceDbKind } from './sniff';
import { hasWalHeader, isSqliteHeader, openEvidenceCopy, tablesOf, unreadableSqlite } from './sqlite-file';

export const WHATSAPP_DB_PARSER_VERSION = 'whatsapp-db/1';
const BATCH = 2000;
/** A contacts database beside the messages is read when it is at most this large. */
const CONTACTS_MAX_BYTES = 512 * 1024 * 1024;

/** What the database is, by its tables; null when it is SQLite of another kind. */
export async function identifyDeviceDb(path: string): Promise<DeviceDbKind | null> {
  const evidence = await openEvidenceCopy(path);
  try {
    return deviceDbKind(tablesOf(evidence.db));
  } finally {
    await evidence.close();
  }
}

/** Names from a wa.db lying beside the messages database (found by content), and the file read. */
async function contactsBeside(path: string): Promise<{ names: Map<string, string>; file: string | null }> {
  const dir = dirname(path);
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const other = join(dir, name);
    if (other === path || /-(wal|shm|journal)$/.test(name)) continue;
    const s = await stat(other).catch(() => null);
    if (!s?.isFile() || s.size > CONTACTS_MAX_BYTES || !isSqliteHeader(await readHead(other, 100))) continue;
    const copy = await openEvidenceCopy(other).catch(() => null);
    if (!copy) continue;
    try {
      const tables = tablesOf(copy.db);
      if (deviceDbKind(tables) === 'contacts') return { names: contactNames(copy.db, tables), file: other };
    } finally {
      await copy.close();
    }
  }
  return { names: new Map(), file: null };
}

async function hashed(path: string, role: SourceFileRecord['role']): Promise<SourceFileRecord> {
  const { sha256, size } = await sha256File(path);
  return { path, sha256, size, role };
}

export async function openWhatsAppDb(path: string, opts: ImportOptions): Promise<ImportStream> {
  const label = basename(path);
  const head = await readHead(path, 100);
  const evidence = await openEvidenceCopy(path);
  const warnings = new WarningList();
  try {
    const tables = tablesOf(evidence.db);
    const kind = deviceDbKind(tables);
    if (kind !== 'android' && kind !== 'ios') throw new BadInputError(kind === 'contacts' ? `${label} is a WhatsApp contacts database (wa.db) with no messages; import the msgstore.db beside it, which reads it for names.` : `${label} is a SQLite database, but not a WhatsApp msgstore.db or ChatStorage.sqlite.`);
    opts.progress('reading', 0, 0);
    const contacts = kind === 'android' ? await contactsBeside(path) : { names: new Map<string, string>(), file: null };
    const files: SourceFileRecord[] = [];
    for (const s of evidence.sidecars) files.push(await hashed(s.path, 'other'));
    if (contacts.file) files.push(await hashed(contacts.file, 'other'));
    const wal = evidence.sidecars.find((s) => s.suffix === '-wal');
    const walHeader = hasWalHeader(head);
    if (walHeader && !wal) warnings.add(null, 'wal_missing', `${label}: the database is in WAL mode and no ${label}-wal lies beside it; messages written since the last checkpoint may be missing.`);
    if (wal && wal.size === 0) warnings.add(null, 'wal_empty', `${label}: the ${label}-wal beside it is empty (everything was checkpointed into the database).`);

    let chats: DeviceChat[];
    let messages: DeviceMessage[];
    let events: EventRecord[] = [];
    let database: Record<string, unknown>;
    try {
      if (kind === 'android') {
        const a = readAndroid(evidence.db, tables, label, contacts.names, warnings);
        ({ chats, messages, events } = a);
        const byId = new Map(a.ids.map((x) => [x.id, x]));
        const holes = holesIn(a.ids.map((x) => x.id));
        const maxId = a.ids.reduce<number | null>((top, x) => (top === null || x.id > top ? x.id : top), null);
        const neighbour = (id: number) => ({ id, chat: byId.get(id)?.chat ?? null, at: byId.get(id)?.at ?? null });
        database = {
          platform: 'android',
          schema: a.schema,
          table: a.table,
          sqliteSequence: a.sequence,
          maxId,
          idHoleCount: holes.length,
          idsMissing: holes.reduce((n, h) => n + h.to - h.from + 1, 0),
          idHoles: holes.slice(0, HOLES_KEPT).map((h) => ({ from: h.from, to: h.to, before: neighbour(h.before), after: neighbour(h.after) })),
          skipped: a.skipped,
          contacts: contacts.file ? basename(contacts.file) : null,
        };
      } else {
        const i = readIos(evidence.db, tables, label, new Map(), warnings);
        ({ chats, messages } = i);
        database = { platform: 'ios', schema: i.forensicExport ? 'forensic-tool export' : 'Core Data', sortHoles: i.sortHoles, counterShortfalls: i.counterShortfalls, carvedRows: i.carvedRows, skippedStatus: i.skippedStatus };
      }
    } catch (e) {
      throw unreadable(label, e);
    }
    if (opts.isCancelled()) throw new CancelledError();
    database.walHeader = walHeader;
    database.walFile = wal ? (wal.size === 0 ? 'empty' : 'present') : 'absent';
    const signals = { database, messageCount: messages.length, conversationCount: chats.length };
    const used = new Set(messages.map((m) => m.chatKey));
    const conversations = chats.filter((c) => used.has(c.key)).map(conversationRecord);
    await evidence.close();

    async function* batches(): AsyncGenerator<RecordBatch> {
      const seqs = new Map<string, number>();
      let out: MessageRecord[] = [];
      for (const [i, m] of messages.entries()) {
        const seq = seqs.get(m.chatKey) ?? 0;
        seqs.set(m.chatKey, seq + 1);
        out.push(messageRecord(m, seq));
        if (out.length >= BATCH) {
          if (opts.isCancelled()) throw new CancelledError();
          opts.progress('reading', i + 1, messages.length);
          yield { messages: out, events: [] };
          out = [];
        }
      }
      yield { messages: out, events };
    }
    const platform = kind === 'android' ? 'Android msgstore.db' : 'iOS ChatStorage.sqlite';
    return {
      head: {
        format: 'whatsapp-db',
        formatDetail: `WhatsApp ${platform} (${String(database.schema)} schema): ${messages.length} message${messages.length === 1 ? '' : 's'} in ${conversations.length} chat${conversations.length === 1 ? '' : 's'}`,
        parserVersion: WHATSAPP_DB_PARSER_VERSION,
        chatEntry: null,
        dateOrder: { value: null, ambiguous: false, locked: false, evidence: 'the database stores epoch times: no day/month order to decide' },
        conversationKeys: conversations.map((c) => c.key),
        timeBasis: 'instant',
        files,
      },
      batches,
      tail: () => ({ conversations, preamble: null, lineCount: null, signals, warnings: warnings.finish(label), caveats: [] }),
    };
  } catch (e) {
    await evidence.close().catch(() => {});
    throw unreadable(label, e);
  }
}

/** A failure of SQLite on a damaged file as one sentence naming it; other errors as they are. */
function unreadable(label: string, e: unknown): unknown {
  return e instanceof Error && e.name === 'SqliteError' ? unreadableSqlite(label, e) : e;
}

/**
 * What detection makes of a binary file's head: this importer's source, a sentence saying why a
 * recognised file is not read (an encrypted backup, a contacts database), or null when it is not ours.
 */
export async function deviceDbFromHead(path: string, head: Uint8Array): Promise<{ source: true } | { refusal: string } | null> {
  const label = basename(path);
  if (looksLikeEncryptedBackup(head)) return { refusal: `${label} looks like an encrypted WhatsApp backup (.crypt12 / .crypt14 / .crypt15); decrypting backups is out of scope: decrypt it with the key from the phone and import the msgstore.db it yields.` };
  if (!isSqliteHeader(head)) return null;
  let kind: DeviceDbKind | null;
  try {
    kind = await identifyDeviceDb(path);
  } catch (e) {
    const why = unreadable(label, e);
    if (why instanceof BadInputError) return { refusal: why.message };
    throw why;
  }
  if (kind === 'android' || kind === 'ios') return { source: true };
  if (kind === 'contacts') return { refusal: `${label} is a WhatsApp contacts database (wa.db) with no messages; import the msgstore.db beside it, which reads it for names.` };
  return null;
}
