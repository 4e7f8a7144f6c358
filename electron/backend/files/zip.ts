// Read-only access to zip containers (WhatsApp with-media exports, RSMF zips). Entries are streamed,
// never extracted to disk, so the evidence is read exactly as it is. A seized zip is untrusted: names
// that would escape a folder, symlink entries, repeated names, entries that cannot be read and a
// central directory that breaks off are each reported on the entries concerned, and every other entry
// is still read (docs/security.md).
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ImportWarning } from '../../../shared/model';
import { BadInputError, CancelledError } from '../importers/types';
import { WarningList } from '../importers/warnings';
import type { ByteSource } from '../text/lines';

export interface ZipEntryInfo {
  name: string;
  /** Uncompressed size as the central directory declares it (reading checks it). */
  size: number;
  compressedSize: number;
  /** Position among the archive's file entries, 0-based. */
  index: number;
  /** A Unix symlink entry: its content is a link target, never followed. */
  symlink: boolean;
  /** Why the name would be unsafe to extract (absolute, `..`, a drive letter), or null. */
  unsafe: string | null;
}

export interface ZipListing {
  entries: ZipEntryInfo[];
  /** Folder entries (no content) whose names would be unsafe to extract, with why. */
  unsafeFolders: { name: string; why: string }[];
  /** Why the central directory could not be read to its end, or null when it was. */
  damage: string | null;
}

/** An uncompressed size this many times the compressed one is reported (a decompression bomb reads slowly). */
const BOMB_RATIO = 1000;
const BOMB_MIN_BYTES = 64 << 20;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false, so an unsafe name is an entry to report rather than an error for the whole archive.
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('cannot open zip')) : resolve(zip),
    );
  });
}

/** Opens a zip, or says in one sentence why it is not one. */
async function openOrRefuse(path: string, label: string): Promise<yauzl.ZipFile> {
  try {
    return await openZip(path);
  } catch (e) {
    throw new BadInputError(`${label} is a damaged or truncated zip archive (${(e as Error).message}).`);
  }
}

/**
 * An entry's name, decoded (UTF-8 or CP437, as the entry says), with control characters written as
 * `\uXXXX`: a name is shown in one-line sentences, and a line break in it would forge another line.
 */
function nameOf(e: yauzl.Entry): string {
  const raw = e.fileName as unknown as Buffer;
  const name = yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, raw, e.extraFields, false);
  return [...name].map((c) => (c < ' ' || c === '\u007f' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
}

const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function infoOf(e: yauzl.Entry, name: string, index: number): ZipEntryInfo {
  const symlink = e.versionMadeBy >> 8 === UNIX && ((e.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
  return { name, size: e.uncompressedSize, compressedSize: e.compressedSize, index, symlink, unsafe: yauzl.validateFileName(name) };
}

/** A folder entry: a name ending in `/` and nothing in it (a "folder" with content is read as a file). */
const isFolder = (e: yauzl.Entry, name: string) => name.endsWith('/') && e.uncompressedSize === 0;

/**
 * Visits every file entry in directory order (folders go to `folder`). Resolves with the reason the
 * directory broke off (or null); a visitor's own error rejects.
 */
async function eachEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry, info: ZipEntryInfo) => Promise<boolean | void>, folder?: (name: string) => void): Promise<string | null> {
  let index = 0;
  return new Promise<string | null>((resolve, reject) => {
    zip.on('error', (err: Error) => resolve(err.message));
    zip.on('end', () => resolve(null));
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = nameOf(entry);
      if (isFolder(entry, name)) {
        folder?.(name);
        return zip.readEntry();
      }
      visit(entry, infoOf(entry, name, index++)).then((stop) => (stop ? resolve(null) : zip.readEntry()), reject);
    });
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('cannot read entry')) : resolve(stream)));
  });
}

/** Every file entry of the archive, as far as its central directory can be read. */
export async function listZip(path: string, label = path): Promise<ZipListing> {
  const zip = await openOrRefuse(path, label);
  try {
    const entries: ZipEntryInfo[] = [];
    const unsafeFolders: ZipListing['unsafeFolders'] = [];
    const damage = await eachEntry(
      zip,
      async (_e, info) => {
        entries.push(info);
      },
      (name) => {
        const why = yauzl.validateFileName(name);
        if (why) unsafeFolders.push({ name, why });
      },
    );
    return { entries, unsafeFolders, damage };
  } finally {
    zip.close();
  }
}

/**
 * One entry as a stream, named by its position (ZipEntryInfo.index) or by its name (the first entry of
 * that name); the archive closes when the stream ends.
 */
