// A manifest's events one at a time. Parsed whole, a manifest of 400,000 events is its bytes, its text
// and a tree of 400,000 objects at once; here the top level is cut on bytes into the root without its
// events and the byte span of each event, and an event is parsed when it is read. Only a manifest this
// cut reads exactly as JSON.parse would is split: anything unusual (invalid UTF-8, a syntax error
// between values, an `events` key given twice) returns null, and an event that does not parse or
// nests past the limit throws NotSplittable when it is read; either way the caller parses the
// manifest whole, which says what is wrong exactly as before.
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { tooDeepAt } from '../../text/json-depth';

/** The events of a manifest, read one by one. */
export interface ManifestEvents {
  length: number;
  at(index: number): unknown;
  /** False only when the event surely has no key `key`: its text holds neither the name nor an escape that could spell it. */
  mayHave(index: number, key: string): boolean;
}

/** Events already parsed, as one list. */
export function listedEvents(list: unknown[]): ManifestEvents {
  return { length: list.length, at: (i) => list[i], mayHave: () => true };
}

/** The bytes from `start` to `end` of the manifest, valid until the next call. */
export type SpanReader = (start: number, end: number) => Buffer;

export interface SplitManifest {
  /** The root object with an empty events list in its place. */
  root: Record<string, unknown>;
  events: ManifestEvents;
}

const [SPACE, TAB, LF, CR, QUOTE, BACKSLASH, COMMA, COLON] = [0x20, 0x09, 0x0a, 0x0d, 0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const isSpace = (b: number) => b === SPACE || b === TAB || b === LF || b === CR;

/** The manifest is not the plain shape the cut reads: parse it whole. */
export class NotSplittable extends Error {}

/**
 * A manifest's bytes read forward through a window: the whole of a buffer, or a file a chunk at a time.
 * The cut only moves forward, so a file is never held whole; `span` reads any part of it again.
 */
interface ForwardBytes {
  readonly size: number;
  /** The window: bytes `base` to `base + length` of the manifest are `buf[0]` to `buf[length]`. */
  buf: Buffer;
  base: number;
  length: number;
  /** Moves the window so that byte `at` is in it; throws NotSplittable when the bytes are not UTF-8. */
  load(at: number): void;
  span(start: number, end: number): Buffer;
}

function bufferBytes(bytes: Buffer): ForwardBytes {
  if (!isUtf8(bytes)) throw new NotSplittable();
  return {
    size: bytes.length,
    buf: bytes,
    base: 0,
    length: bytes.length,
    load() {
      throw new NotSplittable();
    },
    span: (start, end) => bytes.subarray(start, end),
  };
}

/** Bytes read per step of a file's cut: one buffer, reused, so that the cut leaves no garbage behind. */
const FILE_WINDOW_BYTES = 256 * 1024;

/** Where the last whole UTF-8 character of `buf[0..length]` ends: a character cut by the window's end is checked with the next window. */
function wholeCharactersEnd(buf: Buffer, length: number): number {
  for (let i = length - 1; i >= Math.max(0, length - 4); i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + needs <= length ? length : i;
  }
  return length;
}

/** A file's bytes, checked as UTF-8 window by window as the cut reaches them (the file is read whole by the end of a cut). */
function fileBytes(fd: number): ForwardBytes {
  const size = fstatSync(fd).size;
  const buf = Buffer.allocUnsafe(Math.min(FILE_WINDOW_BYTES, Math.max(size, 1)));
  let checkedTo = 0;
  const bytes: ForwardBytes = {
    size,
    buf,
    base: 0,
    length: 0,
    load(at) {
      if (at >= size) throw new NotSplittable();
      // The cut reads forward byte by byte, so a window starts where the UTF-8 check stopped (at most three
      // bytes before `at`, the start of a character the last window cut): each character is checked whole.
      bytes.base = checkedTo;
      bytes.length = readSync(fd, buf, 0, buf.length, bytes.base);
      // A file that shrank since the cut began is no longer the manifest measured.
      if (at - bytes.base >= bytes.length) throw new NotSplittable();
      const end = bytes.base + bytes.length === size ? bytes.length : wholeCharactersEnd(buf, bytes.length);
      if (bytes.base + end > checkedTo) {
        if (!isUtf8(buf.subarray(checkedTo - bytes.base, end))) throw new NotSplittable();
        checkedTo = bytes.base + end;
      }
    },
    span(start, end) {
      if (start >= bytes.base && end <= bytes.base + bytes.length) return buf.subarray(start - bytes.base, end - bytes.base);
      const out = Buffer.allocUnsafe(end - start);
      return out.subarray(0, readSync(fd, out, 0, out.length, start));
    },
  };
  return bytes;
}

class Cursor {
  constructor(
    readonly bytes: ForwardBytes,
    public at: number,
  ) {}

  /** The byte at `i` (at or after the window's start); past the end of the manifest, NotSplittable. */
  byte(i: number): number {
    const w = this.bytes;
    if (i - w.base >= w.length) w.load(i);
    return w.buf[i - w.base]!;
  }

  /** The byte at the cursor, or -1 at the end of the manifest. */
  peek(): number {
    return this.at < this.bytes.size ? this.byte(this.at) : -1;
  }

  skipSpace(): void {
    while (this.at < this.bytes.size && isSpace(this.byte(this.at))) this.at++;
  }

  expect(byte: number): void {
    this.skipSpace();
    if (this.peek() !== byte) throw new NotSplittable();
    this.at++;
  }

  /** Moves past one string (the cursor on its opening quote) and returns its end. */
  skipString(): number {
    const size = this.bytes.size;
    for (let i = this.at + 1; i < size; i++) {
      const b = this.byte(i);
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) return (this.at = i + 1);
    }
    throw new NotSplittable();
  }

  /** Moves past one value of any kind and returns its span; its own syntax is checked when it is parsed. */
  skipValue(): [number, number] {
    this.skipSpace();
    const start = this.at;
    const first = this.peek();
    if (first === QUOTE) return [start, this.skipString()];
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (let i = start; i < this.bytes.size; i++) {
        const b = this.byte(i);
        if (b === QUOTE) {
          this.at = i;
          i = this.skipString() - 1;
        } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0) return [start, (this.at = i + 1)];
      }
      throw new NotSplittable();
    }
    for (let b = this.peek(); b !== -1 && !isSpace(b) && b !== COMMA && b !== CLOSE_OBJECT && b !== CLOSE_ARRAY; b = this.peek()) this.at++;
    if (this.at === start) throw new NotSplittable();
    return [start, this.at];
  }
}

