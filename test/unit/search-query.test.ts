// The search language's parser (docs/search-language.md): every construct, and every mistake with
// the sentence and the span it points at.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError, type QueryNode } from '../../electron/backend/search/query/ast';
import { parseQuery } from '../../electron/backend/search/query/parse';

/** The tree without spans, to compare shapes. */
function shape(node: QueryNode): unknown {
  switch (node.type) {
    case 'word':
    case 'phrase':
    case 'prefix':
    case 'fuzzy':
      return `${node.type}:${node.text}`;
    case 'regex':
      return `regex:${node.source}`;
    case 'field':
      return `${node.field}:${node.exact ? `"${node.value}"` : node.value}`;
    case 'near':
      return { near: node.distance, left: shape(node.left), right: shape(node.right) };
    case 'and':
    case 'or':
      return { [node.type]: node.items.map(shape) };
    case 'not':
      return { not: shape(node.item) };
  }
}

function failure(query: string): { message: string; start: number; end: number } {
  try {
    parseQuery(query);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { message: e.message, start: e.start, end: e.end };
    throw e;
  }
  throw new Error(`${query} parsed`);
}

describe('search language: constructs', () => {
  it.each<[string, string, unknown]>([
    ['a word', 'permit', 'word:permit'],
    ['words joined by punctuation stay one term (the index makes them a phrase)', 'e-mail', 'word:e-mail'],
    ['a phrase', '"permit fee"', 'phrase:permit fee'],
    ['a space means AND', 'permit fee', { and: ['word:permit', 'word:fee'] }],
    ['explicit AND', 'permit AND fee', { and: ['word:permit', 'word:fee'] }],
    ['OR', 'permit OR licence', { or: ['word:permit', 'word:licence'] }],
    ['lowercase and / or / not are words', 'to be or not', { and: ['word:to', 'word:be', 'word:or', 'word:not'] }],
    ['NOT', 'NOT draft', { not: 'word:draft' }],
    ['a NOT b is a AND NOT b', 'permit NOT draft', { and: ['word:permit', { not: 'word:draft' }] }],
    ['AND binds tighter than OR', 'a b OR c', { or: [{ and: ['word:a', 'word:b'] }, 'word:c'] }],
    ['NOT binds tighter than AND', 'NOT a b', { and: [{ not: 'word:a' }, 'word:b'] }],
    ['parentheses group', 'a (b OR c)', { and: ['word:a', { or: ['word:b', 'word:c'] }] }],
    ['nested ORs flatten', '(a OR b) OR c', { or: ['word:a', 'word:b', 'word:c'] }],
    ['NOT NOT', 'NOT NOT a', { not: { not: 'word:a' } }],
    ['proximity', 'permit w/5 fee', { near: 5, left: 'word:permit', right: 'word:fee' }],
    ['W/N in capitals', 'permit W/2 fee', { near: 2, left: 'word:permit', right: 'word:fee' }],
    ['proximity binds tighter than AND', 'x a w/1 b', { and: ['word:x', { near: 1, left: 'word:a', right: 'word:b' }] }],
    ['proximity over ORs, phrases, prefixes and fuzzy terms', '(a OR "b c") w/3 ~dleiver', { near: 3, left: { or: ['word:a', 'phrase:b c'] }, right: 'fuzzy:dleiver' }],
    ['proximity with a prefix', 'deli* w/2 order', { near: 2, left: 'prefix:deli', right: 'word:order' }],
    ['prefix wildcard', 'deli*', 'prefix:deli'],
    ['fuzzy term', '~recieve', 'fuzzy:recieve'],
    ['regex', '/\\d{3}-\\d{4}/', 'regex:\\d{3}-\\d{4}'],
    ['regex with an escaped slash', '/a\\/b/', 'regex:a\\/b'],
    ['regex ANDed at the top', 'call /\\d+/', { and: ['word:call', 'regex:\\d+'] }],
    ['NOT regex at the top', 'call NOT /\\d+/', { and: ['word:call', { not: 'regex:\\d+' }] }],
    ['regex ANDed inside top-level parentheses', '(call /x/) fee', { and: ['word:call', 'regex:x', 'word:fee'] }],
    ['emoji are words', '🔥', 'word:🔥'],
    ['a field', 'from:dana', 'from:dana'],
    ['field names ignore case', 'FROM:dana', 'from:dana'],
    ['a quoted field value is exact', 'from:"Dana Whitfield"', 'from:"Dana Whitfield"'],
    ['conversation by id', 'in:#12', 'in:#12'],
    ['conversation by title', 'in:"Harbor Permit Review"', 'in:"Harbor Permit Review"'],
    ['source', 'source:chat.txt', 'source:chat.txt'],
    ['custodian', 'custodian:dana', 'custodian:dana'],
    ['app', 'app:whatsapp', 'app:whatsapp'],
    ['kind', 'kind:deleted', 'kind:deleted'],
    ['kind edited', 'kind:edited', 'kind:edited'],
    ['has:attachment', 'has:attachment', 'has:attachment'],
    ['dates', 'after:2024-03-01 before:2024-03-31 on:2024-03-15', { and: ['after:2024-03-01', 'before:2024-03-31', 'on:2024-03-15'] }],
    ['fields under OR and NOT', 'from:dana OR NOT kind:system', { or: ['from:dana', { not: 'kind:system' }] }],
    ['a time is a word, not a field', '10:30', 'word:10:30'],
  ])('%s: %s', (_what, query, expected) => {
    expect(shape(parseQuery(query))).toEqual(expected);
  });

  it('keeps where each part was written', () => {
    const tree = parseQuery('permit w/3 "fee paid" NOT /x/');
    expect(tree).toMatchObject({
      type: 'and',
      start: 0,
      end: 29,
      items: [
        { type: 'near', start: 0, end: 21, left: { start: 0, end: 6 }, right: { start: 11, end: 21 } },
        { type: 'not', start: 22, end: 29, item: { type: 'regex', start: 26, end: 29 } },
      ],
    });
  });
});

