// A streaming CSV reader (RFC 4180): quoted fields may hold the delimiter, doubled quotes and line
// breaks, so one record can span several lines. Each record keeps the lines it came from. A field is
// kept up to a cap (an unclosed quote would otherwise make the rest of the file one field); lines are
// capped by the line reader.
import { readLines, type ByteSource, type ReadLinesOptions } from '../../text/lines';

export interface CsvRecord {
  cells: string[];
  lineStart: number;
  lineEnd: number;
  /** Lines of the record whose bytes are not valid text, with their bytes as read. */
  invalid?: { line: number; bytes: Uint8Array }[];
}

/** Characters of one field kept as text; the rest of the field is kept by reference (its lines). */
export const FIELD_CAP_CHARS = 1 << 20;

export type Delimiter = ',' | ';' | '\t';

/** Splits the records of a text, given line by line (with each line's own terminator). */
export class CsvSplitter {
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  private start = 0;
  /** True when the current field began with a quote (quotes inside an unquoted field are literal). */
  private quoted = false;
  /** Characters of the current field past the cap, and the line they began on. */
  private dropped = 0;
  private droppedFrom = 0;

  constructor(
    private readonly delimiter: Delimiter,
    /** Told of each field longer than the cap: the record's first line, and the lines the field's dropped text spans. */
    private readonly onLongField?: (lineStart: number, from: number, to: number, chars: number) => void,
  ) {}

  private append(text: string, no: number): void {
    const room = FIELD_CAP_CHARS - this.field.length;
    if (this.dropped === 0 && text.length <= room) {
      this.field += text;
      return;
    }
    if (this.dropped === 0) {
      this.field += text.slice(0, Math.max(room, 0));
      this.droppedFrom = no;
    }
    this.dropped += text.length - Math.max(room, 0);
  }

  /** Ends the current field; a field over the cap says where the rest of it is. */
  private endField(no: number): string {
    let field = this.field;
    if (this.dropped) {
      field += ` [… field truncated by Threadline: ${this.dropped} more characters on lines ${this.droppedFrom}–${no} of the source]`;
      this.onLongField?.(this.start, this.droppedFrom, no, this.field.length + this.dropped);
      this.dropped = 0;
    }
    this.field = '';
    return field;
  }

  /** Feeds one line; returns the record it completes, if any. */
  push(text: string, end: string, no: number): CsvRecord | null {
    if (!this.inQuotes && this.cells.length === 0 && this.field === '' && this.dropped === 0) this.start = no;
    if (!this.inQuotes && !text.includes('"')) {
      const parts = text.split(this.delimiter);
      this.append(parts[0]!, no);
      for (let i = 1; i < parts.length; i++) {
        this.cells.push(this.endField(no));
        this.append(parts[i]!, no);
      }
      return this.finish(no);
    }
    // Runs of plain characters are appended as slices, so a long field costs time linear in its length.
    let run = 0;
    const flush = (i: number) => {
      if (i > run) this.append(text.slice(run, i), no);
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.inQuotes) {
        if (ch !== '"') continue;
        flush(i);
        if (text[i + 1] === '"') {
          this.append('"', no);
          i++;
        } else this.inQuotes = false;
        run = i + 1;
      } else if (ch === '"' && i === run && this.field === '' && this.dropped === 0 && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        run = i + 1;
      } else if (ch === this.delimiter) {
        flush(i);
        this.cells.push(this.endField(no));
        this.quoted = false;
        run = i + 1;
      }
    }
    flush(text.length);
    if (this.inQuotes) {
      this.append(end || '\n', no);
      return null;
    }
    return this.finish(no);
  }

  private finish(no: number): CsvRecord {
    this.cells.push(this.endField(no));
    const record = { cells: this.cells, lineStart: this.start, lineEnd: no };
    this.cells = [];
    this.quoted = false;
    return record;
  }

  /** The record left open at the end of the file (an unterminated quote), if any. */
  flush(lastLine: number): CsvRecord | null {
    if (!this.inQuotes && this.cells.length === 0 && this.field === '' && this.dropped === 0) return null;
    this.inQuotes = false;
    return this.finish(lastLine);
  }

  get open(): boolean {
    return this.inQuotes;
  }
}

export interface ReadCsvOptions extends ReadLinesOptions {
  /** Told when the file ends inside quotes, with the line the open record starts on. */
  unterminated?(lineStart: number): void;
}

/** Streams the records of a CSV source in batches. */
export async function* readCsv(source: ByteSource, delimiter: Delimiter, options: ReadCsvOptions = {}): AsyncGenerator<CsvRecord[]> {
  const label = options.label ?? 'the file';
  const splitter = new CsvSplitter(delimiter, (lineStart, from, to, chars) =>
    options.warn?.(lineStart, 'field_truncated', `${label}, line ${lineStart}: a cell is ${chars} characters long; its first ${FIELD_CAP_CHARS} are kept as text and the rest is kept by reference (lines ${from}–${to} of the source).`),
  );
  let last = 0;
  let invalid: CsvRecord['invalid'] = [];
  for await (const batch of readLines(source, options)) {
    const out: CsvRecord[] = [];
    for (const l of batch) {
      last = l.no;
      if (l.invalid && invalid.length < 100) invalid.push({ line: l.no, bytes: l.invalid });
      const r = splitter.push(l.text, l.end, l.no);
      if (!r) continue;
      if (invalid.length) {
        r.invalid = invalid;
        invalid = [];
      }
      out.push(r);
    }
    if (out.length) yield out;
  }
  const open = splitter.open;
  const rest = splitter.flush(last);
  if (rest) {
    if (open) options.unterminated?.(rest.lineStart);
    if (invalid.length) rest.invalid = invalid;
    yield [rest];
  }
}

/** Splits the first lines of a text to find the header row, for each candidate delimiter. */
export function sampleRecords(text: string, delimiter: Delimiter, max = 30): CsvRecord[] {
  const splitter = new CsvSplitter(delimiter);
  const out: CsvRecord[] = [];
  const lines = text.split(/(\r\n|\n|\r)/);
  for (let i = 0, no = 1; i < lines.length && out.length < max; i += 2, no++) {
    const r = splitter.push(lines[i]!, lines[i + 1] ?? '', no);
    if (r) out.push(r);
  }
  return out;
}
