// Splits a query into tokens. Operators are capitals (AND OR NOT) so that the everyday words "and",
// "or" and "not" stay searchable; w/N may be written W/N.
import { RegexSyntaxError, searchRegex } from '../regex';
import { FIELD_NAMES, QuerySyntaxError, positionText, type FieldName, type Span } from './ast';

export type Token =
  | (Span & { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' })
  | (Span & { kind: 'near'; distance: number })
  | (Span & { kind: 'word' | 'phrase' | 'prefix' | 'fuzzy'; text: string })
  | (Span & { kind: 'regex'; source: string })
  | (Span & { kind: 'field'; field: FieldName; value: string; exact: boolean });

/** The largest w/N: far beyond any sentence, small enough to stay a proximity. */
export const MAX_DISTANCE = 1000;

/** What the index counts as a word character: letters, digits, private use and symbols such as emoji. */
const SEARCHABLE = /[\p{L}\p{N}\p{Co}\p{So}]/u;

const isSpace = (ch: string) => /\s/u.test(ch);
const endsBareRun = (ch: string) => isSpace(ch) || ch === '(' || ch === ')' || ch === '"';

export function lex(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
      i++;
    } else if (ch === '"') {
      const phrase = readQuoted(query, i);
      tokens.push(phraseToken(phrase.text, i, phrase.end));
      i = expectBoundary(query, phrase.end, 'the phrase');
    } else if (ch === '/') {
      const regex = readRegex(query, i);
      tokens.push({ kind: 'regex', source: regex.source, start: i, end: regex.end });
      i = expectBoundary(query, regex.end, 'the /regex/');
    } else {
      let end = i;
      while (end < query.length && !endsBareRun(query[end]!)) end++;
      const run = query.slice(i, end);
      const quotedField = run.endsWith(':') && query[end] === '"' ? QUOTED_FIELD.exec(run) : null;
      if (quotedField && fieldName(quotedField[2]!) !== null) {
        const value = readQuoted(query, end);
        if (quotedField[1]) tokens.push({ kind: 'not', start: i, end: i + 1 });
        tokens.push(fieldToken(quotedField[2]!, `${quotedField[3]}${value.text}`, true, i + quotedField[1]!.length, value.end));
        i = expectBoundary(query, value.end, `the ${run} value`);
      } else {
        // -tag:Privileged leaves out what tag:Privileged selects, as review platforms write it.
        const negated = /^-([A-Za-z]+):(.+)$/s.exec(run);
        if (negated && fieldName(negated[1]!) !== null) tokens.push({ kind: 'not', start: i, end: i + 1 }, fieldToken(negated[1]!, negated[2]!, false, i + 1, end));
        else tokens.push(bareToken(run, i, end));
        i = end;
      }
    }
  }
  return tokens;
}

/** `tag:"Not responsive"`, `-tag:"Hot"`, `tag:inherited:"Not responsive"`: a field (maybe negated), a value prefix, then quotes. */
const QUOTED_FIELD = /^(-?)([A-Za-z]+):((?:[A-Za-z]+:)?)$/;

function readQuoted(query: string, open: number): { text: string; end: number } {
  const close = query.indexOf('"', open + 1);
  if (close < 0) throw new QuerySyntaxError(`The quote at ${positionText(open)} is never closed; add a closing ".`, open, query.length);
  return { text: query.slice(open + 1, close), end: close + 1 };
}

function readRegex(query: string, open: number): { source: string; end: number } {
  let i = open + 1;
  while (i < query.length && query[i] !== '/') i += query[i] === '\\' ? 2 : 1;
  if (i >= query.length) throw new QuerySyntaxError(`The /regex/ at ${positionText(open)} is never closed; end it with /.`, open, query.length);
  const source = query.slice(open + 1, i);
  if (source === '') throw new QuerySyntaxError(`The /regex/ at ${positionText(open)} is empty.`, open, i + 1);
  try {
    searchRegex(source);
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    throw new QuerySyntaxError(`The /regex/ at ${positionText(open)} is not a valid regular expression (${e.message}).`, open, i + 1);
  }
  return { source, end: i + 1 };
}

