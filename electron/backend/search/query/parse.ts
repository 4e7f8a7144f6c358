// Parses the search language into a tree (grammar in docs/search-language.md):
//   query   := or
//   or      := and ('OR' and)*
//   and     := unary (['AND'] unary)*          a space between terms means AND
//   unary   := 'NOT' unary | near
//   near    := primary ('w/N' primary)?        two sides only; chain proximities with AND
//   primary := '(' or ')' | word | "phrase" | prefix* | ~fuzzy | /regex/ | field:value
// then checks what the grammar alone cannot: what a proximity may join, where a regex may stand, and
// each field's value.
import { QuerySyntaxError, positionText, type AndNode, type NotNode, type OrNode, type QueryNode, type TextNode } from './ast';
import { checkFieldValue } from './fields';
import { lex, type Token } from './lex';

export function parseQuery(query: string): QueryNode {
  if (query.trim() === '') throw new QuerySyntaxError('The search is empty.', 0, query.length);
  const parser = new Parser(lex(query));
  const tree = parser.parseOr();
  parser.expectEnd();
  checkTree(tree, true);
  return tree;
}

const TERM_STARTS = new Set<Token['kind']>(['lparen', 'not', 'word', 'phrase', 'prefix', 'fuzzy', 'regex', 'field']);

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token {
    return this.tokens[this.at++]!;
  }

  parseOr(): QueryNode {
    const items = [this.parseAnd()];
    while (this.peek()?.kind === 'or') {
      const or = this.next();
      this.requireTermAfter(or, 'OR');
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0]! : group('or', items);
  }

  private parseAnd(): QueryNode {
    const items = [this.parseUnary()];
    for (;;) {
      const token = this.peek();
      if (token?.kind === 'and') {
        this.next();
        this.requireTermAfter(token, 'AND');
      } else if (token === undefined || !TERM_STARTS.has(token.kind)) {
        break;
      }
      items.push(this.parseUnary());
    }
    return items.length === 1 ? items[0]! : group('and', items);
  }

  private parseUnary(): QueryNode {
    const token = this.peek();
    if (token?.kind !== 'not') return this.parseNear();
    this.next();
    this.requireTermAfter(token, 'NOT');
    const item = this.parseUnary();
    return { type: 'not', item, start: token.start, end: item.end } satisfies NotNode;
  }

  private parseNear(): QueryNode {
    const left = this.parsePrimary();
    const near = this.peek();
    if (near?.kind !== 'near') return left;
    this.next();
    const word = `w/${near.distance}`;
    this.requireTermAfter(near, word);
    const negated = this.peek();
    if (negated?.kind === 'not') {
      throw new QuerySyntaxError(`${word} cannot join a NOT (at ${positionText(negated.start)}); write a AND NOT b, or NOT (a ${word} b).`, negated.start, negated.end);
    }
    const right = this.parsePrimary();
    const chained = this.peek();
    if (chained?.kind === 'near') {
      throw new QuerySyntaxError(
        `A proximity joins two terms; write (a ${word} b) AND (b w/${chained.distance} c) instead of chaining them (at ${positionText(chained.start)}).`,
        chained.start,
        chained.end,
      );
    }
    return { type: 'near', left: textSide(left, word), right: textSide(right, word), distance: near.distance, start: left.start, end: right.end };
  }

  private parsePrimary(): QueryNode {
    const token = this.peek();
    if (token === undefined) throw new Error('parsePrimary past the end'); // callers check first
    switch (token.kind) {
      case 'lparen': {
        this.next();
        if (this.peek()?.kind === 'rparen') {
          throw new QuerySyntaxError(`The parentheses at ${positionText(token.start)} are empty.`, token.start, this.peek()!.end);
        }
        if (this.peek() === undefined) throw unclosed(token);
        const inner = this.parseOr();
        const close = this.peek();
        if (close?.kind !== 'rparen') throw unclosed(token);
        this.next();
        return { ...inner, start: token.start, end: close.end };
      }
      case 'word':
      case 'phrase':
      case 'prefix':
      case 'fuzzy':
        this.next();
        return { type: token.kind, text: token.text, start: token.start, end: token.end };
      case 'regex':
        this.next();
        return { type: 'regex', source: token.source, start: token.start, end: token.end };
      case 'field':
        this.next();
        return { type: 'field', field: token.field, value: token.value, exact: token.exact, start: token.start, end: token.end };
      case 'rparen':
        throw new QuerySyntaxError(`The ) at ${positionText(token.start)} has no ( to close; to search for it, put it in quotes.`, token.start, token.end);
      default:
        throw new QuerySyntaxError(`${operatorText(token)} at ${positionText(token.start)} needs a term before it.`, token.start, token.end);
    }
  }

  private requireTermAfter(operator: Token, name: string): void {
    const next = this.peek();
    if (next === undefined || !TERM_STARTS.has(next.kind)) {
      throw new QuerySyntaxError(`${name} at ${positionText(operator.start)} needs a term after it.`, operator.start, operator.end);
    }
  }

  expectEnd(): void {
    const extra = this.peek();
    if (extra === undefined) return;
    if (extra.kind === 'rparen') {
      throw new QuerySyntaxError(`The ) at ${positionText(extra.start)} has no ( to close; to search for it, put it in quotes.`, extra.start, extra.end);
    }
    throw new QuerySyntaxError(`${operatorText(extra)} at ${positionText(extra.start)} needs a term before it.`, extra.start, extra.end);
  }
}

function operatorText(token: Token): string {
  return token.kind === 'near' ? `w/${token.distance}` : token.kind.toUpperCase();
}

function unclosed(open: Token): QuerySyntaxError {
  return new QuerySyntaxError(`The ( at ${positionText(open.start)} is never closed; add a ).`, open.start, open.end);
}

function group(type: 'and' | 'or', items: QueryNode[]): AndNode | OrNode {
  // (a OR b) OR c is one OR of three: flattening keeps the compiled expressions short.
  const flat = items.flatMap((item) => (item.type === type ? item.items : [item]));
  return { type, items: flat, start: items[0]!.start, end: items[items.length - 1]!.end };
}

/** A proximity side must be a term or an OR of terms: the index measures distance between words. */
function textSide(node: QueryNode, operator: string): TextNode {
  switch (node.type) {
    case 'word':
    case 'phrase':
    case 'prefix':
    case 'fuzzy':
      return node;
    case 'or':
      for (const item of node.items) textSide(item, operator);
      return node as TextNode;
    default:
      throw new QuerySyntaxError(
        `${operator} joins words, phrases, wildcards and ~fuzzy terms (or ORs of them); the part at ${positionText(node.start)} is none of these.`,
        node.start,
        node.end,
      );
  }
}

/** Regexes filter what the rest selects, so they may only be ANDed to it, each alone or under one NOT. */
function checkTree(node: QueryNode, topLevel: boolean): void {
  switch (node.type) {
    case 'regex':
      if (!topLevel) {
        throw new QuerySyntaxError(
          `The /regex/ at ${positionText(node.start)} filters what the rest of the search selects, so it can only be joined to the rest with AND or NOT, not inside an OR or a NOT group.`,
          node.start,
          node.end,
        );
      }
      return;
    case 'field':
      checkFieldValue(node);
      return;
    case 'and':
      for (const item of node.items) checkTree(item, topLevel);
      return;
    case 'or':
      for (const item of node.items) checkTree(item, false);
      return;
    case 'not':
      checkTree(node.item, topLevel && node.item.type === 'regex');
      return;
    default:
      return;
  }
}
