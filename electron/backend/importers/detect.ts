// Picks the importer for a file from its content, never from its name (docs/formats.md). A file is
// sniffed once, the importers of the registry asked in turn; what it is decides which importer reads
// it, or why none does.
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readHead } from '../files/read';
import { isZipMagic, listZip } from '../files/zip';
import { sniffEncoding } from '../text/lines';
import { IMPORTERS, KNOWN_FORMATS, wickrSource } from './registry';
import { BadInputError, type ImportOptions, type ImportStream } from './types';
import type { EncryptedObject } from './wickr';
import { hasRetentionName, looksOpaque, s3MetadataKeys, sidecarObjectName } from './wickr/sniff';

export type Format = 'whatsapp' | 'wickr' | 'rsmf' | 'forensic-csv' | 'whatsapp-db' | 'ufdr';

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
  /** The files a folder source is made of, each checked for change after the import; default: `path` alone. */
  memberFiles?: readonly string[];
  identify(opts: IdentifyOptions): Promise<{ sha256: string; size: number }>;
  open(opts: ImportOptions): Promise<ImportStream>;
}

/** What one file is, by its content. */
export type Sniff =
  /** A format an importer of the registry reads; `groupsInFolder` files of one folder are one source. */
  | { kind: 'format'; source: Detected; groupsInFolder: boolean }
  /** High-entropy bytes with no known signature: ciphertext, or random data. Context decides. */
  | { kind: 'opaque'; reason: string }
  /** A JSON sidecar with S3 object metadata (x-amz-key-v2, x-amz-iv …) for an encrypted object. */
  | { kind: 's3-metadata'; keys: string[] }
  /** Not something any importer reads: `reason` is the sentence to show. */
  | { kind: 'unknown'; reason: string };

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
    let listing;
    try {
      listing = await listZip(path, label);
    } catch (e) {
      return { kind: 'unknown', reason: (e as Error).message };
    }
    for (const importer of IMPORTERS) {
      const source = importer.fromZip?.(path, listing.entries);
      if (source) return { kind: 'format', source, groupsInFolder: importer.groupsInFolder === true };
    }
    return { kind: 'unknown', reason: `${label} is a zip archive that holds no chat export this version reads (looked for: ${KNOWN_FORMATS}).` };
  }
  for (const importer of IMPORTERS) {
    const found = await importer.fromBinary?.(path, head);
    if (found && 'refusal' in found) return { kind: 'unknown', reason: found.refusal };
    if (found) return { kind: 'format', source: found, groupsInFolder: importer.groupsInFolder === true };
  }
  if (sniffEncoding(head).encoding === 'utf-8' && head.includes(0)) {
    const reason = `${label} is a binary file, not a chat export (looked for: ${KNOWN_FORMATS}).`;
    return looksOpaque(head) ? { kind: 'opaque', reason } : { kind: 'unknown', reason };
  }
  const text = decodeHead(head);
  const complete = head.length < HEAD_BYTES;
  for (const importer of IMPORTERS) {
    const source = await importer.fromText?.({ path, text, complete });
    if (source) return { kind: 'format', source, groupsInFolder: importer.groupsInFolder === true };
  }
  const trimmed = text.trimStart();
  const keys = trimmed.startsWith('{') && complete ? s3MetadataKeys(trimmed) : null;
  if (keys) return { kind: 's3-metadata', keys };
  if (looksOpaque(head)) return { kind: 'opaque', reason: `${label} is a binary file, not a chat export (looked for: ${KNOWN_FORMATS}).` };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { kind: 'unknown', reason: `${label} is JSON, but neither Wickr retention records (no msgtype and vgroupid) nor an RSMF manifest (no participants, conversations and events) (looked for: ${KNOWN_FORMATS}).` };
  }
  return {
    kind: 'unknown',
    reason: `${label} is not a chat export this version reads: none of its first 200 lines starts like a WhatsApp message, and it is not Wickr retention JSON, RSMF or a forensic-report chat table (looked for: ${KNOWN_FORMATS}).`,
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
  if (sniff.kind === 'format') return sniff.source;
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
  throw new BadInputError(sniff.reason);
}
