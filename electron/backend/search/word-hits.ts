// The messages a full-text expression of simple words matches (the shapes of ranked-words.ts), from
// each word's postings: merges of sorted id lists, where FTS5 would be asked to join its matches with
// the messages table. A total or the facets of a common word with a filter read these and the ids
// the filter selects (docs/search-language.md#how-a-search-runs).
import type { RankedWords } from './ranked-words';

/** The ids, ascending, of the messages that hold a word of every group and no excluded word. */
export function wordHits(words: RankedWords, idsOf: (term: string) => Int32Array): Int32Array {
  const anyOf = (terms: string[]) => terms.map(idsOf).reduce(union, new Int32Array(0));
  return difference(words.groups.map((group) => anyOf(group.map((i) => words.terms[i]!))).reduce(intersection), anyOf(words.excluded));
}

/** One byte per id up to the last of `hits` (ascending), set for each id of `marked`: the hits themselves unless given. */
export function hitMask(hits: Int32Array, marked: Iterable<number> = hits): Uint8Array {
  const mask = new Uint8Array(hits.length === 0 ? 0 : hits[hits.length - 1]! + 1);
  // Ids past the last hit are no hit: writes past the end of a typed array are dropped.
  for (const id of marked) mask[id] = 1;
  return mask;
}

/** The ids in `a` or `b`, both ascending. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  let [i, j, n] = [0, 0, 0];
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i === a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The ids in both `a` and `b`, both ascending. */
function intersection(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (b[j]! < a[i]!) j++;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The ids in `a` and not in `b`, both ascending. */
function difference(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length);
  let [j, n] = [0, 0];
  for (const id of a) {
    while (j < b.length && b[j]! < id) j++;
    if (j === b.length || b[j] !== id) out[n++] = id;
  }
  return out.subarray(0, n);
}
