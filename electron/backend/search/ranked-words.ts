// Which full-text expressions the engine can rank itself (relevance.ts): words that are each one
// index term, joined so that in every match FTS5 counts each word's occurrences in full — one word,
// words joined by OR, and groups of those joined by AND, less words joined by NOT. FTS5 counts the
// occurrences of a phrase in a matching row only when the phrase's iterator stands on that row; under
// an OR of ANDs, or an AND under a NOT, a word present in the row may not be, so those expressions
// (and phrases, prefixes and NEAR) are left to FTS5. Precedence is FTS5's: NOT, then AND, then OR.

export interface RankedWords {
  /** The index term of each word a match may hold, in the expression's order (FTS5's phrase order). */
  terms: string[];
  /** Groups a match holds a word of each: indexes into `terms`. */
  groups: number[][];
  /** Index terms a match holds none of. */
  excluded: string[];
}

type Node = { t: 'word'; quoted: string } | { t: 'or' | 'and'; items: Node[] } | { t: 'not'; left: Node; right: Node };

/** At most this many words, excluded ones included: each holds an array of frequencies as long as the case's largest message id. */
const MOST_WORDS = 4;

class NotRanked extends Error {}

/**
 * The words of an FTS5 expression as the engine ranks them, or null when FTS5 should rank it.
 * `termOf` is the one index term of a quoted string, or null when it is none or several.
 */
export function rankedWords(fullText: string, termOf: (quoted: string) => string | null): RankedWords | null {
  try {
    const shape = shapeOf(parse(fullText));
    if (shape.required.flat().length + shape.excluded.length > MOST_WORDS) return null;
    const terms = shape.required.flat().map((q) => termOrFail(termOf(q)));
    let next = 0;
    const groups = shape.required.map((group) => group.map(() => next++));
    return { terms, groups, excluded: shape.excluded.map((q) => termOrFail(termOf(q))) };
  } catch (e) {
    if (e instanceof NotRanked) return null;
    throw e;
  }
}

function termOrFail(term: string | null): string {
  if (term === null) throw new NotRanked();
  return term;
}

/** The expression's required groups of quoted words (each group an OR) and its excluded words. */
function shapeOf(node: Node): { required: string[][]; excluded: string[] } {
  const words = alternatives(node);
  if (words !== null) return { required: [words], excluded: [] };
  if (node.t === 'and') {
    const parts = node.items.map(shapeOf);
    return { required: parts.flatMap((s) => s.required), excluded: parts.flatMap((s) => s.excluded) };
  }
  if (node.t === 'not') {
    const left = shapeOf(node.left);
    const right = alternatives(node.right);
    if (right === null) throw new NotRanked();
    return { required: left.required, excluded: [...left.excluded, ...right] };
  }
  throw new NotRanked();
}

/** The quoted words of a word or an OR of words, else null. */
function alternatives(node: Node): string[] | null {
  if (node.t === 'word') return [node.quoted];
  if (node.t !== 'or') return null;
  const words = node.items.map(alternatives);
  return words.every((w) => w !== null) ? words.flat() : null;
}

/** FTS5's grammar for quoted words, parentheses, AND, OR and NOT; anything else is not ranked here. */
function parse(text: string): Node {
  const tokens = text.match(/"(?:[^"]|"")*"|[()]|[^\s()"]+/g) ?? [];
  let at = 0;
  /** Items joined by `operator`, or the one item alone. */
  const joined = (operator: 'OR' | 'AND', item: () => Node): Node => {
    const items = [item()];
    while (tokens[at] === operator) {
      at++;
      items.push(item());
    }
    return items.length === 1 ? items[0]! : { t: operator === 'OR' ? 'or' : 'and', items };
  };
  const orOf = (): Node => joined('OR', andOf);
  const andOf = (): Node => joined('AND', notOf);
  const notOf = (): Node => {
    let left = primary();
    while (tokens[at] === 'NOT') {
      at++;
      left = { t: 'not', left, right: primary() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = orOf();
      if (tokens[at++] !== ')') throw new NotRanked();
      return inner;
    }
    if (token?.startsWith('"')) return { t: 'word', quoted: token };
    throw new NotRanked();
  };
  const tree = orOf();
  if (at !== tokens.length) throw new NotRanked();
  return tree;
}
