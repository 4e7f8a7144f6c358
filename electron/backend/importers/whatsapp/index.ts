// The WhatsApp export importer: a chat text alone, or a zip holding the chat text and media.
import { basename } from 'node:path';
import type { ConversationKind } from '../../../../shared/model';
import { sha256Stream } from '../../files/hash';
import { fileSource } from '../../files/read';
import { listZip, readEntries, zipEntrySource } from '../../files/zip';
import { readLines, type ByteSource } from '../../text/lines';
import { BadInputError, CancelledError, type ImportOptions, type ImportStream, type MessageRecord } from '../types';
import { matchHeader } from './header';
import { describeScan, emptyParseResult, parseWhatsApp, scanWhatsApp, TRIED_LAYOUTS, WHATSAPP_PARSER_VERSION } from './parse';

const MAC_METADATA = /(^|\/)__MACOSX\//;

/** The chat text inside an export zip: `_chat.txt`, else the largest `.txt` (spec/whatsapp.md §1.1). */
export function chooseChatEntry(entries: { name: string; size: number }[]): string | null {
  const candidates = entries.filter((e) => !MAC_METADATA.test(e.name) && /\.txt$/i.test(e.name));
  const chat = candidates.find((e) => basename(e.name) === '_chat.txt');
  if (chat) return chat.name;
  const largest = candidates.sort((a, b) => b.size - a.size)[0];
  return largest?.name ?? null;
}

/** True when one of the first lines of the text is a WhatsApp header. */
export async function looksLikeWhatsApp(source: ByteSource): Promise<boolean> {
  let seen = 0;
  for await (const batch of readLines(source)) {
    for (const line of batch) {
      if (matchHeader(line.text)) return true;
      if (++seen >= 200) return false;
    }
    if (seen >= 200) return false;
  }
  return false;
}

/** A chat title from the export's file name, which WhatsApp localises (§1.1). Only a hint. */
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

export async function openWhatsApp(path: string, container: 'text' | 'zip', opts: ImportOptions): Promise<WhatsAppStream> {
  const label = basename(path);
  let source: ByteSource = fileSource(path);
  let chatEntry: string | null = null;
  const files = new Map<string, { entry: string; sha256: string; size: number }>();
  let archiveNote = '';

  if (container === 'zip') {
    const entries = await listZip(path);
    chatEntry = chooseChatEntry(entries);
    if (!chatEntry) throw new BadInputError(`${label} is a zip archive without a chat text (no _chat.txt or other .txt file in it).`);
    source = zipEntrySource(path, chatEntry);
    const media = entries.filter((e) => e.name !== chatEntry && !MAC_METADATA.test(e.name));
    const total = media.reduce((n, e) => n + e.size, 0);
    let done = 0;
    opts.progress('hashing attachments', 0, total);
    await readEntries(
      path,
      (name) => name !== chatEntry && !MAC_METADATA.test(name),
      async (entry, stream) => {
        if (opts.isCancelled()) throw new CancelledError();
        const { sha256, size } = await sha256Stream(stream, (n) => {
          done += n;
          opts.progress('hashing attachments', done, total);
        });
        files.set(basename(entry.name), { entry: entry.name, sha256, size });
      },
    );
    archiveNote = `, in a zip with ${files.size} other file${files.size === 1 ? '' : 's'}`;
  }
  const fileLabel = chatEntry ? `${label}!${chatEntry}` : label;

  opts.progress('reading', 0, 0);
  const scan = await scanWhatsApp(source, opts.isCancelled);
  if (scan.headerCount === 0) {
    throw new BadInputError(`${fileLabel} is not a WhatsApp chat export: no line starts with a WhatsApp timestamp (tried ${TRIED_LAYOUTS}).`);
  }
  const dateOrder = scan.evidence.decide(opts.dateOrder);
  const result = emptyParseResult();
  if (dateOrder.ambiguous) {
    result.warnings.push({ line: null, code: 'date_order_ambiguous', message: `${fileLabel}: ${dateOrder.evidence}.` });
  }
  const referenced = new Set<string>();

  const messages = () =>
    parseWhatsApp(
      source,
      scan,
      {
        fileLabel,
        conversationKey: 'chat',
        dateOrder,
        isCancelled: opts.isCancelled,
        progress: (line) => opts.progress('reading', line, scan.lineCount),
        attachmentFor:
          container === 'zip'
            ? (name) => {
                const file = files.get(name) ?? null;
                if (file) referenced.add(name);
                return file;
              }
            : undefined,
      },
      result,
    );

  return {
    head: {
      format: 'whatsapp',
      formatDetail: describeScan(scan) + archiveNote,
      parserVersion: WHATSAPP_PARSER_VERSION,
      chatEntry,
      dateOrder,
      conversationKeys: ['chat'],
    },
    messages,
    async *batches() {
      for await (const batch of messages()) yield { messages: batch, events: [] };
    },
    tail: () => {
      const participants = [...result.participants.keys()];
      const kind: ConversationKind = result.hasGroupEvents || participants.length > 2 ? 'group' : participants.length > 0 ? 'direct' : 'unknown';
      const pseudo = [...result.noticeAuthors.entries()].filter(([a]) => !result.participants.has(a)).sort((a, b) => b[1] - a[1])[0]?.[0];
      const title = titleFromFileName(label) ?? result.groupName ?? pseudo ?? (participants.length ? participants.slice(0, 3).join(', ') : label);
      const unreferenced = [...files.keys()].filter((n) => !referenced.has(n));
      if (unreferenced.length) {
        result.warnings.push({
          line: null,
          code: 'attachment_unreferenced',
          message: `${label}: ${unreferenced.length} file${unreferenced.length === 1 ? ' is' : 's are'} in the archive but named by no message (${unreferenced.slice(0, 5).join(', ')}${unreferenced.length > 5 ? ', …' : ''}).`,
        });
      }
      return {
        conversations: [{ key: 'chat', title, kind, nativeId: null }],
        preamble: result.preamble.length ? result.preamble.join('') : null,
        lineCount: scan.lineCount,
        signals: { ...result.signals, unreferencedFiles: unreferenced.length },
        warnings: result.warnings,
      };
    },
  };
}
