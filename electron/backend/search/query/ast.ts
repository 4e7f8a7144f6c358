// The search language's syntax tree (docs/search-language.md). Every node keeps where it was written
// (UTF-16 offsets into the query, end exclusive) so that every later error can point at it.

export interface Span {
  start: number;
  end: number;
}

export const FIELD_NAMES = ['from', 'in', 'source', 'custodian', 'app', 'kind', 'tag', 'has', 'after', 'before', 'on', 'note', 'reviewed', 'reviewer', 'person'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A word as typed; punctuation inside it (e-mail, 10:30) makes it a phrase of its parts, as in the index. */
export interface WordNode extends Span {
  type: 'word';
  text: string;
}

export interface PhraseNode extends Span {
  type: 'phrase';
  text: string;
}

/** `deli*`: every indexed word that starts with `text`. */
export interface PrefixNode extends Span {
  type: 'prefix';
  text: string;
}

/** `~term`: the indexed words similar to `text`. */
export interface FuzzyNode extends Span {
  type: 'fuzzy';
  text: string;
}

export interface RegexNode extends Span {
  type: 'regex';
  source: string;
}

export interface FieldNode extends Span {
  type: 'field';
  field: FieldName;
  value: string;
  /** Written in quotes: the whole value must match, not a part of it. */
  exact: boolean;
}

/** `a w/N b`: both within N words of each other, in either order. */
export interface NearNode extends Span {
  type: 'near';
  left: TextNode;
  right: TextNode;
  distance: number;
}

export interface AndNode extends Span {
  type: 'and';
  items: QueryNode[];
}

export interface OrNode extends Span {
  type: 'or';
  items: QueryNode[];
}

export interface NotNode extends Span {
  type: 'not';
  item: QueryNode;
}

/** What one side of a proximity may be: a term, or terms joined by OR. */
export type TextNode = WordNode | PhraseNode | PrefixNode | FuzzyNode | (OrNode & { items: TextNode[] });

export type QueryNode = WordNode | PhraseNode | PrefixNode | FuzzyNode | RegexNode | FieldNode | NearNode | AndNode | OrNode | NotNode;

/** A mistake in a query: one sentence, and the part of the query it is about. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** 1-based, as a reviewer counts characters. */
export function positionText(offset: number): string {
  return `position ${offset + 1}`;
}
