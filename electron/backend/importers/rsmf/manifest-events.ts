// A manifest's events one at a time. Parsed whole, a manifest of 400,000 events is its bytes, its text
// and a tree of 400,000 objects at once; here the top level is cut on bytes into the root without its
// events and the byte span of each event, and an event is parsed when it is read. Only a manifest this
// cut reads exactly as JSON.parse would is split: anything unusual (invalid UTF-8, a syntax error
// between values, an `events` key given twice) returns null, and an event that does not parse or
// nests past the limit throws NotSplittable when it is read; either way the caller parses the
// manifest whole, which says what is wrong exactly as before.
import { isUtf8 } from 'node:buffer';
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

const isSpace = (b: number) => b === SPACE || b === TAB || b === LF || b === CR;

/** The manifest is not the plain shape the cut reads: parse it whole. */
export class NotSplittable extends Error {}

class Cursor {
  constructor(
    readonly bytes: Buffer,
    public at: number,
  ) {}

  skipSpace(): void {
    while (this.at < this.bytes.length && isSpace(this.bytes[this.at]!)) this.at++;
  }

  expect(byte: number): void {
    this.skipSpace();
    if (this.bytes[this.at] !== byte) throw new NotSplittable();
    this.at++;
  }

  /** Moves past one string (the cursor on its opening quote) and returns its end. */
  skipString(): number {
    for (let i = this.at + 1; i < this.bytes.length; i++) {
      const b = this.bytes[i]!;
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) return (this.at = i + 1);
    }
    throw new NotSplittable();
  }

  /** Moves past one value of any kind and returns its span; its own syntax is checked when it is parsed. */
  skipValue(): [number, number] {
    this.skipSpace();
    const start = this.at;
    const first = this.bytes[start];
    if (first === QUOTE) return [start, this.skipString()];
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (let i = start; i < this.bytes.length; i++) {
        const b = this.bytes[i]!;
        if (b === QUOTE) {
          this.at = i;
          i = this.skipString() - 1;
        } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0) return [start, (this.at = i + 1)];
      }
      throw new NotSplittable();
    }
    while (this.at < this.bytes.length && !isSpace(this.bytes[this.at]!) && this.bytes[this.at] !== COMMA && this.bytes[this.at] !== CLOSE_OBJECT && this.bytes[this.at] !== CLOSE_ARRAY) this.at++;
    if (this.at === start) throw new NotSplittable();
    return [start, this.at];
  }
}

/** The spans of the elements of the array at the cursor (on its `[`); the cursor ends past its `]`. */
function elementSpans(c: Cursor): number[] {
  const spans: number[] = [];
  c.expect(OPEN_ARRAY);
  c.skipSpace();
  if (c.bytes[c.at] === CLOSE_ARRAY) {
    c.at++;
    return spans;
  }
  for (;;) {
    const [start, end] = c.skipValue();
    spans.push(start, end);
    c.skipSpace();
    const b = c.bytes[c.at++];
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
  if (!isUtf8(bytes)) return null;
  try {
    const c = new Cursor(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
    c.expect(OPEN_OBJECT);
    let eventsValue: [number, number] | null = null;
    let spans: number[] = [];
    c.skipSpace();
    if (bytes[c.at] !== CLOSE_OBJECT) {
      for (;;) {
        c.skipSpace();
        if (bytes[c.at] !== QUOTE) throw new NotSplittable();
        const keyStart = c.at;
        const key: unknown = JSON.parse(bytes.toString('utf8', keyStart, c.skipString()));
        c.expect(COLON);
        c.skipSpace();
        if (key === 'events' && bytes[c.at] === OPEN_ARRAY) {
          if (eventsValue) throw new NotSplittable();
          const start = c.at;
          spans = elementSpans(c);
          eventsValue = [start, c.at];
        } else if (key === 'events') throw new NotSplittable();
        else c.skipValue();
        c.skipSpace();
        const b = bytes[c.at++];
        if (b === CLOSE_OBJECT) break;
        if (b !== COMMA) throw new NotSplittable();
      }
    }
    c.skipSpace();
    if (c.at !== bytes.length || !eventsValue) return null;
    const rootText = `${bytes.toString('utf8', 0, eventsValue[0])}[]${bytes.toString('utf8', eventsValue[1])}`.replace(/^\uFEFF/, '');
    if (tooDeepAt(rootText, depthLimit) >= 0) return null;
    const root = JSON.parse(rootText) as Record<string, unknown>;
    return { root, events: eventsAt(Uint32Array.from(spans), readSpan ?? ((start, end) => bytes.subarray(start, end)), depthLimit) };
  } catch (e) {
    if (e instanceof NotSplittable || e instanceof SyntaxError) return null;
    throw e;
  }
}
