import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ByteSource } from '../text/lines';

/** A re-openable, read-only byte source over a file. */
export function fileSource(path: string): ByteSource {
  return async function* () {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Uint8Array;
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
