import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/**
 * What the file system says about a file's last change. Its status-change time (ctime) moves on every
 * write and cannot be set back by ordinary tools, so a file changed and then put back still differs.
 */
export interface FileStamp {
  size: bigint;
  ino: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/** The stamp of a regular file; null for a folder or a missing path. */
export async function fileStamp(path: string): Promise<FileStamp | null> {
  const info = await stat(path, { bigint: true }).catch(() => null);
  return info?.isFile() ? { size: info.size, ino: info.ino, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs } : null;
}

export interface Fingerprint {
  sha256: string;
  /** Taken before the hash was computed; null for a folder source (its members are re-hashed instead). */
  stamp: FileStamp | null;
}

/**
 * Whether a source moved since `before` was taken: hashed again (`rehash`, the same function that
 * identified it) and, for a file, its stamp compared, which catches a change that was put back.
 */
export async function changedSince(path: string, before: Fingerprint, rehash: () => Promise<{ sha256: string }>): Promise<boolean> {
  if ((await rehash()).sha256 !== before.sha256) return true;
  if (before.stamp === null) return false;
  const now = await fileStamp(path);
  return now === null || (['size', 'ino', 'mtimeNs', 'ctimeNs'] as const).some((k) => now[k] !== before.stamp![k]);
}
