// Reads the EML layer of an .rsmf file (docs/formats.md#rsmf-eml) in one streaming pass: the top-level
// headers, the parts of the multipart body, and the base64 `rsmf.zip` attachment decoded to a
// temporary file (the evidence file is only read). Parts may nest one multipart inside another.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { readLines, type ByteSource } from '../../text/lines';

export interface EmlPart {
  contentType: string;
  /** The attachment's file name (Content-Disposition filename, else Content-Type name). */
  fileName: string | null;
  disposition: string | null;
  encoding: string;
  /** Line where the part's headers start. */
  line: number;
  /** Decoded bytes written for the zip part; encoded characters otherwise. */
  size: number;
}

export interface EmlRead {
  /** Top-level headers, unfolded; names in lower case, values as written. */
  headers: Map<string, string>;
  parts: EmlPart[];
  /** The first text/plain part (the rendition Relativity uses as extracted text), at most 1 MB. */
  text: string | null;
  /** The attachment decoded to `zipPath`, or null when there is none to decode. */
  zip: EmlPart | null;
}

/** Text of the first text/plain part kept, and of the top-level header block read; a hostile mail may be all headers. */
const TEXT_CAP_CHARS = 1 << 20;
const HEADER_CAP_CHARS = 1 << 20;
/** Multiparts nested deeper than this are read as plain parts: a mail needs a few levels, not thousands. */
const MULTIPART_DEPTH_LIMIT = 32;
/** Header lines read for one part. */
const PART_HEADER_LINES = 1000;

/** Header lines to a map: continuation lines (leading space or tab) are joined to the header before. */
export function parseHeaderBlock(lines: string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(last, headers.has(last) ? `${headers.get(last)!}, ${value}` : value);
  }
  return headers;
}

/** A parameter of a structured header (`boundary`, `name`, `filename`), quoted or not. */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const re = new RegExp(`(?:^|;)\\s*${name}\\*?\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? '';
  return raw.replace(/^utf-8''/i, '').replace(/\\(.)/g, '$1');
}

/** `text/plain; charset=…` → `text/plain`. */
export function mediaType(value: string | undefined): string {
  return (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

class Base64Sink {
  private carry = '';
  bytes = 0;
  constructor(private readonly out: WriteStream) {}
  async write(line: string): Promise<void> {
    const chars = this.carry + line.replace(/[^A-Za-z0-9+/=]/g, '');
    const usable = chars.length - (chars.length % 4);
    this.carry = chars.slice(usable);
    if (usable === 0) return;
    const buf = Buffer.from(chars.slice(0, usable), 'base64');
    this.bytes += buf.length;
    if (!this.out.write(buf)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  async end(): Promise<void> {
    if (this.carry.replace(/=/g, '').length) {
      const buf = Buffer.from(this.carry, 'base64');
      this.bytes += buf.length;
      this.out.write(buf);
    }
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

/**
 * Reads the EML. `isZipPart` chooses the part to decode (the spec names it `rsmf.zip`); it is decoded
 * into `tempDir/rsmf.zip`.
 */
export async function readEml(source: ByteSource, tempDir: string, isZipPart: (p: EmlPart) => boolean, isCancelled: () => boolean): Promise<EmlRead> {
  const topLines: string[] = [];
  let headers: Map<string, string> | null = null;
  const boundaries: string[] = [];
  const parts: EmlPart[] = [];
  let text: string | null = null;
  let zip: EmlPart | null = null;
  let mode: 'top' | 'preamble' | 'part-headers' | 'body' = 'top';
  let partLines: string[] = [];
  let current: EmlPart | null = null;
  let sink: Base64Sink | null = null;
  let textParts: string[] | null = null;
  let textSize = 0;
  let topSize = 0;

  const closePart = async () => {
    if (sink && current) {
      await sink.end();
      current.size = sink.bytes;
      sink = null;
    }
    if (textParts !== null) {
      text ??= textParts.join('');
      textParts = null;
    }
    current = null;
  };

  const bodyLine = async (line: string, end: string) => {
    if (sink) await sink.write(line);
    else if (textParts !== null) {
      if (textSize < TEXT_CAP_CHARS) {
        textParts.push(line + end);
        textSize += line.length;
      }
    } else if (current) current.size += line.length;
  };

  const boundaryOf = (line: string): { boundary: string; closing: boolean } | null => {
    if (!line.startsWith('--')) return null;
    const trimmed = line.trimEnd();
    for (let i = boundaries.length - 1; i >= 0; i--) {
      const b = boundaries[i]!;
      if (trimmed === `--${b}`) return { boundary: b, closing: false };
      if (trimmed === `--${b}--`) return { boundary: b, closing: true };
    }
    return null;
  };

  // A line over the line cap arrives in pieces; only its first piece can be a header or a boundary.
  let restOfLine = false;
  for await (const batch of readLines(source, { isCancelled, longLines: 'split' })) {
    for (const l of batch) {
      const line = l.text;
      const piece = restOfLine;
      restOfLine = l.continues === true;
      if (piece) {
        if (mode === 'body') await bodyLine(line, l.end);
        continue;
      }
      if (mode === 'top') {
        if (line === '') {
          headers = parseHeaderBlock(topLines);
          const b = headerParam(headers.get('content-type'), 'boundary');
          if (b && mediaType(headers.get('content-type')).startsWith('multipart/')) {
            boundaries.push(b);
            mode = 'preamble';
          } else {
            mode = 'body';
            textParts = mediaType(headers.get('content-type')) === 'text/plain' ? [] : null;
          }
        } else if (topSize < HEADER_CAP_CHARS) {
          topLines.push(line);
          topSize += line.length;
        }
        continue;
      }
      const b = boundaries.length ? boundaryOf(line) : null;
      if (b) {
        await closePart();
        if (b.closing) {
          boundaries.splice(boundaries.indexOf(b.boundary));
          mode = 'preamble';
        } else {
          boundaries.splice(boundaries.indexOf(b.boundary) + 1);
          mode = 'part-headers';
          partLines = [];
          current = { contentType: '', fileName: null, disposition: null, encoding: '7bit', line: l.no + 1, size: 0 };
        }
        continue;
      }
      if (mode === 'part-headers') {
        if (line !== '') {
          if (partLines.length < PART_HEADER_LINES) partLines.push(line);
          continue;
        }
        const h = parseHeaderBlock(partLines);
        const part = current!;
        part.contentType = mediaType(h.get('content-type'));
        part.disposition = h.get('content-disposition')?.split(';')[0]!.trim().toLowerCase() ?? null;
        part.fileName = headerParam(h.get('content-disposition'), 'filename') ?? headerParam(h.get('content-type'), 'name');
        part.encoding = (h.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
        const nested = headerParam(h.get('content-type'), 'boundary');
        if (part.contentType.startsWith('multipart/') && nested && boundaries.length < MULTIPART_DEPTH_LIMIT) {
          boundaries.push(nested);
          current = null;
          mode = 'preamble';
          continue;
        }
        parts.push(part);
        mode = 'body';
        if (!zip && part.encoding === 'base64' && isZipPart(part)) {
          zip = part;
          sink = new Base64Sink(createWriteStream(join(tempDir, 'rsmf.zip'), { flags: 'wx' }));
        } else if (part.contentType === 'text/plain' && part.disposition !== 'attachment' && text === null) {
          textParts = [];
        }
        continue;
      }
      if (mode === 'body') await bodyLine(line, l.end);
    }
  }
  await closePart();
  return { headers: headers ?? parseHeaderBlock(topLines), parts, text, zip };
}
