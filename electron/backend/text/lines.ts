// Streams a text file as lines without ever holding the whole file: decodes UTF-8, or UTF-16 (by its
// BOM, or without one by the pattern of its NUL bytes), splits on CRLF, CR CR LF, LF or CR, and keeps each
// line's own terminator so that bodies can be stored byte-exact (docs/formats.md).
//
// Hostile input is bounded here, once for every reader (docs/security.md): lines are split on bytes
// and each line's pieces are joined once, so a long line costs time linear in its length; a line is
// kept up to a cap and the rest is kept by reference (its byte offset and length in the source);
// cancel is consulted on every chunk read, newline or not; bytes that are not valid in the encoding
// are reported with their line, and the line's bytes are handed to the reader as they were.
import { isUtf8 } from 'node:buffer';
import { CancelledError } from '../importers/types';

export interface Line {
  /** 1-based line number. */
  no: number;
  text: string;
  /** The terminator that ended this line in the file: '\r\n', '\r\r\n', '\n', '\r', or '' for the last line. */
  end: string;
  /** Byte offset of the line's first byte in the source (a BOM counts). */
  offset: number;
  /** The line's length in bytes in the source, its terminator left out. */
  bytes: number;
  /** The line is longer than the cap: `text` holds its start and a note saying where the whole line is. */
  truncated?: boolean;
  /** A piece of a line longer than the cap, read with `longLines: 'split'`; more of the line follows. */
  continues?: boolean;
  /** The line's bytes as read (at most the cap), present only when they are not valid in the encoding. */
  invalid?: Uint8Array;
}

export type ByteSource = () => AsyncIterable<Uint8Array>;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A line's bytes kept as text; longer lines are kept by reference beyond this. */
export const LINE_CAP_BYTES = 1 << 20;

/** Bytes looked at to recognise UTF-16 without a BOM. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, recognised by where its NUL bytes fall: text with ASCII in it (digits,
 * punctuation, line breaks) has a NUL in the high byte of every such character, so on one side of each
 * byte pair, beside a printable byte; UTF-8 text has no NUL at all, and binary data has them anywhere.
 */
function utf16ByNulBytes(head: Uint8Array): TextEncodingName | null {
  const n = Math.min(head.length, SNIFF_BYTES) & ~1;
  const pairs = n / 2;
  if (pairs < 4) return null;
  const printable = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
  let evenNul = 0;
  let oddNul = 0;
  let evenText = 0;
  let oddText = 0;
  for (let i = 0; i < n; i += 2) {
    const [a, b] = [head[i]!, head[i + 1]!];
    if (a === 0) {
      evenNul++;
      if (printable(b)) evenText++;
    }
    if (b === 0) {
      oddNul++;
      if (printable(a)) oddText++;
    }
  }
  const side = (nul: number, text: number, other: number) => nul >= pairs / 4 && text >= nul * 0.9 && other <= pairs / 50;
  if (side(oddNul, oddText, evenNul)) return 'utf-16le';
  if (side(evenNul, evenText, oddNul)) return 'utf-16be';
  return null;
}

export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: utf16ByNulBytes(head) ?? 'utf-8', bomBytes: 0 };
}

export interface ReadLinesOptions {
  onEncoding?(encoding: TextEncodingName, hadBom: boolean): void;
  /** Consulted on every chunk read; a true answer ends the read with a CancelledError. */
  isCancelled?(): boolean;
  /** Receives one warning per truncated line and per line with invalid bytes, naming `label` and the line. */
  warn?(line: number, code: string, message: string): void;
  /** The file as warnings and truncation notes name it. */
  label?: string;
  /** Bytes of a line kept as text (default LINE_CAP_BYTES). */
  capBytes?: number;
  /**
   * 'truncate' (the default) keeps a long line's start and its place in the source; 'split' hands it
   * over in pieces of at most the cap (`continues` on every piece but the last), for readers that
   * stream a line's content on (a base64 body written to a file).
   */
  longLines?: 'truncate' | 'split';
}

/** The note that ends the text kept of a truncated line: where the whole line is in the source. */
export function truncationNote(label: string, offset: number, bytes: number, kept: number): string {
  // No comma, semicolon, tab or quote: the note must not split a CSV line into further cells.
  return ` [… line truncated by Threadline: its first ${kept} of ${bytes} bytes are kept as text - the whole line is ${bytes} bytes at byte offset ${offset} of ${label}]`;
}