export async function openZipEntry(path: string, which: string | number): Promise<Readable> {
  const zip = await openZip(path);
  let stream: Readable | null = null;
  try {
    await eachEntry(zip, async (e, info) => {
      if (typeof which === 'number' ? info.index !== which : info.name !== which) return false;
      stream = await entryStream(zip, e);
      return true;
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  if (!stream) {
    zip.close();
    throw new Error(`the entry ${which} is not in the archive`);
  }
  const found = stream as Readable;
  found.once('close', () => zip.close());
  return found;
}

/**
 * A re-openable byte source for one entry, as the line reader wants it. An entry whose data cannot be
 * read (damaged compressed data, a size not as declared) ends it with a BadInputError naming `label`.
 */
export function zipEntrySource(path: string, which: string | number, label: string): ByteSource {
  return async function* () {
    let stream: Readable;
    try {
      stream = await openZipEntry(path, which);
    } catch (e) {
      throw new BadInputError(`${label} cannot be read from the zip archive (${(e as Error).message}).`);
    }
    const chunks = stream[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = await chunks.next();
        } catch (e) {
          throw new BadInputError(`${label} cannot be read to its end: the zip archive's data for it is damaged (${(e as Error).message}).`);
        }
        if (next.done) return;
        yield next.value as Uint8Array;
      }
    } finally {
      // Also when the reader stops early: destroying the stream closes the archive.
      stream.destroy();
    }
  };
}

/**
 * Streams every entry accepted by `want` once, handing its bytes to `consume`. An entry that cannot be
 * read (an unsupported method, encrypted, its size not as declared) goes to `unreadable` and the
 * other entries are still read; cancelling and bad input stop the whole read.
 */
export async function readEntries(
  path: string,
  want: (entry: ZipEntryInfo) => boolean,
  consume: (entry: ZipEntryInfo, stream: Readable) => Promise<void>,
  unreadable: (entry: ZipEntryInfo, why: string) => void,
): Promise<void> {
  const zip = await openZip(path);
  try {
    await eachEntry(zip, async (e, info) => {
      if (!want(info)) return;
      try {
        await consume(info, await entryStream(zip, e));
      } catch (err) {
        if (err instanceof CancelledError || err instanceof BadInputError) throw err;
        unreadable(info, (err as Error).message);
      }
    });
  } finally {
    zip.close();
  }
}

export function isZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06);
}

/** Member path of an entry, as sources record their files: `<container>!<entry>`, `#n` added to a repeated name. */
export function memberPath(container: string, entry: ZipEntryInfo, repeated: boolean): string {
  return `${container}!${entry.name}${repeated ? `#${entry.index + 1}` : ''}`;
}

/** The warning on an entry that cannot be read: the rest of the archive still is. */
export function unreadableEntry(label: string, entry: ZipEntryInfo, why: string): string {
  return `${label}: entry ${entry.index + 1} '${entry.name}' cannot be read (${why}); it is listed but not hashed, and the rest of the archive is read.`;
}

/** Names that occur on more than one entry, with how many entries share each. */
export function repeatedNames(entries: ZipEntryInfo[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  for (const [name, n] of counts) if (n === 1) counts.delete(name);
  return counts;
}

/**
 * The warnings an archive's listing calls for, one per entry concerned: a repeated name, a symlink
 * entry, a name unsafe to extract, a very high compression ratio, and a directory that breaks off.
 */
export function listingWarnings(label: string, listing: ZipListing): ImportWarning[] {
  const out = new WarningList();
  const repeated = repeatedNames(listing.entries);
  const at = (e: ZipEntryInfo) => `${label}: entry ${e.index + 1} '${e.name}'`;
  for (const e of listing.entries) {
    const count = repeated.get(e.name);
    if (count) {
      out.add(null, 'zip_repeated_name', `${at(e)} has a name ${count} entries of the archive share; each is recorded as its own member (#${e.index + 1}), and a message naming the file links to the first.`);
    }
    if (e.symlink) out.add(null, 'zip_symlink_entry', `${at(e)} is a symbolic link, not a file; its link target is recorded as its content and never followed.`);
    if (e.unsafe) out.add(null, 'zip_unsafe_name', `${at(e)} has a name that would write outside a folder if extracted (${e.unsafe}); Threadline never extracts, so it is read in place and recorded as named.`);
    if (e.size >= BOMB_MIN_BYTES && e.size > BOMB_RATIO * Math.max(e.compressedSize, 1)) {
      out.add(null, 'zip_high_ratio', `${at(e)} expands ${e.compressedSize} bytes to ${e.size} (more than ${BOMB_RATIO} times); it is read as a stream, line lengths capped.`);
    }
  }
  for (const f of listing.unsafeFolders) {
    out.add(null, 'zip_unsafe_name', `${label}: the folder entry '${f.name}' has a name that would write outside a folder if extracted (${f.why}); Threadline never extracts, so it is only recorded here.`);
  }
  if (listing.damage) {
    out.add(null, 'zip_directory_damaged', `${label}: the archive's directory breaks off after ${listing.entries.length} entr${listing.entries.length === 1 ? 'y' : 'ies'} (${listing.damage}); those entries are read, any after them are not.`);
  }
  return out.finish(label);
}
