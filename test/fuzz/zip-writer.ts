// Zips for hostile-input tests: the project's zip writer (any entry name, symlink entries, stored or
// deflated data), and deflate streams built chunk by chunk so that an entry can expand to hundreds of
// megabytes from a few hundred kilobytes without the test holding it.
import { crc32, constants } from 'node:zlib';
import { createDeflateRaw } from 'node:zlib';

export { zipBytes as zipOf, type ZipEntrySpec } from '../../electron/backend/files/zip-writer';

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
