// Streams a text file as lines without ever holding the whole file: decodes UTF-8, or UTF-16 when a
// BOM says so, splits on CRLF, LF or CR, and keeps each line's own terminator so that bodies can be
// stored byte-exact (spec/whatsapp.md §1.3, §9.2).

export interface Line {
  /** 1-based line number. */
  no: number;
  text: string;
  /** The terminator that ended this line in the file: '\r\n', '\n', '\r', or '' for the last line. */
  end: string;
}

export type ByteSource = () => AsyncIterable<Uint8Array>;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/**
 * Yields lines in batches (one batch per decoded chunk) so that callers pay one await per chunk,
 * not per line. The BOM is reported, not returned as text.
 */
export async function* readLines(
  source: ByteSource,
  onEncoding?: (encoding: TextEncodingName, hadBom: boolean) => void,
): AsyncGenerator<Line[]> {
  let decoder: TextDecoder | null = null;
  let pending = '';
  let no = 0;
  for await (const chunk of source()) {
    let bytes = chunk;
    if (!decoder) {
      const { encoding, bomBytes } = sniffEncoding(bytes);
      onEncoding?.(encoding, bomBytes > 0);
      // fatal: false keeps undecodable bytes visible as U+FFFD instead of aborting an import.
      decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
      bytes = bytes.subarray(bomBytes);
    }
    const text = pending + decoder.decode(bytes, { stream: true });
    const batch: Line[] = [];
    const breaks = new BreakFinder(text);
    let start = 0;
    for (;;) {
      const nl = breaks.next(start);
      if (nl < 0) break;
      const ch = text.charCodeAt(nl);
      if (ch === 13 && nl + 1 === text.length) break; // a CR at the chunk end may be the first half of CRLF
      const end = ch === 13 && text.charCodeAt(nl + 1) === 10 ? '\r\n' : ch === 13 ? '\r' : '\n';
      batch.push({ no: ++no, text: text.slice(start, nl), end });
      start = nl + end.length;
    }
    pending = text.slice(start);
    if (batch.length) yield batch;
  }
  const tail = pending + (decoder ? decoder.decode() : '');
  if (tail.length) {
    const batch: Line[] = [];
    const breaks = new BreakFinder(tail);
    let start = 0;
    for (;;) {
      const nl = breaks.next(start);
      if (nl < 0) break;
      const end = tail.charCodeAt(nl) === 13 && tail.charCodeAt(nl + 1) === 10 ? '\r\n' : tail[nl]!;
      batch.push({ no: ++no, text: tail.slice(start, nl), end });
      start = nl + end.length;
    }
    // A final terminator does not start a new line (corpus expected.json counts lines this way).
    if (start < tail.length) batch.push({ no: ++no, text: tail.slice(start), end: '' });
    if (batch.length) yield batch;
  }
}

/**
 * Finds line breaks left to right. Remembers where the next CR and LF are, so a file with only LF
 * (or only CR) is not rescanned to the end of the chunk for the missing kind on every line.
 */
class BreakFinder {
  private lf = -2;
  private cr = -2;
  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.cr < 0) return this.lf;
    if (this.lf < 0) return this.cr;
    return Math.min(this.lf, this.cr);
  }
}
