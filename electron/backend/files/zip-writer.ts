// The one zip writer: the RSMF zip a production builds, and the zips the tests build (hostile names,
// symlink entries, entries compressed elsewhere), held in memory; and zips streamed to a file, for a
// benchmark's report too large to hold. Names in UTF-8, with no zip64 (a short-message document stays
// far below 4 GB). Reading zips is files/zip.ts.
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data?: Uint8Array | string;
  /** Deflate the data; otherwise it is stored. */
  deflate?: boolean;
  /** A Unix symbolic-link entry whose content (`data`) is the link's target. */
  symlink?: boolean;
  /** Data already deflated, with its CRC and expanded size (an entry too large to hold expanded). */
  precompressed?: { bytes: Uint8Array; crc: number; size: number };
}

/** A fixed date (1980-01-01) keeps the same entries producing the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const UNIX_SYMLINK_MODE = (0o120777 << 16) >>> 0;
const STORED = 0;
const DEFLATED = 8;

interface EntryHeader {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Where the entry's local header starts in the archive. */
  offset: number;
  symlink?: boolean;
}

/** The fields the local header and the central directory share, in the same order, from `at`. */
function writeEntryFields(header: Buffer, at: number, e: EntryHeader): void {
  header.writeUInt16LE(e.method, at);
  header.writeUInt16LE(DOS_TIME, at + 2);
  header.writeUInt16LE(DOS_DATE, at + 4);
  header.writeUInt32LE(e.crc, at + 6);
  header.writeUInt32LE(e.compressed, at + 10);
  header.writeUInt32LE(e.size, at + 14);
  header.writeUInt16LE(e.name.length, at + 18);
}

function localHeader(e: EntryHeader): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_NAMES, 6);
  writeEntryFields(local, 8, e);
  return Buffer.concat([local, e.name]);
}

function centralHeader(e: EntryHeader): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(e.symlink ? 0x0314 : 20, 4); // made by Unix, so the mode bits below are read
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(UTF8_NAMES, 8);
  writeEntryFields(central, 10, e);
  if (e.symlink) central.writeUInt32LE(UNIX_SYMLINK_MODE, 38);
  central.writeUInt32LE(e.offset, 42);
  return Buffer.concat([central, e.name]);
}

/** The central directory of `entries`, starting at `offset`, and the record that ends the archive. */
function directoryAndEnd(entries: readonly EntryHeader[], offset: number): Buffer {
  const directory = Buffer.concat(entries.map(centralHeader));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([directory, end]);
}

export function zipBytes(entries: readonly ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const headers: EntryHeader[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const body = e.precompressed?.bytes ?? (e.deflate ? deflateRawSync(raw) : raw);
    const header: EntryHeader = {
      name: Buffer.from(e.name, 'utf8'),
      method: e.precompressed || e.deflate ? DEFLATED : STORED,
      crc: e.precompressed?.crc ?? crc32(raw),
      compressed: body.length,
      size: e.precompressed?.size ?? raw.length,
      offset,
      symlink: e.symlink,
    };
    const local = localHeader(header);
    parts.push(local, Buffer.from(body));
    headers.push(header);
    offset += local.length + body.length;
  }
  return Buffer.concat([...parts, directoryAndEnd(headers, offset)]);
}

/** What a streamed entry's parts are gathered into before deflating: a stream step per small part costs more than the deflating. */
const PIECE_BYTES = 1 << 16;

/** The parts gathered into pieces of about PIECE_BYTES, counted into `header` as they pass. */
function* counted(parts: Iterable<Uint8Array>, header: EntryHeader): Generator<Buffer> {
  let gathered: Uint8Array[] = [];
  let length = 0;
  for (const part of parts) {
    header.crc = crc32(part, header.crc);
    header.size += part.length;
    gathered.push(part);
    length += part.length;
    if (length >= PIECE_BYTES) {
      yield Buffer.concat(gathered, length);
      gathered = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.concat(gathered, length);
}

/**
 * Writes a zip to `path` whose entries are deflated as their parts arrive, so that an entry far
 * larger than memory (a benchmark's report of gigabytes) is never held: each local header is written
 * again once its sizes are known. Returns each entry's expanded size.
 */
export async function writeZipStreamed(path: string, entries: Iterable<{ name: string; parts: Iterable<Uint8Array> }>): Promise<number[]> {
  const file = await open(path, 'w');
  try {
    const headers: EntryHeader[] = [];
    let offset = 0;
    for (const { name, parts } of entries) {
      const header: EntryHeader = { name: Buffer.from(name, 'utf8'), method: DEFLATED, crc: 0, compressed: 0, size: 0, offset };
      const headerLength = localHeader(header).length;
      let at = offset + headerLength;
      await pipeline(
        counted(parts, header),
        createDeflateRaw(),
        async (compressed: AsyncIterable<Buffer>) => {
          for await (const chunk of compressed) {
            await file.write(chunk, 0, chunk.length, at);
            at += chunk.length;
          }
        },
      );
      header.compressed = at - offset - headerLength;
      if (header.size >= 2 ** 32 || at >= 2 ** 32) throw new Error(`${path} would pass 4 GB, and the zip writer writes no zip64.`);
      await file.write(localHeader(header), 0, headerLength, offset);
      headers.push(header);
      offset = at;
    }
    await file.write(directoryAndEnd(headers, offset), 0, undefined, offset);
    return headers.map((h) => h.size);
  } finally {
    await file.close();
  }
}
