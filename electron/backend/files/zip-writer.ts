// The one zip writer: the RSMF zip a production builds, and the zips the tests build (hostile names,
// symlink entries, entries compressed elsewhere). Entries are held in memory, names in UTF-8, with no
// zip64 (a short-message document stays far below 4 GB). Reading zips is files/zip.ts.
import { crc32, deflateRawSync } from 'node:zlib';

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

export function zipBytes(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const method = e.precompressed || e.deflate ? 8 : 0;
    const body = e.precompressed?.bytes ?? (e.deflate ? deflateRawSync(raw) : raw);
    const crc = e.precompressed?.crc ?? crc32(raw);
    const size = e.precompressed?.size ?? raw.length;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.symlink ? 0x0314 : 20, 4); // made by Unix, so the mode bits below are read
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    if (e.symlink) central.writeUInt32LE(UNIX_SYMLINK_MODE, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