/** A record read from bytes that are not valid text: the text as decoded, and the bytes as read (base64). */
export function withSourceBytes(text: string, bytes: Uint8Array): string {
  return JSON.stringify({ text, invalidBytes: true, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') });
}

/** How many leading bytes of `bytes` end on a character boundary (a cut line must not split a character). */
function wholeCharacters(bytes: Uint8Array, encoding: TextEncodingName): number {
  const n = bytes.length;
  if (encoding === 'utf-8') {
    let i = n - 1;
    while (i >= 0 && i > n - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
    if (i < 0) return n;
    const lead = bytes[i]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return i + need > n ? i : n;
  }
  const even = n & ~1;
  if (even < 2) return even;
  const high = encoding === 'utf-16le' ? bytes[even - 1]! : bytes[even - 2]!;
  return high >= 0xd8 && high <= 0xdb ? even - 2 : even;
}

/** Finds line breaks in one buffer, left to right, remembering the next CR and the next LF. */
class BreakFinder {
  private lf = -2;
  private cr = -2;
  constructor(
    private readonly buf: Buffer,
    private readonly encoding: TextEncodingName,
  ) {}

  /** The index of the next break's first byte at or after `from`, or -1. */
  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.find(0x0a, from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.find(0x0d, from);
    if (this.cr < 0) return this.lf;
    if (this.lf < 0) return this.cr;
    return Math.min(this.lf, this.cr);
  }

  /** Whether the code unit at `at` is LF. */
  isLf(at: number): boolean {
    if (this.encoding === 'utf-8') return this.buf[at] === 0x0a;
    return this.encoding === 'utf-16le' ? this.buf[at] === 0x0a && this.buf[at + 1] === 0 : this.buf[at] === 0 && this.buf[at + 1] === 0x0a;
  }

  private find(code: number, from: number): number {
    if (this.encoding === 'utf-8') return this.buf.indexOf(code, from);
    // A UTF-16 unit is two bytes at an even index; the byte found may be half of another character.
    const codeByte = this.encoding === 'utf-16le' ? 0 : 1;
    for (let i = this.buf.indexOf(code, from + codeByte); i >= 0; i = this.buf.indexOf(code, i + 1)) {
      const unitStart = i - codeByte;
      if (unitStart % 2 === 0 && this.buf[unitStart + 1 - codeByte] === 0) return unitStart;
    }
    return -1;
  }
}

/**
 * Yields lines in batches (one batch per chunk read) so that callers pay one await per chunk, not
 * per line. The BOM is reported, not returned as text.
 */
export async function* readLines(source: ByteSource, options: ReadLinesOptions = {}): AsyncGenerator<Line[]> {
  const cap = options.capBytes ?? LINE_CAP_BYTES;
  const split = options.longLines === 'split';
  const label = options.label ?? 'the file';
  let encoding: TextEncodingName = 'utf-8';
  let unit = 1;
  let head: Buffer[] | null = [];
  let headBytes = 0;
  let carry: Buffer | null = null;
  let position = 0;
  let no = 0;

  // The line being assembled: its pieces (joined once), where it starts, how long it is so far.
  let pieces: Buffer[] = [];
  let kept = 0;
  let lineStart = 0;
  let lineBytes = 0;
  // A line that ended in CR (or CR CR) at the end of a chunk: its terminator is known only from the
  // next bytes. CRLF and CR CR LF each end one line, as `grep -n` and editors count (docs/formats.md).
  let endedInCr: Line | null = null;
  let endedCrs = 0;

  const strictUtf16 = { le: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }), be: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }) };
  let lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

  const decode = (bytes: Buffer): { text: string; valid: boolean } => {
    if (encoding === 'utf-8') {
      if (isUtf8(bytes)) return { text: bytes.toString('utf8'), valid: true };
      return { text: lossy.decode(bytes), valid: false };
    }
    try {
      return { text: (encoding === 'utf-16le' ? strictUtf16.le : strictUtf16.be).decode(bytes), valid: true };
    } catch {
      return { text: lossy.decode(bytes), valid: false };
    }
  };

  const take = (piece: Buffer) => {
    lineBytes += piece.length;
    if (kept >= cap && !split) return;
    const room = split ? piece.length : Math.min(piece.length, cap - kept);
    if (room <= 0) return;
    pieces.push(room === piece.length ? piece : piece.subarray(0, room));
    kept += room;
  };

  const joined = (): Buffer => (pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, kept));

  const makeLine = (lineNo: number, bytes: Buffer, end: string, truncated: boolean, continues: boolean): Line => {
    const { text, valid } = decode(bytes);
    const [offset, length] = [lineStart, lineBytes];
    const line: Line = { no: lineNo, text, end, offset, bytes: length };
    if (continues) line.continues = true;
    if (!valid) {
      line.invalid = bytes;
      options.warn?.(
        lineNo,
        'invalid_bytes',
        `${label}, line ${lineNo}: bytes that are not valid ${encoding.toUpperCase()} (shown as U+FFFD); the line's bytes as read are kept with the record.`,
      );
    }
    if (truncated) {
      line.truncated = true;
      line.text += truncationNote(label, offset, length, bytes.length);
      options.warn?.(
        lineNo,
        'line_truncated',
        `${label}, line ${lineNo}: the line is ${length} bytes long; its first ${bytes.length} bytes are kept as text and the whole line is kept by reference (byte offset ${offset}, length ${length}).`,
      );
    }
    return line;
  };

  /** Ends the current line at a terminator (or the end of the source). */
  const finishLine = (end: string): Line => {
    no++;
    let bytes = joined();
    const truncated = lineBytes > bytes.length;
    if (truncated) bytes = bytes.subarray(0, wholeCharacters(bytes, encoding));
    const line = makeLine(no, bytes, end, truncated, false);
    pieces = [];
    kept = 0;
    lineBytes = 0;
    return line;
  };

  /** In split mode, hands over the full pieces of a long line, keeping a split character for the next. */
  const splitOff = (batch: Line[]) => {
    while (kept >= cap) {
      const bytes = joined();
      const cut = wholeCharacters(bytes.subarray(0, cap), encoding) || cap;
      const rest = bytes.subarray(cut);
      lineBytes = cut;
      batch.push(makeLine(no + 1, bytes.subarray(0, cut), '', false, true));
      lineStart += cut;
      lineBytes = rest.length;
      pieces = rest.length ? [rest] : [];
      kept = rest.length;
    }
  };

  const feed = (buf: Buffer, batch: Line[]) => {
    if (buf.length === 0) return;
    const breaks = new BreakFinder(buf, encoding);
    const isLfAt = (i: number) => i < buf.length && breaks.isLf(i);
    const isCrAt = (i: number) => i < buf.length && !breaks.isLf(i) && breaks.next(i) === i;
    let start = 0;
    if (endedInCr && endedCrs === 1 && buf.length === unit && isCrAt(0)) {
      // A chunk that is one more CR: CR CR, still waiting for its LF.
      endedCrs = 2;
      position += buf.length;
      return;
    }
    if (endedInCr) {
      let end = '\r';
      if (isLfAt(0)) end = endedCrs === 2 ? '\r\r\n' : '\r\n';
      else if (endedCrs === 1 && isCrAt(0) && isLfAt(unit)) end = '\r\r\n';
      endedInCr.end = end;
      batch.push(endedInCr);
      endedInCr = null;
      start = endedCrs === 2 ? (end === '\r' ? 0 : unit) : (end.length - 1) * unit;
      if (endedCrs === 2 && end === '\r') {
        // CR CR not followed by LF: the second CR ends an empty line of its own.
        lineStart = position - unit;
        batch.push(finishLine('\r'));
      }
      lineStart = position + start;
    }
    for (;;) {
      const at = breaks.next(start);
      if (at < 0) break;
      take(buf.subarray(start, at));
      if (split) splitOff(batch);
      let end = '\n';
      if (!breaks.isLf(at)) {
        const pending = at + unit >= buf.length || (isCrAt(at + unit) && at + 2 * unit >= buf.length);
        if (pending) {
          endedInCr = finishLine('\r');
          endedCrs = (buf.length - at) / unit;
          start = buf.length;
          break;
        }
        end = isLfAt(at + unit) ? '\r\n' : isCrAt(at + unit) && isLfAt(at + 2 * unit) ? '\r\r\n' : '\r';
      }
      batch.push(finishLine(end));
      start = at + end.length * unit;
      lineStart = position + start;
    }
    if (start < buf.length) {
      take(buf.subarray(start));
      if (split) splitOff(batch);
    }
    position += buf.length;
  };

  const begin = (first: Buffer): Buffer => {
    const sniffed = sniffEncoding(first);
    encoding = sniffed.encoding;
    unit = encoding === 'utf-8' ? 1 : 2;
    if (encoding !== 'utf-8') lossy = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    options.onEncoding?.(encoding, sniffed.bomBytes > 0);
    position = sniffed.bomBytes;
    lineStart = position;
    return first.subarray(sniffed.bomBytes);
  };

  /** UTF-16 reads whole code units: an odd byte waits for the next chunk. */
  const aligned = (buf: Buffer): Buffer => {
    let b = carry ? Buffer.concat([carry, buf]) : buf;
    carry = null;
    if (unit === 2 && b.length % 2) {
      carry = b.subarray(b.length - 1);
      b = b.subarray(0, b.length - 1);
    }
    return b;
  };

  for await (const chunk of source()) {
    if (options.isCancelled?.()) throw new CancelledError();
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (head) {
      head.push(buf);
      headBytes += buf.length;
      if (headBytes < SNIFF_BYTES) continue;
      buf = begin(head.length === 1 ? buf : Buffer.concat(head, headBytes));
      head = null;
    }
    const batch: Line[] = [];
    feed(aligned(buf), batch);
    if (batch.length) yield batch;
  }
  if (head) {
    if (headBytes === 0) return;
    const batch: Line[] = [];
    feed(aligned(begin(Buffer.concat(head, headBytes))), batch);
    if (batch.length) yield batch;
  }
  const batch: Line[] = [];
  if (endedInCr) {
    batch.push(endedInCr);
    if (endedCrs === 2) {
      lineStart = position - unit;
      batch.push(finishLine('\r'));
    }
  }
  if (carry) take(carry);
  // A final terminator does not start a new line (corpus expected.json counts lines this way).
  if (kept > 0 || lineBytes > 0) batch.push(finishLine(''));
  if (batch.length) yield batch;
}
