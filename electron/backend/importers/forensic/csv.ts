// A streaming CSV reader (RFC 4180): quoted fields may hold the delimiter, doubled quotes and line
// breaks, so one record can span several lines. Each record keeps the lines it came from.
import { readLines, type ByteSource } from '../../text/lines';

export interface CsvRecord {
  cells: string[];
  lineStart: number;
  lineEnd: number;
}

export type Delimiter = ',' | ';' | '\t';

/** Splits the records of a text, given line by line (with each line's own terminator). */
export class CsvSplitter {
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  private start = 0;
  /** True when the current field began with a quote (quotes inside an unquoted field are literal). */
  private quoted = false;

  constructor(private readonly delimiter: Delimiter) {}

  /** Feeds one line; returns the record it completes, if any. */
  push(text: string, end: string, no: number): CsvRecord | null {
    if (!this.inQuotes && this.cells.length === 0 && this.field === '') this.start = no;
    if (!this.inQuotes && !text.includes('"')) {
      const parts = text.split(this.delimiter);
      parts[0] = this.field + parts[0]!;
      this.cells.push(...parts.slice(0, -1));
      this.field = parts[parts.length - 1]!;
      return this.finish(no);
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.inQuotes) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else this.inQuotes = false;
        } else this.field += ch;
      } else if (ch === '"' && this.field === '' && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
      } else if (ch === this.delimiter) {
        this.cells.push(this.field);
        this.field = '';
        this.quoted = false;
      } else this.field += ch;
    }
    if (this.inQuotes) {
      this.field += end || '\n';
      return null;
    }
    return this.finish(no);
  }

  private finish(no: number): CsvRecord {
    this.cells.push(this.field);
    const record = { cells: this.cells, lineStart: this.start, lineEnd: no };
    this.cells = [];
    this.field = '';
    this.quoted = false;
    return record;
  }

  /** The record left open at the end of the file (an unterminated quote), if any. */
  flush(lastLine: number): CsvRecord | null {
    if (!this.inQuotes && this.cells.length === 0 && this.field === '') return null;
    this.inQuotes = false;
    return this.finish(lastLine);
  }

  get open(): boolean {
    return this.inQuotes;
  }
}

/** Streams the records of a CSV source in batches. `unterminated` is told when the file ends inside quotes. */
export async function* readCsv(source: ByteSource, delimiter: Delimiter, unterminated?: (lineStart: number) => void): AsyncGenerator<CsvRecord[]> {
  const splitter = new CsvSplitter(delimiter);
  let last = 0;
  for await (const batch of readLines(source)) {
    const out: CsvRecord[] = [];
    for (const l of batch) {
      last = l.no;
      const r = splitter.push(l.text, l.end, l.no);
      if (r) out.push(r);
    }
    if (out.length) yield out;
  }
  const open = splitter.open;
  const rest = splitter.flush(last);
  if (rest) {
    if (open) unterminated?.(rest.lineStart);
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
