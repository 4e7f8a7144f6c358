// The WhatsApp export importer: a chat text alone, or a zip holding the chat text and media. A zip
// may hold more than one chat text (two `_chat.txt` in folders, a chat exported twice): each is read
// as a conversation of its own, and the archive's other entries are recorded as its members.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ConversationKind, ImportWarning } from '../../../../shared/model';
import { sha256Stream } from '../../files/hash';
import { fileSource } from '../../files/read';
import { listingWarnings, listZip, memberPath, readEntries, repeatedNames, unreadableEntry, zipEntrySource, type ZipEntryInfo } from '../../files/zip';
import { readLines, type ByteSource } from '../../text/lines';
import { WarningList } from '../warnings';
import { BadInputError, CancelledError, type ConversationRecord, type ImportOptions, type ImportStream, type MessageRecord, type SourceFileRecord } from '../types';
import { matchHeader } from './header';
import { emptyParseResult, recordBatch, TRIED_LAYOUTS, WHATSAPP_PARSER_VERSION, type ParseResult, type WhatsAppMessage } from './parse';
import { parseWorkerStarter, scanInThread, scanInWorker, WORKER_MIN_BYTES, type ScannedChat, type WorkerJob } from './reader';

const MAC_METADATA = /(^|\/)__MACOSX\//;
/** Detection looks at the first 200 lines, and at no more than this many bytes of them. */
const DETECTION_BYTES = 8 << 20;

const isTextEntry = (e: ZipEntryInfo) => !e.symlink && !MAC_METADATA.test(e.name) && /\.txt$/i.test(e.name);

/** The chat text an export zip is named by: `_chat.txt`, else the largest `.txt` (docs/formats.md). */
export function chooseChatEntry(entries: ZipEntryInfo[]): string | null {
  const candidates = entries.filter(isTextEntry);
  const chat = candidates.find((e) => basename(e.name) === '_chat.txt');
  if (chat) return chat.name;
  const largest = [...candidates].sort((a, b) => b.size - a.size)[0];
  return largest?.name ?? null;
}

/** Why a chat text's zip data broke off, for the sources made by upToDamage. */
const damageOf = new WeakMap<ByteSource, string>();

/**
 * A zip entry's bytes up to where its compressed data is damaged: the lines before are read, and
 * the damage is recorded (damageOf) instead of refusing the whole export. Both passes stop at the same byte.
 */
function upToDamage(source: ByteSource): ByteSource {
  const read: ByteSource = async function* () {
    try {
      for await (const chunk of source()) yield chunk;
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      damageOf.set(read, e.message);
    }
  };
  return read;
}

/** The bytes of a source up to a limit, so that detection never reads a whole hostile file. */
function headOf(source: ByteSource, limit: number): ByteSource {
  return async function* () {
    let seen = 0;
    for await (const chunk of source()) {
      yield seen + chunk.length > limit ? chunk.subarray(0, limit - seen) : chunk;
      seen += chunk.length;
      if (seen >= limit) return;
    }
  };
}

/** True when one of the first lines of the text is a WhatsApp header. */
export async function looksLikeWhatsApp(source: ByteSource): Promise<boolean> {
  let seen = 0;
  for await (const batch of readLines(headOf(source, DETECTION_BYTES))) {
    for (const line of batch) {
      if (matchHeader(line.text)) return true;
      if (++seen >= 200) return false;
    }
  }
  return false;
}

/**
 * The chat texts of an export zip: every `.txt` entry whose first lines are WhatsApp messages (a
 * document sent as a `.txt` attachment is not one), the `_chat.txt` first. When none looks like one,
 * the entry the zip is named by, so that reading it says why it is not a chat.
 */
