// The words actually in the index (fts5vocab), for the terms that expand into other words: `~fuzzy`
// terms become the similar indexed words, and an emoji term becomes every indexed word that contains
// it (the index keeps runs like 🔥🔥 or great🔥 as one word). Reading the vocabulary walks the whole
// index (about 200 ms at a million messages), so it is read once per state of the case, in the
// background after a first search (warm) or by the search that needs it, a few milliseconds at a
// time (load), so the engine answers other calls meanwhile. That reading is shared by every search waiting for it and
// never cancelled with one of them: a search typed letter by letter would otherwise restart it at
// every letter.
//
// Similar means at most allowedEdits(length) edits, counting an insertion, a deletion, a substitution
// or a swap of two neighbours as one (optimal string alignment). fuse.js finds the candidates: its
// bitap search counts a swap as two errors and matches inside longer words, so it is asked loosely
// enough to miss none, and the edit count decides.
import { setImmediate as nextTurn } from 'node:timers/promises';
import Fuse from 'fuse.js';
import type { Db } from '../case/open';
import { OncePerState } from './once-per-state';

export const MAX_FUZZY_FORMS = 50;
export const MAX_SYMBOL_FORMS = 500;
/** Bitap errors ≤ 2 × edits ≤ 2/3 of the length, for every length allowedEdits allows edits at. */
const FUSE_THRESHOLD = 0.67;
/**
 * How long one step of reading holds the engine before it hands the event loop back: a count of words
 * would not bound it, since the words whose lists of messages are long cost the most.
 */
const STEP_MS = 8;

export interface Expansion {
  used: string[];
  omitted: number;
}

interface Loaded {
  terms: string[];
  messages: Map<string, number>;
  /** Terms by length in code points, each with its own fuse index, built on first use. */
  byLength: Map<number, string[]>;
  fuses: Map<number, Fuse<string>>;
}

/** Edits a fuzzy term allows, by its length (as Elasticsearch's AUTO fuzziness). */
export function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

export class Vocabulary {
  private readonly after;
  private readonly from;
  private readonly vocabulary = new OncePerState<Loaded>();

  constructor(
    db: Db,
    private readonly stepMs = STEP_MS,
  ) {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_vocabulary USING fts5vocab(main, messages_fts, 'row')");
    // fts5vocab walks its terms in order and seeks to `term > ?`: each step costs its own size.
    this.after = db.prepare('SELECT term, doc FROM temp.threadline_vocabulary WHERE term > ? ORDER BY term').raw();
    this.from = db.prepare('SELECT term FROM temp.threadline_vocabulary WHERE term >= ? ORDER BY term').pluck();
  }

  /** The indexed words that begin with `prefix` (a folded index term), read from the index now: a walk of those words alone. */
  beginningWith(prefix: string): string[] {
    const found: string[] = [];
    for (const term of this.from.iterate(prefix) as Iterable<string>) {
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found;
  }

  /** Reads the vocabulary of this state of the case, if not yet read, handing the event loop back between chunks. */
  async load(key: string): Promise<void> {
    await this.vocabulary.get(key, () => this.readCooperatively());
  }

  private async readCooperatively(): Promise<Loaded> {
    const read = this.read();
    for (let step = read.next(); ; step = read.next()) {
      if (step.done) return step.value;
      await nextTurn();
    }
  }

  /** Indexed words within allowedEdits of `term` (a folded index term): the closest first, then the more frequent. */
  similar(term: string, key: string): Expansion {
    const vocabulary = this.current(key);
    const letters = [...term];
    const edits = allowedEdits(letters.length);
    const scored: { term: string; edits: number }[] = [];
    if (edits === 0) {
      if (vocabulary.messages.has(term)) scored.push({ term, edits: 0 });
    } else {
      for (let l = Math.max(1, letters.length - edits); l <= letters.length + edits; l++) {
        for (const result of this.fuseFor(vocabulary, l).search(term)) {
          const distance = editDistance(letters, [...result.item]);
          if (distance <= edits) scored.push({ term: result.item, edits: distance });
        }
      }
    }
    scored.sort((a, b) => a.edits - b.edits || vocabulary.messages.get(b.term)! - vocabulary.messages.get(a.term)! || compare(a.term, b.term));
    return cap(
      scored.map((s) => s.term),
      MAX_FUZZY_FORMS,
    );
  }

  /** Indexed words that contain `symbol`, the most frequent first. */
  containing(symbol: string, key: string): Expansion {
    const vocabulary = this.current(key);
    const found = vocabulary.terms.filter((t) => t.includes(symbol));
    found.sort((a, b) => vocabulary.messages.get(b)! - vocabulary.messages.get(a)! || compare(a, b));
    return cap(found, MAX_SYMBOL_FORMS);
  }

  /** The vocabulary of this state: kept, or read at once when a search did not load it first. */
  private current(key: string): Loaded {
    const kept = this.vocabulary.current(key);
    if (kept) return kept;
    const read = this.read();
    let step = read.next();
    while (!step.done) step = read.next();
    return this.vocabulary.keep(key, step.value);
  }

  /** Reads every indexed word, for up to `stepMs` a step; the last step returns them. */
  private *read(): Generator<void, Loaded> {
    const terms: string[] = [];
    const messages = new Map<string, number>();
    const byLength = new Map<number, string[]>();
    for (let finished = false; !finished; ) {
      const stepEnds = performance.now() + this.stepMs;
      finished = true;
      for (const [term, doc] of this.after.iterate(terms[terms.length - 1] ?? '') as Iterable<[string, number]>) {
        terms.push(term);
        messages.set(term, doc);
        const length = [...term].length;
        let bucket = byLength.get(length);
        if (!bucket) byLength.set(length, (bucket = []));
        bucket.push(term);
        if (performance.now() > stepEnds) {
          finished = false;
          break;
        }
      }
      if (!finished) yield;
    }
    return { terms, messages, byLength, fuses: new Map() };
  }

  private fuseFor(vocabulary: Loaded, length: number): Fuse<string> {
    let fuse = vocabulary.fuses.get(length);
    if (!fuse) {
      fuse = new Fuse(vocabulary.byLength.get(length) ?? [], {
        includeScore: true,
        isCaseSensitive: true,
        ignoreLocation: true,
        threshold: FUSE_THRESHOLD,
      });
      vocabulary.fuses.set(length, fuse);
    }
    return fuse;
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string[], b: string[]): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function cap(terms: string[], max: number): Expansion {
  return { used: terms.slice(0, max), omitted: Math.max(0, terms.length - max) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
