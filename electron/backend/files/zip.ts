// Read-only access to zip containers (WhatsApp with-media exports, later RSMF zips). Entries are
// streamed, never extracted to disk, so the evidence is read exactly as it is.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ByteSource } from '../text/lines';

export interface ZipEntryInfo {
  name: string;
  size: number;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('cannot open zip')) : resolve(zip),
    );
  });
}

async function eachEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry) => Promise<boolean | void>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      visit(entry).then(
        (stop) => (stop ? resolve() : zip.readEntry()),
        reject,
      );
    });
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('cannot read entry')) : resolve(stream)));
  });
}

export async function listZip(path: string): Promise<ZipEntryInfo[]> {
  const zip = await openZip(path);
  try {
    const entries: ZipEntryInfo[] = [];
    await eachEntry(zip, async (e) => {
      if (!e.fileName.endsWith('/')) entries.push({ name: e.fileName, size: e.uncompressedSize });
    });
    return entries;
  } finally {
    zip.close();
  }
}

/** One entry as a stream; the archive closes when the stream ends. */
export async function openZipEntry(path: string, name: string): Promise<Readable> {
  const zip = await openZip(path);
  let stream: Readable | null = null;
  try {
    await eachEntry(zip, async (e) => {
      if (e.fileName !== name) return false;
      stream = await entryStream(zip, e);
      return true;
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  if (!stream) {
    zip.close();
    throw new Error(`the entry ${name} is not in the archive`);
  }
  const found = stream as Readable;
  found.once('close', () => zip.close());
  return found;
}

/** A re-openable byte source for one entry, as the line reader wants it. */
export function zipEntrySource(path: string, name: string): ByteSource {
  return async function* () {
    // Leaving the loop early destroys the stream, which closes the archive.
    for await (const chunk of await openZipEntry(path, name)) yield chunk as Uint8Array;
  };
}

/** Streams every entry accepted by `want` once, handing its bytes to `consume`. */
export async function readEntries(
  path: string,
  want: (name: string) => boolean,
  consume: (entry: ZipEntryInfo, stream: Readable) => Promise<void>,
): Promise<void> {
  const zip = await openZip(path);
  try {
    await eachEntry(zip, async (e) => {
      if (e.fileName.endsWith('/') || !want(e.fileName)) return;
      await consume({ name: e.fileName, size: e.uncompressedSize }, await entryStream(zip, e));
    });
  } finally {
    zip.close();
  }
}

export function isZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05) && (head[3] === 0x04 || head[3] === 0x06);
}
