// A word's postings (the messages that hold it, and how often each does) read straight from the
// full-text index's pages. The same list through FTS5's fts5vocab table costs a row of SQLite's
// virtual machine per occurrence: 50 ms for a word half a million messages hold, most of a
// relevance page at a million messages (docs/search-language.md#how-a-search-runs). The pages are
// read in FTS5's documented format (the comments of fts5_index.c): a structure record listing the
// segments, per segment a b-tree (%_idx) of each leaf page's first term, and leaves of
// prefix-compressed terms each followed by its doclist (message ids as deltas, each with its
// position list, which may run on over several pages). The index has one column (the body), so a
// position list's positions are its varints. Segments are read as FTS5 reads them: of a message in
// several, the newest segment's entry counts, and an entry without positions (a deletion) hides the
// message. Whatever this reader does not expect (a newer structure record, a page that does not
// parse) makes it ask fts5vocab instead: never a guess.
import { grown } from '../arrays/grown';
import type { Db } from '../case/open';
import { VarintOverrun, VarintReader } from './sqlite-varints';

/** The messages holding a word, ascending, and how many times each holds it. */
export interface Postings {
  ids: Int32Array;
  counts: Int32Array;
}

/** fts5_index.c: the structure record's id, and how a leaf page's id is made of its segment and page number. */
const STRUCTURE_ROWID = 10;
const SEGMENT_ID_SHIFT = 2 ** 37;
/** The first byte of every key of the main index (prefix indexes use others). */
const MAIN_INDEX = 0x30;
/** The structure record of a contentless-delete table, whose segments carry tombstones this reader does not apply. */
const STRUCTURE_V2 = [0xff, 0x00, 0x00, 0x01];

interface Segment {
  id: number;
  firstPage: number;
  lastPage: number;
}

/** A doclist that does not read as FTS5 writes it: the caller falls back to fts5vocab. */
class Unexpected extends Error {}

export class IndexPostings {
  constructor(private readonly db: Db) {}

  /** The postings of index term `term` (as the tokenizer emits it): from the pages, else through fts5vocab. */
  read(term: string): Postings {
    return this.fromPages(term) ?? this.throughVocabulary(term);
  }

  /** The postings read from the index's pages, or null when they are not in a shape read here. */
  fromPages(term: string): Postings | null {
    const read = () => {
      const segments = this.segments();
      if (segments === null) return null;
      const key = Buffer.concat([Buffer.of(MAIN_INDEX), Buffer.from(term, 'utf8')]);
      return merged(segments.map((segment) => this.segmentPostings(segment, key)));
    };
    try {
      // One read transaction: a merge committed meanwhile would move the pages between two reads.
      return this.db.inTransaction ? read() : this.db.transaction(read)();
    } catch (e) {
      if (e instanceof Unexpected || e instanceof VarintOverrun) return null;
      throw e;
    }
  }

  /** FTS5's own list: a row of fts5vocab per occurrence, in id order (a message's are one run). */
  private throughVocabulary(term: string): Postings {
    this.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_occurrences USING fts5vocab(main, messages_fts, 'instance')");
    const list = this.db.prepare('SELECT json_group_array(doc) FROM temp.threadline_occurrences WHERE term = ?').pluck().get(term) as string;
    const occurrences = JSON.parse(list) as number[];
    const ids: number[] = [];
    const counts: number[] = [];
    occurrences.forEach((id, i) => {
      if (i > 0 && id === occurrences[i - 1]) counts[counts.length - 1]!++;
      else {
        ids.push(id);
        counts.push(1);
      }
    });
    return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
  }

  /**
   * The segments of the index, newest first (level 0 first, whose newest segment is listed last), or
   * null for a structure record of another shape.
   */
  private segments(): Segment[] | null {
    const record = this.db.prepare('SELECT block FROM messages_fts_data WHERE id = ?').pluck().get(STRUCTURE_ROWID) as Buffer | undefined;
    if (record === undefined) return [];
    if (STRUCTURE_V2.every((byte, i) => record[4 + i] === byte)) return null;
    const reader = new VarintReader(record, 4);
    const levels = reader.next();
    reader.next(); // segments in all levels
    reader.next(); // write counter
    const segments: Segment[] = [];
    for (let level = 0; level < levels; level++) {
      reader.next(); // segments in an ongoing merge
      const count = reader.next();
      const level: Segment[] = [];
      for (let s = 0; s < count; s++) level.push({ id: reader.next(), firstPage: reader.next(), lastPage: reader.next() });
      segments.push(...level.reverse());
    }
    if (reader.at > record.length) throw new Unexpected();
    return segments;
  }