/** The spans of the elements of the array at the cursor (on its `[`); the cursor ends past its `]`. */
function elementSpans(c: Cursor): number[] {
  const spans: number[] = [];
  c.expect(OPEN_ARRAY);
  c.skipSpace();
  if (c.peek() === CLOSE_ARRAY) {
    c.at++;
    return spans;
  }
  for (;;) {
    const [start, end] = c.skipValue();
    spans.push(start, end);
    c.skipSpace();
    const b = c.peek();
    c.at++;
    if (b === CLOSE_ARRAY) return spans;
    if (b !== COMMA) throw new NotSplittable();
  }
}

/**
 * The events at `spans` (start and end of each, in turn). They are read through `readSpan`, never from
 * the bytes they were cut from, so that the caller may let those go and read the events from the file.
 */
function eventsAt(spans: Uint32Array, readSpan: SpanReader, depthLimit: number): ManifestEvents {
  const at = (i: number): unknown => {
    const text = readSpan(spans[2 * i]!, spans[2 * i + 1]!).toString('utf8');
    // An event sits two levels down (the root object, the events list).
    if (tooDeepAt(text, depthLimit - 2) >= 0) throw new NotSplittable();
    try {
      return JSON.parse(text);
    } catch {
      throw new NotSplittable();
    }
  };
  const mayHave = (i: number, key: string) => {
    const text = readSpan(spans[2 * i]!, spans[2 * i + 1]!);
    return text.includes(`"${key}"`) || text.includes(BACKSLASH);
  };
  return { length: spans.length / 2, at, mayHave };
}

/**
 * Cuts a manifest's bytes into its root and its events, or returns null when the cut cannot be sure to
 * read them as JSON.parse would. `depthLimit` is the nesting limit of the whole manifest. The events
 * are read from `bytes`, or through `readSpan` when given (the same bytes, from wherever the caller
 * keeps them).
 */
export function splitManifest(bytes: Buffer, depthLimit: number, readSpan?: SpanReader): SplitManifest | null {
  return cutManifest(() => bufferBytes(bytes), depthLimit, readSpan ?? ((start, end) => bytes.subarray(start, end)));
}

/**
 * splitManifest over the file at `path`, read forward a window at a time: the manifest is never in
 * memory whole. Its events are read through `readSpan` (the same file, read again).
 */
export function splitManifestFile(path: string, depthLimit: number, readSpan: SpanReader): SplitManifest | null {
  const fd = openSync(path, 'r');
  try {
    return cutManifest(() => fileBytes(fd), depthLimit, readSpan);
  } finally {
    closeSync(fd);
  }
}

function cutManifest(open: () => ForwardBytes, depthLimit: number, readSpan: SpanReader): SplitManifest | null {
  try {
    const bytes = open();
    const c = new Cursor(bytes, bytes.size >= 3 && bytes.span(0, 3).equals(UTF8_BOM) ? 3 : 0);
    c.expect(OPEN_OBJECT);
    let eventsValue: [number, number] | null = null;
    let spans: number[] = [];
    c.skipSpace();
    if (c.peek() !== CLOSE_OBJECT) {
      for (;;) {
        c.skipSpace();
        if (c.peek() !== QUOTE) throw new NotSplittable();
        const keyStart = c.at;
        const keyEnd = c.skipString();
        const key: unknown = JSON.parse(bytes.span(keyStart, keyEnd).toString('utf8'));
        c.expect(COLON);
        c.skipSpace();
        if (key === 'events' && c.peek() === OPEN_ARRAY) {
          if (eventsValue) throw new NotSplittable();
          const start = c.at;
          spans = elementSpans(c);
          eventsValue = [start, c.at];
        } else if (key === 'events') throw new NotSplittable();
        else c.skipValue();
        c.skipSpace();
        const b = c.peek();
        c.at++;
        if (b === CLOSE_OBJECT) break;
        if (b !== COMMA) throw new NotSplittable();
      }
    }
    c.skipSpace();
    if (c.at !== bytes.size || !eventsValue) return null;
    const rootText = `${bytes.span(0, eventsValue[0]).toString('utf8')}[]${bytes.span(eventsValue[1], bytes.size).toString('utf8')}`.replace(/^\uFEFF/, '');
    if (tooDeepAt(rootText, depthLimit) >= 0) return null;
    const root = JSON.parse(rootText) as Record<string, unknown>;
    return { root, events: eventsAt(Uint32Array.from(spans), readSpan, depthLimit) };
  } catch (e) {
    if (e instanceof NotSplittable || e instanceof SyntaxError) return null;
    throw e;
  }
}