export async function chatEntries(path: string, entries: ZipEntryInfo[]): Promise<ZipEntryInfo[]> {
  const texts = entries.filter(isTextEntry);
  const chats: ZipEntryInfo[] = [];
  for (const e of texts) {
    // An entry that cannot be read is no chat here; hashing the archive reports it.
    const looks = await looksLikeWhatsApp(zipEntrySource(path, e.index, e.name)).catch((err: unknown) => {
      if (err instanceof BadInputError) return false;
      throw err;
    });
    if (looks) chats.push(e);
  }
  chats.sort((a, b) => Number(basename(b.name) === '_chat.txt') - Number(basename(a.name) === '_chat.txt') || a.index - b.index);
  if (chats.length) return chats;
  const named = chooseChatEntry(entries);
  return texts.filter((e) => e.name === named).slice(0, 1);
}

/** A chat title from the export's file name, which WhatsApp localises (docs/formats.md#whatsapp-files). Only a hint. */
export function titleFromFileName(name: string): string | null {
  const stem = basename(name).replace(/\.(txt|zip)$/i, '').replace(/\u00A0/g, ' ');
  const patterns = [
    /^WhatsApp Chat (?:with|mit|-) (.+)$/i,
    /^Chat WhatsApp s uživatelem (.+)$/i,
    /^Чат WhatsApp с контактом (.+)$/i,
    /^与(.+)的 ?WhatsApp 聊天$/,
    /^與(.+)的 ?WhatsApp ?對話$/,
    /^Discussion WhatsApp avec (.+)$/i,
    /^Chat de WhatsApp con (.+)$/i,
    /^Conversa do WhatsApp com (.+)$/i,
  ];
  for (const p of patterns) {
    const m = p.exec(stem);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** A WhatsApp export streams messages only (an export carries no edits, reactions or receipts). */
export type WhatsAppStream = ImportStream & { messages(): AsyncGenerator<MessageRecord[]> };

/** One chat text of a source, scanned, with what its parse collects. */
interface ChatText {
  fileLabel: string;
  entry: ZipEntryInfo | null;
  key: string;
  /** The member file its records name, for every chat text but the first of a zip. */
  memberFile: string | null;
  chat: ScannedChat;
  result: ParseResult;
}

interface ZipMembers {
  members: SourceFileRecord[];
  /** Files a message may name, by file name: the first entry of each name. */
  attachable: Map<string, { entry: string; sha256: string; size: number }>;
  warnings: ImportWarning[];
}

/** Hashes every entry of the zip once and records it as a member of the source. */
async function hashZipMembers(path: string, label: string, entries: ZipEntryInfo[], chats: ZipEntryInfo[], opts: ImportOptions): Promise<ZipMembers> {
  const repeated = repeatedNames(entries);
  const chatIndexes = new Set(chats.map((c) => c.index));
  const out: ZipMembers = { members: [], attachable: new Map(), warnings: [] };
  const warnings = new WarningList(out.warnings);
  const firstOfName = new Map<string, ZipEntryInfo>();
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  opts.progress('hashing attachments', 0, total);
  await readEntries(
    path,
    () => true,
    async (entry, stream) => {
      const { sha256, size } = await sha256Stream(stream, (n) => {
        if (opts.isCancelled()) throw new CancelledError();
        opts.progress('hashing attachments', (done += n), total);
      });
      const chat = chatIndexes.has(entry.index);
      const role = chat ? 'messages' : entry.symlink || MAC_METADATA.test(entry.name) ? 'other' : 'attachment';
      out.members.push({ path: memberPath(label, entry, repeated.has(entry.name)), sha256, size, role });
      if (role !== 'attachment') return;
      const name = basename(entry.name);
      const first = firstOfName.get(name);
      if (!first) {
        firstOfName.set(name, entry);
        out.attachable.set(name, { entry: entry.name, sha256, size });
      } else if (first.name !== entry.name) {
        warnings.add(null, 'zip_repeated_file_name', `${label}: entries '${first.name}' and '${entry.name}' share the file name ${name}; a message naming ${name} links to the first (entry ${first.index + 1}), and both are recorded.`);
      }
    },
    (entry, why) => warnings.add(null, 'zip_entry_unreadable', unreadableEntry(label, entry, why)),
  );
  warnings.finish(label);
  return out;
}

export async function openWhatsApp(path: string, container: 'text' | 'zip', opts: ImportOptions): Promise<WhatsAppStream> {
  const label = basename(path);
  let texts: { entry: ZipEntryInfo | null; source: ByteSource; memberFile: string | null }[] = [{ entry: null, source: fileSource(path), memberFile: null }];
  let zip: ZipMembers = { members: [], attachable: new Map(), warnings: [] };
  let archiveNote = '';

  if (container === 'zip') {
    const listing = await listZip(path, label);
    const chatTexts = await chatEntries(path, listing.entries);
    if (!chatTexts.length) throw new BadInputError(`${label} is a zip archive without a chat text (no _chat.txt or other .txt file in it).`);
    const repeated = repeatedNames(listing.entries);
    texts = chatTexts.map((entry) => ({ entry, source: upToDamage(zipEntrySource(path, entry.index, `${label}!${entry.name}`)), memberFile: memberPath(label, entry, repeated.has(entry.name)) }));
    zip = await hashZipMembers(path, label, listing.entries, chatTexts, opts);
    zip.warnings.unshift(...listingWarnings(label, listing));
    const others = listing.entries.length - chatTexts.length;
    archiveNote = `, in a zip with ${others} other file${others === 1 ? '' : 's'}`;
    if (chatTexts.length > 1) {
      archiveNote += ` and ${chatTexts.length} chat texts`;
      zip.warnings.push({
        line: null,
        code: 'zip_several_chats',
        message: `${label} holds ${chatTexts.length} chat texts (${chatTexts.map((e) => e.name).join(', ')}); each is imported as a conversation of its own, none is left out.`,
      });
    }
  }

  const chats: ChatText[] = [];
  const close = async () => {
    await Promise.all(chats.map((c) => c.chat.close()));
  };
  try {
    for (const [i, t] of texts.entries()) {
      const fileLabel = t.entry ? `${label}!${t.entry.name}${texts.filter((x) => x.entry?.name === t.entry!.name).length > 1 ? ` (entry ${t.entry.index + 1})` : ''}` : label;
      const key = i === 0 ? 'chat' : `chat:${t.entry!.index + 1}:${t.entry!.name}`;
      opts.progress('reading', 0, 0);
      const chat = await scanChat(t.entry ? null : path, t.source, { fileLabel, conversationKey: key }, opts);
      const result = emptyParseResult();
      chats.push({ fileLabel, entry: t.entry, key, memberFile: i > 0 ? t.memberFile : null, chat, result });
      const damage = damageOf.get(t.source);
      if (chat.headerCount === 0) {
        throw new BadInputError(damage ?? `${fileLabel} is not a WhatsApp chat export: no line starts with a WhatsApp timestamp (tried ${TRIED_LAYOUTS}).`);
      }
      if (damage) {
        result.warnings.push({ line: chat.lineCount, code: 'zip_entry_damaged', message: `${damage.replace(/\.$/, '')}; the ${chat.lineCount} lines before the damage are read, the rest of the entry is not.` });
      }
      if (chat.dateOrder.ambiguous) {
        result.warnings.push({ line: null, code: 'date_order_ambiguous', message: `${fileLabel}: ${chat.dateOrder.evidence}.` });
      }
    }
  } catch (e) {
    await close();
    throw e;
  }
  const first = chats[0]!;
  for (const c of chats.slice(1)) {
    const [order, firstOrder] = [c.chat.dateOrder, first.chat.dateOrder];
    if (order.value !== firstOrder.value) {
      zip.warnings.push({
        line: null,
        code: 'date_order_differs',
        message: `${c.fileLabel} reads as ${order.value ?? 'no order'} (${order.evidence}), ${first.fileLabel} as ${firstOrder.value ?? 'no order'}; each chat text is read in its own order, and the source shows the first's.`,
      });
    }
  }
  const referenced = new Set<string>();
  const attachmentFor =
    container === 'zip'
      ? (name: string) => {
          const file = zip.attachable.get(name) ?? null;
          if (file) referenced.add(name);
          return file;
        }
      : undefined;

  async function* messages(): AsyncGenerator<WhatsAppMessage[]> {
    for (const c of chats) {
      yield* c.chat.messages(
        {
          fileLabel: c.fileLabel,
          conversationKey: c.key,
          memberFile: c.memberFile,
          isCancelled: opts.isCancelled,
          progress: (line) => opts.progress('reading', line, c.chat.lineCount),
          attachmentFor,
        },
        c.result,
      );
    }
  }

  return {
    head: {
      format: 'whatsapp',
      formatDetail: first.chat.description + archiveNote,
      parserVersion: WHATSAPP_PARSER_VERSION,
      chatEntry: first.entry?.name ?? null,
      dateOrder: first.chat.dateOrder,
      conversationKeys: chats.map((c) => c.key),
      files: zip.members,
    },
    messages,
    async *batches() {
      for await (const batch of messages()) yield recordBatch(batch);
    },
    tail: () => {
      const warnings = [...zip.warnings, ...chats.flatMap((c) => c.result.warnings)];
      const unreferenced = [...zip.attachable.keys()].filter((n) => !referenced.has(n));
      if (unreferenced.length) {
        warnings.push({
          line: null,
          code: 'attachment_unreferenced',
          message: `${label}: ${unreferenced.length} file${unreferenced.length === 1 ? ' is' : 's are'} in the archive but named by no message (${unreferenced.slice(0, 5).join(', ')}${unreferenced.length > 5 ? ', …' : ''}).`,
        });
      }
      const preamble = chats.flatMap((c) => c.result.preamble);
      return {
        conversations: chats.map((c, i) => conversationOf(c, i === 0 ? label : c.entry!.name)),
        preamble: preamble.length ? preamble.join('') : null,
        lineCount: chats.reduce((n, c) => n + c.chat.lineCount, 0),
        signals: {
          ...first.result.signals,
          unreferencedFiles: unreferenced.length,
          ...(chats.length > 1 ? { chats: chats.map((c) => ({ conversation: c.key, entry: c.entry?.name ?? null, ...c.result.signals })) } : {}),
        },
        warnings,
      };
    },
    close,
  };
}

/** A large chat text that is a file of its own is read in a worker, next to the engine; a zip entry or a small file on this thread. */
async function scanChat(filePath: string | null, source: ByteSource, ctx: WorkerJob['ctx'], opts: ImportOptions): Promise<ScannedChat> {
  const start = filePath !== null && (await stat(filePath)).size >= WORKER_MIN_BYTES ? parseWorkerStarter() : null;
  if (filePath === null || start === null) return scanInThread(source, opts.dateOrder, opts.isCancelled);
  return scanInWorker({ path: filePath, locked: opts.dateOrder, ctx }, start, opts.isCancelled);
}

/** A chat text's conversation: its kind from who writes, its title from the file name, else the chat itself. */
function conversationOf(c: ChatText, fileName: string): ConversationRecord {
  const result = c.result;
  const participants = [...result.participants.keys()];
  const kind: ConversationKind = result.hasGroupEvents || participants.length > 2 ? 'group' : participants.length > 0 ? 'direct' : 'unknown';
  const pseudo = [...result.noticeAuthors.entries()].filter(([a]) => !result.participants.has(a)).sort((a, b) => b[1] - a[1])[0]?.[0];
  const title = titleFromFileName(fileName) ?? result.groupName ?? pseudo ?? (participants.length ? participants.slice(0, 3).join(', ') : basename(fileName));
  return { key: c.key, title, kind, nativeId: null };
}