  /** The term's postings in one segment: empty when the segment does not hold it. */
  private segmentPostings(segment: Segment, key: Buffer): Postings {
    const page = this.leafOf(segment, key);
    if (page === null) return EMPTY;
    const firstId = SEGMENT_ID_SHIFT * segment.id + page;
    const pages = this.db
      .prepare('SELECT id, block FROM messages_fts_data WHERE id BETWEEN ? AND ? ORDER BY id')
      .raw()
      .iterate(firstId, SEGMENT_ID_SHIFT * segment.id + segment.lastPage) as IterableIterator<[number, Buffer]>;
    const doclist = new DoclistReader();
    let first = true;
    let expectedId = firstId;
    for (const [id, leaf] of pages) {
      // A doclist runs on over consecutive pages: a missing one is not a shape read here.
      if (id !== expectedId++) {
        pages.return?.();
        throw new Unexpected();
      }
      const footer = leaf.readUInt16BE(2);
      const termOffsets = pageIndex(leaf, footer);
      if (first) {
        first = false;
        const found = termOn(leaf, termOffsets, key);
        if (found === null) {
          pages.return?.();
          return EMPTY;
        }
        const end = termOffsets[found.index + 1] ?? footer;
        doclist.readStart(leaf, found.doclistAt, end);
        if (found.index + 1 < termOffsets.length) {
          pages.return?.();
          break;
        }
      } else {
        const end = termOffsets[0] ?? footer;
        doclist.readContinuation(leaf, leaf.readUInt16BE(0), end);
        if (termOffsets.length > 0) {
          pages.return?.();
          break;
        }
      }
    }
    return doclist.finish();
  }

  /**
   * The leaf page on which `key` starts if the segment holds it: the last page whose first term is
   * not above it (%_idx keeps a page's number shifted left by one, beside a flag bit).
   */
  private leafOf(segment: Segment, key: Buffer): number | null {
    const entry = this.db
      .prepare('SELECT pgno FROM messages_fts_idx WHERE segid = ? AND term <= ? ORDER BY term DESC LIMIT 1')
      .pluck()
      .get(segment.id, key) as number | undefined;
    const first = Math.max(entry === undefined ? segment.firstPage : Math.floor(entry / 2), segment.firstPage);
    return first <= segment.lastPage ? first : null;
  }
}

const EMPTY: Postings = { ids: new Int32Array(0), counts: new Int32Array(0) };

/** The page's term offsets, from its footer (the first absolute, the others deltas). */
function pageIndex(leaf: Buffer, footer: number): number[] {
  const offsets: number[] = [];
  const reader = new VarintReader(leaf, footer);
  let offset = 0;
  while (reader.at < leaf.length) {
    offset += reader.next();
    offsets.push(offset);
  }
  return offsets;
}

/** Where on the page `key` is, and where its doclist starts, or null when the page does not hold it. */
function termOn(leaf: Buffer, termOffsets: number[], key: Buffer): { index: number; doclistAt: number } | null {
  let term = Buffer.alloc(0);
  for (let index = 0; index < termOffsets.length; index++) {
    const reader = new VarintReader(leaf, termOffsets[index]!);
    // The first term on a page is whole; the others share a prefix with the one before.
    const shared = index === 0 ? 0 : reader.next();
    const added = reader.next();
    term = Buffer.concat([term.subarray(0, shared), leaf.subarray(reader.at, reader.at + added)]);
    const order = Buffer.compare(term, key);
    if (order === 0) return { index, doclistAt: reader.at + added };
    if (order > 0) return null;
  }
  return null;
}

const int32s = (n: number) => new Int32Array(n);

/** Reads one doclist, page after page, into ids and counts (a position list's positions are its varints). */
class DoclistReader {
  private ids: Int32Array = new Int32Array(1024);
  private counts: Int32Array = new Int32Array(1024);
  private entriesRead = 0;
  private id = 0;
  /** Bytes of the current position list still to come on the next page. */
  private positionBytesLeft = 0;

  /** The doclist's start, on the page of its term. */
  readStart(leaf: Buffer, from: number, end: number): void {
    this.entries(leaf, from, end);
  }