/** A phrase or a quoted value must be followed by a space, a parenthesis or the end. */
function expectBoundary(query: string, at: number, what: string): number {
  const next = query[at];
  if (next === undefined || isSpace(next) || next === ')' || next === '(') return at;
  const hint = next === '*' ? ' (a * wildcard ends a single word, not a phrase)' : '';
  throw new QuerySyntaxError(`Put a space after ${what} ending at ${positionText(at - 1)}${hint}.`, at, at + 1);
}

function phraseToken(text: string, start: number, end: number): Token {
  if (!SEARCHABLE.test(text)) {
    throw new QuerySyntaxError(`The phrase at ${positionText(start)} has no words to search for (no letters, digits or emoji).`, start, end);
  }
  return { kind: 'phrase', text, start, end };
}

function fieldName(name: string): FieldName | null {
  const lower = name.toLowerCase();
  return (FIELD_NAMES as readonly string[]).includes(lower) ? (lower as FieldName) : null;
}

function fieldToken(name: string, value: string, exact: boolean, start: number, end: number): Token {
  const field = fieldName(name)!;
  if (value.trim() === '') {
    throw new QuerySyntaxError(`${field}: at ${positionText(start)} needs a value, e.g. ${field}:${FIELD_EXAMPLES[field]}.`, start, end);
  }
  return { kind: 'field', field, value, exact, start, end };
}

const FIELD_EXAMPLES: Record<FieldName, string> = {
  from: '"Dana Whitfield"',
  in: '"Harbor Permit Review"',
  source: 'chat.txt',
  custodian: '"Dana Whitfield"',
  app: 'whatsapp',
  kind: 'deleted',
  tag: 'responsive',
  has: 'attachment',
  after: '2024-03-01',
  before: '2024-03-31',
  on: '2024-03-15',
  note: 'follow-up',
  reviewed: 'yes',
  reviewer: '"Pat Lee"',
  person: '"Dana Whitfield"',
};

function bareToken(run: string, start: number, end: number): Token {
  if (run === 'AND' || run === 'OR' || run === 'NOT') return { kind: run === 'AND' ? 'and' : run === 'OR' ? 'or' : 'not', start, end };
  const near = /^[wW]\/(.*)$/.exec(run);
  if (near) return nearToken(near[1]!, start, end);
  const field = /^([A-Za-z]+):(.*)$/s.exec(run);
  if (field) {
    if (fieldName(field[1]!) === null) {
      throw new QuerySyntaxError(
        `${field[1]}: at ${positionText(start)} is not a search field (they are ${FIELD_NAMES.map((f) => `${f}:`).join(' ')}); to search for the text, put it in quotes.`,
        start,
        end,
      );
    }
    return fieldToken(field[1]!, field[2]!, false, start, end);
  }
  if (run.startsWith('~')) return fuzzyToken(run.slice(1), start, end);
  if (/^-[\p{L}\p{N}]/u.test(run)) {
    throw new QuerySyntaxError(`To leave out messages with ${run.slice(1)}, write NOT ${run.slice(1)} (at ${positionText(start)}).`, start, end);
  }
  const star = run.indexOf('*');
  if (star >= 0 && star !== run.length - 1) {
    throw new QuerySyntaxError(`The * at ${positionText(start + star)} must end a word (deli*); wildcards inside or before a word are not supported.`, start + star, start + star + 1);
  }
  const text = star >= 0 ? run.slice(0, -1) : run;
  if (!SEARCHABLE.test(text)) {
    throw new QuerySyntaxError(`'${run}' at ${positionText(start)} has no words to search for (no letters, digits or emoji).`, start, end);
  }
  return { kind: star >= 0 ? 'prefix' : 'word', text, start, end };
}

function nearToken(n: string, start: number, end: number): Token {
  if (!/^\d+$/.test(n)) throw new QuerySyntaxError(`w/ at ${positionText(start)} needs a number of words, e.g. w/5.`, start, end);
  const distance = Number(n);
  if (distance < 1 || distance > MAX_DISTANCE) {
    throw new QuerySyntaxError(`w/${n} at ${positionText(start)} must be between w/1 (adjacent) and w/${MAX_DISTANCE}.`, start, end);
  }
  return { kind: 'near', distance, start, end };
}

function fuzzyToken(text: string, start: number, end: number): Token {
  if (text.includes('*') || text.includes('~') || !SEARCHABLE.test(text)) {
    throw new QuerySyntaxError(`~ at ${positionText(start)} must be followed by one word, e.g. ~receive.`, start, end);
  }
  return { kind: 'fuzzy', text, start, end };
}
