import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ByteSource } from '../text/lines';

/**
 * Bytes an importer reads, maps and writes as one batch of records. A batch's records and what making
 * and writing them allocates then die young, within the collector's new space; batches of 1 MB outlived
 * it, and the heap grew to hold the copies (about 60 MB more at the peak of a large Wickr import).
 */
export const RECORD_BATCH_BYTES = 256 * 1024;

/** A re-openable, read-only byte source over a file, read `chunkBytes` at a time. */
export function fileSource(path: string, chunkBytes = 1 << 20): ByteSource {
  return async function* () {
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) yield chunk as Uint8Array;
  };
}

export async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Bytes read around each span asked for: spans asked for in file order are mostly served from it. */
const SPAN_WINDOW_BYTES = 16 * 1024;

export interface SpanFile {
  /** The bytes from `start` to `end` of the file, valid until the next call. */
  read(start: number, end: number): Buffer;
  close(): void;
}

/**
 * Positioned reads of a file through one small window, for a reader that goes back to parts of a large
 * file instead of keeping all of it in memory. A span past the end of the file comes back short.
 */
export function spanFile(path: string): SpanFile {
  const fd = openSync(path, 'r');
  let window = Buffer.allocUnsafe(SPAN_WINDOW_BYTES);
  let windowStart = 0;
  let windowLength = 0;
  return {
    read(start, end) {
      if (start < windowStart || end > windowStart + windowLength) {
        if (end - start > window.length) window = Buffer.allocUnsafe(end - start);
        windowStart = start;
        windowLength = readSync(fd, window, 0, window.length, start);
      }
      return window.subarray(start - windowStart, Math.min(end, windowStart + windowLength) - windowStart);
    },
    close: () => closeSync(fd),
  };
}
