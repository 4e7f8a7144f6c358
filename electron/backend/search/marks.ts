// Matched passages of a message body, as [start, end) UTF-16 ranges: what FTS5's highlight() marks,
// plus the matches of the query's regexes. Snippets are cut from the body around them.
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/api';
import { regexMatchRanges } from './regex';

export type Mark = [number, number];

/** Reads highlight() output (the body with SNIPPET_OPEN / SNIPPET_CLOSE inserted) as ranges of `body`. */
export function marksFromHighlighted(highlighted: string, body: string): Mark[] {
  const marks: Mark[] = [];
  let plain = 0;
  let open = -1;
  for (const ch of highlighted) {
    if (ch === SNIPPET_OPEN) open = plain;
    else if (ch === SNIPPET_CLOSE) {
      if (open >= 0 && plain > open) marks.push([open, plain]);
      open = -1;
    } else plain += ch.length;
  }
  // A body that itself holds a marker character cannot be read back; show it unmarked, never wrongly.
  return plain === body.length ? marks : [];
}

export function regexMarks(body: string, sources: string[]): Mark[] {
  return sources.flatMap((source) => regexMatchRanges(body, source));
}

/** In body order; overlapping passages become one (adjacent ones stay apart, as highlight() keeps them). */
export function mergeMarks(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Mark[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const SNIPPET_LENGTH = 160;
const CONTEXT_BEFORE = 50;

/** About SNIPPET_LENGTH characters around the first passage, cut at spaces, marked, with … where cut. */
export function snippetOf(body: string, marks: Mark[]): string {
  const first = marks[0];
  let start = first === undefined ? 0 : Math.max(0, first[0] - CONTEXT_BEFORE);
  if (start > 0) {
    const space = body.slice(start, first![0]).search(/\s/);
    start = space < 0 ? first![0] : start + space + 1;
  }
  let end = Math.min(body.length, start + SNIPPET_LENGTH);
  if (first !== undefined) end = Math.max(end, first[1]);
  if (end < body.length) {
    const space = body.slice(first === undefined ? start : first[1], end).search(/\s\S*$/);
    if (space >= 0) end = (first === undefined ? start : first[1]) + space;
  }
  start = avoidSplitPair(body, start);
  end = avoidSplitPair(body, end);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of marks) {
    if (e <= start || s >= end) continue;
    const [from, to] = [Math.max(s, start), Math.min(e, end)];
    out += body.slice(at, from) + SNIPPET_OPEN + body.slice(from, to) + SNIPPET_CLOSE;
    at = to;
  }
  out += body.slice(at, end);
  return end < body.length ? out + '…' : out;
}

/** Moves a cut that would fall between the halves of a surrogate pair to before the pair. */
function avoidSplitPair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}
