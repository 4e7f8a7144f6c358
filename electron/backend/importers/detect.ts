// Picks the importer for a file from its content, never from its name (design.md §8). A file is
// sniffed once; what it is decides which importer reads it, or why no importer does.
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256File } from '../files/hash';
import { fileSource, readHead } from '../files/read';
import { isZipMagic, listZip } from '../files/zip';
import { sniffEncoding } from '../text/lines';
import { findLayout, type ChatsLayout } from './forensic/columns';
import { openForensicCsv } from './forensic';
import { looksLikeRsmfEml, looksLikeRsmfManifest, manifestEntry, openRsmf } from './rsmf';
import { BadInputError, type ImportOptions, type ImportStream } from './types';
import { chooseChatEntry, looksLikeWhatsApp, openWhatsApp } from './whatsapp';
import { identifyWickr, openWickr, type EncryptedObject, type WickrArchive, type WickrIdentity } from './wickr';
import { hasRetentionName, looksLikeWickrRecords, looksOpaque, s3MetadataKeys, sidecarObjectName } from './wickr/sniff';

export type Format = 'whatsapp' | 'wickr' | 'rsmf' | 'forensic-csv';

export interface IdentifyOptions {
  isCancelled(): boolean;
  progress(phase: string, done: number, total: number): void;
}

/** A source ready to import: how to identify it (its SHA-256) and how to read it. */
export interface Detected {
  format: Format;
  /** The file, or the folder of a multi-file source. */
  path: string;
  /** How the source is named on screen; default: the file or folder name. */
  label?: string;
  identify(opts: IdentifyOptions): Promise<{ sha256: string; size: number }>;
  open(opts: ImportOptions): Promise<ImportStream>;
}

/** What one file is, by its content. */
export type Sniff =
  | { kind: 'whatsapp'; container: 'text' | 'zip' }
  | { kind: 'rsmf'; container: 'eml' | 'zip' | 'manifest' }
  | { kind: 'wickr' }
  | { kind: 'forensic-csv'; layout: ChatsLayout }
  /** High-entropy bytes with no known signature: ciphertext, or random data. Context decides. */
  | { kind: 'opaque'; reason: string }
  /** A JSON sidecar with S3 object metadata (x-amz-key-v2, x-amz-iv …) for an encrypted object. */
  | { kind: 's3-metadata'; keys: string[] }
  /** Not something any importer reads: `reason` is the sentence to show. */
  | { kind: 'unknown'; reason: string };

export const KNOWN_FORMATS =
  'WhatsApp chat export (.txt, or .zip with _chat.txt), Wickr data-retention JSON lines, RSMF (.rsmf e-mail, rsmf.zip or rsmf_manifest.json), forensic-report chat table (CSV with Cellebrite-style "Chats" columns)';

const HEAD_BYTES = 64 * 1024;

function decodeHead(head: Uint8Array): string {
  const { encoding, bomBytes } = sniffEncoding(head);
  return new TextDecoder(encoding, { fatal: false }).decode(head.subarray(bomBytes));
}

export async function sniffFile(path: string): Promise<Sniff> {
  const label = basename(path);
  const head = await readHead(path, HEAD_BYTES);
  if (head.length === 0) return { kind: 'unknown', reason: `${label} is empty.` };
  if (isZipMagic(head)) {
    let entries;
    try {
      entries = await listZip(path);
    } catch (e) {
      return { kind: 'unknown', reason: `${label} is a damaged or truncated zip archive (${(e as Error).message}).` };
    }
    if (manifestEntry(entries)) return { kind: 'rsmf', container: 'zip' };
    if (chooseChatEntry(entries)) return { kind: 'whatsapp', container: 'zip' };
    return { kind: 'unknown', reason: `${label} is a zip archive that holds no chat export this version reads (looked for: ${KNOWN_FORMATS}).` };
  }
  const { bomBytes } = sniffEncoding(head);
  if (bomBytes !== 2 && head.includes(0)) {
    const reason = `${label} is a binary file, not a chat export (looked for: ${KNOWN_FORMATS}).`;
    return looksOpaque(head) ? { kind: 'opaque', reason } : { kind: 'unknown', reason };
  }
  const text = decodeHead(head);
  if (looksLikeRsmfEml(text)) return { kind: 'rsmf', container: 'eml' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    if (looksLikeWickrRecords(trimmed)) return { kind: 'wickr' };
    if (looksLikeRsmfManifest(trimmed, head.length < HEAD_BYTES)) return { kind: 'rsmf', container: 'manifest' };
    const keys = head.length < HEAD_BYTES ? s3MetadataKeys(trimmed) : null;
    if (keys) return { kind: 's3-metadata', keys };
  }
  const layout = findLayout(text);
  if (layout) return { kind: 'forensic-csv', layout };
  if (await looksLikeWhatsApp(fileSource(path))) return { kind: 'whatsapp', container: 'text' };
  if (looksOpaque(head)) return { kind: 'opaque', reason: `${label} is a binary file, not a chat export (looked for: ${KNOWN_FORMATS}).` };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { kind: 'unknown', reason: `${label} is JSON, but neither Wickr retention records (no msgtype and vgroupid) nor an RSMF manifest (no participants, conversations and events) (looked for: ${KNOWN_FORMATS}).` };
  }
  return {
    kind: 'unknown',
    reason: `${label} is not a chat export this version reads: none of its first 200 lines starts like a WhatsApp message, and it is not Wickr retention JSON, RSMF or a forensic-report chat table (looked for: ${KNOWN_FORMATS}).`,
  };
}