  /** A page the doclist runs on to: the rest of a position list, then entries. */
  readContinuation(leaf: Buffer, firstIdAt: number, end: number): void {
    const restEnd = firstIdAt === 0 ? end : firstIdAt;
    const rest = Math.min(this.positionBytesLeft, restEnd - 4);
    this.counts[this.entriesRead - 1]! += positionsIn(leaf, 4, 4 + rest);
    this.positionBytesLeft -= rest;
    if (firstIdAt === 0) return;
    if (this.positionBytesLeft !== 0 || 4 + rest !== firstIdAt) throw new Unexpected();
    this.entries(leaf, firstIdAt, end);
  }

  finish(): Postings {
    if (this.positionBytesLeft !== 0) throw new Unexpected();
    return { ids: this.ids.subarray(0, this.entriesRead), counts: this.counts.subarray(0, this.entriesRead) };
  }

  /** Entries up to `end`: an id (the first on a page whole, the others deltas), its position list's size, the list. */
  private entries(leaf: Buffer, from: number, end: number): void {
    if (this.positionBytesLeft !== 0) throw new Unexpected();
    const reader = new VarintReader(leaf, from);
    let whole = true;
    while (reader.at < end) {
      const value = reader.next();
      this.id = whole ? value : this.id + value;
      whole = false;
      const size = reader.next();
      // The delete flag (the low bit) matters only for merging segments: readers go by the positions.
      const bytes = size >>> 1;
      const here = Math.min(bytes, end - reader.at);
      this.push(this.id, positionsIn(leaf, reader.at, reader.at + here));
      this.positionBytesLeft = bytes - here;
      reader.at += here;
    }
    if (reader.at !== end) throw new Unexpected();
  }

  private push(id: number, positions: number): void {
    if (this.entriesRead === this.ids.length) {
      this.ids = grown(this.ids, this.entriesRead + 1, int32s);
      this.counts = grown(this.counts, this.entriesRead + 1, int32s);
    }
    this.ids[this.entriesRead] = id;
    this.counts[this.entriesRead++] = positions;
  }
}

/** The positions in a stretch of position list: one byte of each varint is below 0x80. */
function positionsIn(leaf: Buffer, from: number, to: number): number {
  let positions = 0;
  for (let at = from; at < to; at++) if (leaf[at]! < 0x80) positions++;
  return positions;
}

/**
 * The segments' postings (newest first) as one list in id order: of a message in several segments
 * the newest entry counts, and one without positions (a deletion) leaves the message out.
 */
function merged(newestFirst: Postings[]): Postings {
  const all = newestFirst.filter((part) => part.ids.length > 0).reduce(mergedPair, EMPTY);
  let kept = 0;
  for (let i = 0; i < all.ids.length; i++) {
    if (all.counts[i] === 0) continue;
    all.ids[kept] = all.ids[i]!;
    all.counts[kept++] = all.counts[i]!;
  }
  return { ids: all.ids.subarray(0, kept), counts: all.counts.subarray(0, kept) };
}

/** The ids of `newer` and `older` in order, `newer`'s entry where both hold one. */
function mergedPair(newer: Postings, older: Postings): Postings {
  if (newer.ids.length === 0) return copied(older);
  // Segments mostly hold ranges of ids one after another: then the lists join end to end.
  const [low, high] = newer.ids[0]! < older.ids[0]! ? [newer, older] : [older, newer];
  if (low.ids[low.ids.length - 1]! < high.ids[0]!) return joined(low, high);
  const out = { ids: new Int32Array(newer.ids.length + older.ids.length), counts: new Int32Array(newer.ids.length + older.ids.length) };
  let [i, j, n] = [0, 0, 0];
  while (i < newer.ids.length || j < older.ids.length) {
    const a = i < newer.ids.length ? newer.ids[i]! : Infinity;
    const b = j < older.ids.length ? older.ids[j]! : Infinity;
    out.ids[n] = Math.min(a, b);
    out.counts[n++] = a <= b ? newer.counts[i]! : older.counts[j]!;
    if (a <= b) i++;
    if (b <= a) j++;
  }
  return { ids: out.ids.subarray(0, n), counts: out.counts.subarray(0, n) };
}

function joined(low: Postings, high: Postings): Postings {
  const size = low.ids.length + high.ids.length;
  const out = { ids: new Int32Array(size), counts: new Int32Array(size) };
  out.ids.set(low.ids);
  out.ids.set(high.ids, low.ids.length);
  out.counts.set(low.counts);
  out.counts.set(high.counts, low.ids.length);
  return out;
}

/** A list of its own, so that leaving deletions out writes over no segment's list. */
function copied(postings: Postings): Postings {
  return { ids: postings.ids.slice(), counts: postings.counts.slice() };
}
