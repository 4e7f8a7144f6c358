// Cuts retention output into JSON records. The bot writes one object per line (JSON Lines); Firehose
// copies concatenate objects with no newline between them (docs/formats.md#wickr-records). A line may therefore
// hold one object, several, or a truncated one (a crash, a copy taken mid-rotation).
import { tooDeepAt } from '../../text/json-depth';
import { readLines, type ByteSource, type ReadLinesOptions } from '../../text/lines';

/** Retention records nest a few levels; far deeper is not a record, and would overflow a recursive walk. */
export const RECORD_DEPTH_LIMIT = 64;

export type RecordPiece =
  | { ok: true; text: string; value: Record<string, unknown> }
  | { ok: false; text: string; why: 'truncated' | 'not_json' | 'not_object' | 'too_deep' };

function parsePiece(text: string): RecordPiece {
  if (tooDeepAt(text, RECORD_DEPTH_LIMIT) >= 0) return { ok: false, text, why: 'too_deep' };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, text, why: 'not_object' };
    return { ok: true, text, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, text, why: 'not_json' };
  }
}

/** The JSON objects on one line, each with its exact text; anything else on the line is a failed piece. */
export function splitRecords(line: string): RecordPiece[] {
  const trimmed = line.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    const whole = parsePiece(trimmed);
    if (whole.ok) return [whole];
  }
  const pieces: RecordPiece[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let junkStart = -1;
  const flushJunk = (end: number) => {
    if (junkStart >= 0) {
      const junk = line.slice(junkStart, end).trim();
      if (junk) pieces.push({ ok: false, text: junk, why: junk.startsWith('[') ? 'not_object' : 'not_json' });
      junkStart = -1;
    }
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (depth === 0) {
      if (ch === '{') {
        flushJunk(i);
        start = i;
        depth = 1;
      } else if (junkStart < 0 && !/\s/.test(ch)) {
        junkStart = i;
      }
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) {
        pieces.push(parsePiece(line.slice(start, i + 1)));
        start = -1;
      }
    }
  }
  if (depth > 0 && start >= 0) pieces.push({ ok: false, text: line.slice(start).trim(), why: 'truncated' });
  flushJunk(line.length);
  return pieces;
}

export interface RecordLine {
  /** 1-based line number in the file. */
  line: number;
  /** Byte offset of the line's first byte in the file. */
  byteOffset: number;
  pieces: RecordPiece[];
  /** The line's bytes as read, when they are not valid UTF-8. */
  invalid?: Uint8Array;
}

/**
 * Streams a retention file as lines of records, in batches, with line numbers and byte offsets. A line
 * over the cap keeps its start (a truncated record) and its place in the file.
 */
export async function* readRecordLines(source: ByteSource, options: ReadLinesOptions = {}): AsyncGenerator<RecordLine[]> {
  for await (const batch of readLines(source, options)) {
    const out: RecordLine[] = [];
    for (const l of batch) {
      const pieces = splitRecords(l.text);
      if (!pieces.length) continue;
      const record: RecordLine = { line: l.no, byteOffset: l.offset, pieces };
      if (l.invalid) record.invalid = l.invalid;
      out.push(record);
    }
    if (out.length) yield out;
  }
}