/** The importer for one file that needs no other file to be read. */
export function singleFileSource(path: string, sniff: Sniff): Detected | null {
  const byHash = (open: (opts: ImportOptions) => Promise<ImportStream>, format: Format): Detected => ({
    format,
    path,
    identify: (o) => sha256File(path, () => o.progress(`hashing ${basename(path)}`, 0, 0)),
    open,
  });
  switch (sniff.kind) {
    case 'whatsapp':
      return byHash((opts) => openWhatsApp(path, sniff.container, opts), 'whatsapp');
    case 'rsmf':
      return byHash((opts) => openRsmf(path, sniff.container, opts), 'rsmf');
    case 'forensic-csv':
      return byHash((opts) => openForensicCsv(path, sniff.layout, opts), 'forensic-csv');
    case 'wickr':
      return wickrSource({ folder: null, messageFiles: [path], encrypted: [] }, path);
    default:
      return null;
  }
}

/** A Wickr archive as one source: one file named directly, or every retention file of a folder. */
export function wickrSource(archive: WickrArchive, path: string): Detected {
  let identity: WickrIdentity | null = null;
  return {
    format: 'wickr',
    path,
    // A bot writes into `…/compliance/messages`: the parent says more than `messages` alone.
    label: archive.folder ? `${basename(dirname(archive.folder))}/${basename(archive.folder)}` : basename(path),
    async identify(o) {
      identity = await identifyWickr(archive, (p) => o.progress(`hashing ${basename(p)}`, 0, 0), o.isCancelled);
      return { sha256: identity.sha256, size: identity.size };
    },
    async open(opts) {
      identity ??= await identifyWickr(archive, () => {}, opts.isCancelled);
      return openWickr(archive, identity, opts);
    },
  };
}

/** Sidecars beside `path` that hold its S3 metadata (`<name>.json`, `<name>.metadata.json` …). */
export async function sidecarFor(path: string): Promise<string | null> {
  const name = basename(path);
  const dir = dirname(path);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    if (n === name || sidecarObjectName(n) !== name) continue;
    const text = await readFile(join(dir, n), 'utf8').catch(() => '');
    if (text.length < HEAD_BYTES && s3MetadataKeys(text)) return join(dir, n);
  }
  return null;
}

/**
 * The importer for a file named directly. An opaque file is an encrypted retention object when its
 * name is a retention file's or its S3 metadata lies beside it; otherwise it is just binary.
 */
export async function detectFormat(path: string): Promise<Detected> {
  const sniff = await sniffFile(path);
  const single = singleFileSource(path, sniff);
  if (single) return single;
  if (sniff.kind === 'opaque') {
    const sidecar = await sidecarFor(path);
    if (sidecar || hasRetentionName(basename(path))) {
      const encrypted: EncryptedObject[] = [{ path, sidecar }];
      return wickrSource({ folder: null, messageFiles: [], encrypted }, path);
    }
    throw new BadInputError(sniff.reason);
  }
  if (sniff.kind === 's3-metadata') {
    throw new BadInputError(`${basename(path)} holds S3 object metadata (${sniff.keys.join(', ')}), not messages; import the encrypted object it describes, or the folder holding both.`);
  }
  throw new BadInputError(sniff.kind === 'unknown' ? sniff.reason : `${basename(path)} is not a chat export this version reads.`);
}
