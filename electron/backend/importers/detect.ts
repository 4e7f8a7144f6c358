// Picks the importer for a file from its content, never from its name (design.md §8).
import { basename } from 'node:path';
import { readHead } from '../files/read';
import { isZipMagic, listZip } from '../files/zip';
import { fileSource } from '../files/read';
import { sniffEncoding } from '../text/lines';
import { BadInputError, type ImportOptions, type ImportStream } from './types';
import { chooseChatEntry, looksLikeWhatsApp, openWhatsApp } from './whatsapp';

export interface Detected {
  format: 'whatsapp';
  open(opts: ImportOptions): Promise<ImportStream>;
}

const KNOWN_FORMATS = 'WhatsApp chat export (.txt, or .zip with _chat.txt)';

export async function detectFormat(path: string): Promise<Detected> {
  const label = basename(path);
  const head = await readHead(path, 8192);
  if (head.length === 0) throw new BadInputError(`${label} is empty.`);
  if (isZipMagic(head)) {
    let entries;
    try {
      entries = await listZip(path);
    } catch (e) {
      throw new BadInputError(`${label} is a damaged or truncated zip archive (${(e as Error).message}).`);
    }
    if (chooseChatEntry(entries)) return { format: 'whatsapp', open: (opts) => openWhatsApp(path, 'zip', opts) };
    throw new BadInputError(`${label} is a zip archive that holds no chat export this version reads (looked for: ${KNOWN_FORMATS}).`);
  }
  const { bomBytes } = sniffEncoding(head);
  if (bomBytes !== 2 && head.includes(0)) {
    throw new BadInputError(`${label} is a binary file, not a chat export (looked for: ${KNOWN_FORMATS}).`);
  }
  if (await looksLikeWhatsApp(fileSource(path))) return { format: 'whatsapp', open: (opts) => openWhatsApp(path, 'text', opts) };
  throw new BadInputError(`${label} is not a chat export this version reads: none of its first 200 lines starts like a WhatsApp message (looked for: ${KNOWN_FORMATS}).`);
}