describe('search language: mistakes point at their position', () => {
  it.each<[string, string, RegExp, number, number]>([
    ['empty', '   ', /^The search is empty\.$/, 0, 3],
    ['unclosed quote', 'permit "fee paid', /^The quote at position 8 is never closed/, 7, 16],
    ['empty phrase', 'a ""', /^The phrase at position 3 has no words to search for/, 2, 4],
    ['phrase of punctuation', '"!?"', /^The phrase at position 1 has no words/, 0, 4],
    ['no space after a phrase', '"fee"paid', /^Put a space after the phrase ending at position 5\.$/, 5, 6],
    ['wildcard after a phrase', '"fee paid"*', /a \* wildcard ends a single word, not a phrase/, 10, 11],
    ['leading wildcard', 'a *mit', /^The \* at position 3 must end a word/, 2, 3],
    ['inner wildcard', 'de*li', /^The \* at position 3 must end a word/, 2, 3],
    ['double wildcard', 'deli**', /^The \* at position 5 must end a word/, 4, 5],
    ['lone wildcard', '*', /^'\*' at position 1 has no words to search for/, 0, 1],
    ['punctuation only', 'a !!!', /^'!!!' at position 3 has no words to search for/, 2, 5],
    ['minus instead of NOT', 'permit -draft', /^To leave out messages with draft, write NOT draft \(at position 8\)\.$/, 7, 13],
    ['unclosed parenthesis', '(a OR b', /^The \( at position 1 is never closed/, 0, 1],
    ['unclosed nested parenthesis', 'x (a (b)', /^The \( at position 3 is never closed/, 2, 3],
    ['stray closing parenthesis', 'a b)', /^The \) at position 4 has no \( to close/, 3, 4],
    ['closing parenthesis first', ') a', /^The \) at position 1 has no \( to close/, 0, 1],
    ['empty parentheses', 'a ()', /^The parentheses at position 3 are empty\.$/, 2, 4],
    ['AND first', 'AND a', /^AND at position 1 needs a term before it\.$/, 0, 3],
    ['AND last', 'a AND', /^AND at position 3 needs a term after it\.$/, 2, 5],
    ['OR last', 'a OR', /^OR at position 3 needs a term after it\.$/, 2, 4],
    ['OR OR', 'a OR OR b', /^OR at position 3 needs a term after it\.$/, 2, 4],
    ['OR first', 'OR a', /^OR at position 1 needs a term before it\.$/, 0, 2],
    ['NOT last', 'a NOT', /^NOT at position 3 needs a term after it\.$/, 2, 5],
    ['OR after an opening parenthesis', '(OR a)', /^OR at position 2 needs a term before it\.$/, 1, 3],
    ['proximity first', 'w/3 a', /^w\/3 at position 1 needs a term before it\.$/, 0, 3],
    ['proximity last', 'a w/3', /^w\/3 at position 3 needs a term after it\.$/, 2, 5],
    ['proximity without a number', 'a w/ b', /^w\/ at position 3 needs a number of words/, 2, 4],
    ['proximity with letters', 'a w/x b', /^w\/ at position 3 needs a number of words/, 2, 5],
    ['proximity of zero', 'a w/0 b', /^w\/0 at position 3 must be between w\/1 \(adjacent\) and w\/1000\.$/, 2, 5],
    ['proximity too far', 'a w/1001 b', /^w\/1001 at position 3 must be between/, 2, 8],
    ['chained proximity', 'a w/3 b w/2 c', /^A proximity joins two terms; write \(a w\/3 b\) AND \(b w\/2 c\) instead of chaining them \(at position 9\)\.$/, 8, 11],
    ['proximity over NOT', 'a w/3 NOT b', /^w\/3 cannot join a NOT \(at position 7\)/, 6, 9],
    ['proximity over AND', '(a b) w/3 c', /^w\/3 joins words, phrases, wildcards and ~fuzzy terms \(or ORs of them\); the part at position 1 is none of these\.$/, 0, 5],
    ['proximity over a field', 'a w/3 from:dana', /the part at position 7 is none of these/, 6, 15],
    ['proximity over a regex', '/x/ w/3 a', /the part at position 1 is none of these/, 0, 3],
    ['proximity over an OR holding AND', '(a OR (b c)) w/2 d', /the part at position 7 is none of these/, 6, 11],
    ['fuzzy without a word', 'a ~', /^~ at position 3 must be followed by one word/, 2, 3],
    ['fuzzy on a phrase', '~"a b"', /^~ at position 1 must be followed by one word/, 0, 1],
    ['fuzzy with a wildcard', '~deli*', /^~ at position 1 must be followed by one word/, 0, 6],
    ['unclosed regex', 'a /\\d+', /^The \/regex\/ at position 3 is never closed; end it with \/\.$/, 2, 6],
    ['empty regex', '//', /^The \/regex\/ at position 1 is empty\.$/, 0, 2],
    ['invalid regex', 'a /(x/', /^The \/regex\/ at position 3 is not a valid regular expression \(missing closing \): \(x\)\.$/, 2, 6],
    ['regex backreference', '/(a)\\1/', /^The \/regex\/ at position 1 is not a valid regular expression \(backreferences such as \\1 are not supported: regexes run in a linear-time engine so that no search can hang\)\.$/, 0, 7],
    ['regex lookahead', 'x /a(?=b)/', /lookahead such as \(\?=…\) is not supported: regexes run in a linear-time engine/, 2, 10],
    ['regex lookbehind', '/(?<!a)b/', /lookbehind such as \(\?<!…\) is not supported/, 0, 9],
    ['regex named backreference', '/(?<n>a)\\k<n>/', /backreferences such as \\k<name> are not supported/, 0, 14],
    ['no space after a regex', '/x/y', /^Put a space after the \/regex\/ ending at position 3\.$/, 3, 4],
    ['regex under OR', 'a OR /x/', /^The \/regex\/ at position 6 filters what the rest of the search selects/, 5, 8],
    ['regex in a NOT group', 'a NOT (b /x/)', /^The \/regex\/ at position 10 filters/, 9, 12],
    ['regex in a proximity group', '(a OR /x/) b', /^The \/regex\/ at position 7 filters/, 6, 9],
    ['unknown field', 'author:dana', /^author: at position 1 is not a search field \(they are from: in: source: custodian: app: kind: tag: has: after: before: on: note: reviewed: reviewer: person:\); to search for the text, put it in quotes\.$/, 0, 11],
    ['field without a value', 'from: dana', /^from: at position 1 needs a value, e\.g\. from:"Dana Whitfield"\.$/, 0, 5],
    ['field with an empty quoted value', 'in:""', /^in: at position 1 needs a value/, 0, 5],
    ['unclosed field value', 'from:"Dana', /^The quote at position 6 is never closed/, 5, 10],
    ['reviewed: neither yes nor no', 'permit reviewed:maybe', /^reviewed:maybe at position 8 must be reviewed:yes or reviewed:no\.$/, 7, 21],
    ['tag:inherited: without a tag', 'tag:inherited:', /^tag:inherited: at position 1 needs a tag's name, e\.g\. tag:inherited:Hot\.$/, 0, 14],
    ['unknown kind', 'kind:sticker', /^kind:sticker at position 1 is not a kind; use one of text, media, deleted, system, call, location, contact, poll, unclassified, edited\.$/, 0, 12],
    ['unknown has:', 'has:link', /^has:link at position 1 is not supported; use has:attachment or has:gap\.$/, 0, 8],
    ['date without dashes', 'after:20240301', /^after:20240301 at position 1 is not a date; write it as YYYY-MM-DD/, 0, 14],
    ['impossible date', 'on:2023-02-29', /^on:2023-02-29 at position 1 is not a date/, 0, 13],
    ['month 13', 'before:2024-13-01', /^before:2024-13-01 at position 1 is not a date/, 0, 17],
    ['conversation id that is not a number', 'in:#abc', /^in:#abc at position 1 is not a conversation id/, 0, 7],
  ])('%s: %s', (_what, query, message, start, end) => {
    const error = failure(query);
    expect(error.message).toMatch(message);
    expect([error.start, error.end]).toEqual([start, end]);
  });

  it('reads a leap day as a date', () => {
    expect(shape(parseQuery('on:2024-02-29'))).toBe('on:2024-02-29');
  });
});
