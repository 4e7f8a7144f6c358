// Opens an attachment for viewing inside the app, read-only, from the file or zip entry it lives in.
// Only images, audio and video are served, and never as a type a browser would run (no HTML, no SVG):
// evidence is content to look at, not code to execute in the viewer's origin.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { openZipEntry } from './zip';

/** Where an attachment's bytes are: a plain file, or an entry inside a zip container. */
export interface AttachmentLocation {
  attachmentId: number;
  name: string;
  containerPath: string;
  /** The zip entry, or null when containerPath is the file itself. */
  entry: string | null;
  size: number;
}

const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.3gp': 'video/3gpp',
  '.webm': 'video/webm',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
};

export function mediaTypeOf(name: string): string | null {
  return MEDIA_TYPES[extname(name).toLowerCase()] ?? null;
}

export interface ByteRange {
  start: number;
  end: number;
}

/** Parses a single `bytes=a-b` range against a size; null for none or an unsatisfiable one. */
export function parseRange(header: string | null | undefined, size: number): ByteRange | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

/** Passes through only bytes start..end of a stream (zip entries cannot seek when compressed). */
function slice(range: ByteRange): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const from = Math.max(range.start - offset, 0);
      const to = Math.min(range.end + 1 - offset, chunk.length);
      offset += chunk.length;
      done(null, from < to ? chunk.subarray(from, to) : undefined);
    },
  });
}

export async function openMedia(location: AttachmentLocation, range: ByteRange | null): Promise<Readable> {
  if (location.entry === null) {
    return createReadStream(location.containerPath, range ? { start: range.start, end: range.end } : {});
  }
  const whole = await openZipEntry(location.containerPath, location.entry);
  if (!range) return whole;
  const out = new PassThrough();
  whole.pipe(slice(range)).pipe(out);
  return out;
}
