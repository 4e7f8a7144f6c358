// A small zip writer for hostile-input tests: any entry name (absolute, `..`, repeated), symlink
// entries, deflated or stored data, and deflate streams built chunk by chunk so that an entry can
// expand to hundreds of megabytes from a few hundred kilobytes without the test holding it.
import { crc32, deflateRawSync, constants } from 'node:zlib';
import { createDeflateRaw } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data?: Buffer | string;
  /** Deflate the data (default: stored). */
  deflate?: boolean;
  /** A Unix symlink entry whose content (`data`) is the link target. */
  symlink?: boolean;
  /** Data already compressed, with its CRC and uncompressed size (for entries too large to hold). */
  precompressed?: { bytes: Buffer; crc: number; size: number };
}

export function zipOf(entries: ZipEntrySpec[]): Buffer {
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
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.symlink ? 0x0314 : 20, 4); // made by: Unix, for a symlink's mode bits
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    if (e.symlink) central.writeUInt32LE((0o120777 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
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

/**
 * Deflates the parts in order, feeding the compressor one part at a time: the expanded bytes are never
 * held at once.
 */
export async function deflateParts(parts: Iterable<Buffer>): Promise<{ bytes: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = (b: Buffer) => (deflate.write(b) ? Promise.resolve() : new Promise<void>((r) => deflate.once('drain', () => r())));
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.length;
    await write(part);
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(out), crc, size };
}

/** Deflates `head`, then `repeat` copies of `block`, then `tail` (deflateParts). */
export function deflateRepeated(head: Buffer, block: Buffer, repeat: number, tail: Buffer): Promise<{ bytes: Buffer; crc: number; size: number }> {
  return deflateParts(
    (function* () {
      yield head;
      for (let i = 0; i < repeat; i++) yield block;
      yield tail;
    })(),
  );
}
