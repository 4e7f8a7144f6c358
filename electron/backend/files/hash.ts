import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export async function sha256Stream(stream: Readable, onBytes?: (n: number) => void): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Uint8Array);
    size += (chunk as Uint8Array).length;
    onBytes?.((chunk as Uint8Array).length);
  }
  return { sha256: hash.digest('hex'), size };
}

export function sha256File(path: string, onBytes?: (n: number) => void): Promise<{ sha256: string; size: number }> {
  return sha256Stream(createReadStream(path, { highWaterMark: 1 << 20 }), onBytes);
}
