// Cuts retention output into JSON records. The bot writes one object per line (JSON Lines); Firehose
// copies concatenate objects with no newline between them (spec/wickr.md §2.3). A line may therefore
// hold one object, several, or a truncated one (a crash, a copy taken mid-rotation, §6.9).
import { readLines, type ByteSource } from '../../text/lines';

export type RecordPiece =
  | { ok: true; text: string; value: Record<string, unknown> }
  | { ok: false; text: string; why: 'truncated' | 'not_json' | 'not_object' };

function parsePiece(text: string): RecordPiece {
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
}

/** Streams a retention file as lines of records, in batches, with line numbers and byte offsets. */
export async function* readRecordLines(source: ByteSource): AsyncGenerator<RecordLine[]> {
  let offset = 0;
  for await (const batch of readLines(source, (_enc, bom) => (offset = bom ? 3 : 0))) {
    const out: RecordLine[] = [];
    for (const l of batch) {
      const pieces = splitRecords(l.text);
      if (pieces.length) out.push({ line: l.no, byteOffset: offset, pieces });
      offset += Buffer.byteLength(l.text) + l.end.length;
    }
    if (out.length) yield out;
  }
}
