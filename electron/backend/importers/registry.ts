// The importers Threadline has, in the order detection asks them (docs/formats.md). Each says how it
// recognises its format, by content only: among a zip's entries, or from a text file's head. Detection
// (detect.ts) and the list of formats named in refusals are derived from this one table, so a new
// importer is one entry here.
import { basename, dirname } from 'node:path';
import { sha256File } from '../files/hash';
import { fileSource } from '../files/read';
import type { ZipEntryInfo } from '../files/zip';
import type { Detected, Format } from './detect';
import { findLayout } from './forensic/columns';
import { openForensicCsv } from './forensic';
import { looksLikeRsmfEml, looksLikeRsmfManifest, manifestEntry, openRsmf } from './rsmf';
import { CancelledError, type ImportOptions, type ImportStream } from './types';
import { looksLikeReportXml, openUfdr, reportEntry } from './ufdr';
import { chooseChatEntry, looksLikeWhatsApp, openWhatsApp } from './whatsapp';
import { deviceDbFromHead, openWhatsAppDb } from './whatsapp-db';
import { archiveFiles, identifyWickr, openWickr, type WickrArchive, type WickrIdentity } from './wickr';
import { looksLikeWickrRecords } from './wickr/sniff';

/** What detection has read of a text file when it asks the importers. */
export interface TextProbe {
  path: string;
  /** The head of the file decoded as text, BOM dropped, leading white space trimmed. */
  text: string;
  /** Whether `text` is the whole file. */
  complete: boolean;
}

export interface Importer {
  format: Format;
  /** The format as a refusal names it among the formats looked for. */
  describes: string;
  /** Files of this format found in one folder are one source (Wickr's rotated retention files). */
  groupsInFolder?: boolean;
  /** The source reading a zip, when its entries are this format's. */
  fromZip?(path: string, entries: ZipEntryInfo[]): Detected | null;
  /** The source reading a text file, when its head (or, where needed, more of it) is this format's. */
  fromText?(probe: TextProbe): Promise<Detected | null> | Detected | null;
  /** For a binary file: the source reading it, or a refusal sentence for a file recognised but not read. */
  fromBinary?(path: string, head: Uint8Array): Promise<Detected | { refusal: string } | null>;
}

/** One file identified by its own SHA-256 and read by `open`. */
export function singleFile(format: Format, path: string, open: (opts: ImportOptions) => Promise<ImportStream>): Detected {
  return {
    format,
    path,
    identify: (o) =>
      sha256File(path, () => {
        if (o.isCancelled()) throw new CancelledError();
        o.progress(`hashing ${basename(path)}`, 0, 0);
      }),
    open,
  };
}

/** A Wickr archive as one source: one file named directly, or every retention file of a folder. */
export function wickrSource(archive: WickrArchive, path: string): Detected {
  let identity: WickrIdentity | null = null;
  return {
    format: 'wickr',
    path,
    // A bot writes into `…/compliance/messages`: the parent says more than `messages` alone.
    label: archive.folder ? `${basename(dirname(archive.folder))}/${basename(archive.folder)}` : basename(path),
    memberFiles: archiveFiles(archive).map((f) => f.p),
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

export const IMPORTERS: readonly Importer[] = [
  {
    format: 'ufdr',
    describes: 'Cellebrite report (.ufdr with report.xml, or a bare UFED XML report)',
    fromZip: (path, entries) => (reportEntry(entries) ? singleFile('ufdr', path, (o) => openUfdr(path, 'zip', o)) : null),
    fromText: ({ path, text }) => (looksLikeReportXml(text) ? singleFile('ufdr', path, (o) => openUfdr(path, 'xml', o)) : null),
  },
  {
    format: 'wickr',
    describes: 'Wickr data-retention JSON lines',
    groupsInFolder: true,
    fromText: ({ path, text }) => (text.startsWith('{') && looksLikeWickrRecords(text) ? wickrSource({ folder: null, messageFiles: [path], encrypted: [] }, path) : null),
  },
  {
    format: 'rsmf',
    describes: 'RSMF (.rsmf e-mail, rsmf.zip or rsmf_manifest.json)',
    fromZip: (path, entries) => (manifestEntry(entries) ? singleFile('rsmf', path, (o) => openRsmf(path, 'zip', o)) : null),
    fromText: ({ path, text, complete }) => {
      if (looksLikeRsmfEml(text)) return singleFile('rsmf', path, (o) => openRsmf(path, 'eml', o));
      if (text.startsWith('{') && looksLikeRsmfManifest(text, complete)) return singleFile('rsmf', path, (o) => openRsmf(path, 'manifest', o));
      return null;
    },
  },
  {
    format: 'forensic-csv',
    describes: 'forensic-report chat table (CSV with Cellebrite-style "Chats" columns)',
    fromText: ({ path, text }) => {
      const layout = findLayout(text);
      return layout ? singleFile('forensic-csv', path, (o) => openForensicCsv(path, layout, o)) : null;
    },
  },
  {
    format: 'whatsapp-db',
    describes: 'WhatsApp phone database (Android msgstore.db, iOS ChatStorage.sqlite)',
    fromBinary: async (path, head) => {
      const found = await deviceDbFromHead(path, head);
      return found && 'source' in found ? singleFile('whatsapp-db', path, (o) => openWhatsAppDb(path, o)) : found;
    },
  },
  {
    format: 'whatsapp',
    describes: 'WhatsApp chat export (.txt, or .zip with _chat.txt)',
    fromZip: (path, entries) => (chooseChatEntry(entries) ? singleFile('whatsapp', path, (o) => openWhatsApp(path, 'zip', o)) : null),
    fromText: async ({ path }) => ((await looksLikeWhatsApp(fileSource(path))) ? singleFile('whatsapp', path, (o) => openWhatsApp(path, 'text', o)) : null),
  },
];

/** The formats looked for, as a refusal lists them. */
export const KNOWN_FORMATS = IMPORTERS.map((i) => i.describes).join(', ');
