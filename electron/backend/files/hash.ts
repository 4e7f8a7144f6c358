import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
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

/** Bytes hashed per read: one buffer, reused, so that hashing a large file leaves no garbage behind. */
const HASH_CHUNK_BYTES = 1 << 20;

export async function sha256File(path: string, onBytes?: (n: number) => void): Promise<{ sha256: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      hash.update(chunk.subarray(0, bytesRead));
      size += bytesRead;
      onBytes?.(bytesRead);
    }
    return { sha256: hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
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

/** The stamps of the files a source is read from: the file itself, or each member of a folder source. */
export type SourceStamp = readonly { path: string; stamp: FileStamp | null }[];

export async function sourceStamp(files: readonly string[]): Promise<SourceStamp> {
  return Promise.all(files.map(async (path) => ({ path, stamp: await fileStamp(path) })));
}

export interface Fingerprint {
  sha256: string;
  /** Taken before the hash was computed. */
  stamp: SourceStamp;
}

function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return (['size', 'ino', 'mtimeNs', 'ctimeNs'] as const).every((k) => a[k] === b[k]);
}

/**
 * Whether a source moved since `before` was taken: hashed again (`rehash`, the same function that
 * identified it) and each of its files' stamps compared, which catches a change that was put back.
 */
export async function changedSince(before: Fingerprint, rehash: () => Promise<{ sha256: string }>): Promise<boolean> {
  if ((await rehash()).sha256 !== before.sha256) return true;
  const now = await sourceStamp(before.stamp.map((member) => member.path));
  return before.stamp.some((member, i) => !sameStamp(member.stamp, now[i]!.stamp));
}
