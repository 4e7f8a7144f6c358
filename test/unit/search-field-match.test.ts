// How field values match names, titles and files.
import { describe, expect, it } from 'vitest';
import { valueMatches } from '../../electron/backend/search/field-match';
import { allowedEdits, editDistance } from '../../electron/backend/search/vocabulary';

describe('field values', () => {
  it.each<[string, string, boolean, boolean]>([
    ['Dana Whitfield', 'dana', false, true],
    ['Dana Whitfield', 'WHITFIELD', false, true],
    ['Dana Whitfield', 'dana', true, false],
    ['Dana Whitfield', 'dana  whitfield', true, true],
    ['José Núñez', 'jose nunez', true, true],
    ['Ana Ruiz', 'Ana', false, true],
    ['Dana Whitfield', 'Ana', false, true],
    ['+44 7700 900123', '447700900123', true, true],
    ['+44 7700 900123', '7700 900', false, true],
    ['+44 7700 900123', '(0)7700-900-123', false, false],
    ['+44 7700 900123', '99', false, false],
    ['chat.txt', 'CHAT', false, true],
  ])('%s against %s (exact: %s) → %s', (candidate, value, exact, expected) => {
    expect(valueMatches(candidate, value, exact)).toBe(expected);
  });

  it('never match a missing value', () => {
    expect(valueMatches(null, 'x', false)).toBe(false);
  });
});

describe('fuzzy terms', () => {
  it('allow edits by length as Elasticsearch AUTO does', () => {
    expect([1, 2, 3, 5, 6, 12].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it.each<[string, string, number]>([
    ['receive', 'receive', 0],
    ['recieve', 'receive', 1],
    ['teh', 'the', 1],
    ['meetnig', 'meeting', 1],
    ['harbr', 'harbour', 2],
    ['permit', 'permits', 1],
    ['ca', 'abc', 3],
    ['🔥x', 'x🔥', 1],
  ])('count %s → %s as %i edits (a swap of neighbours is one)', (a, b, edits) => {
    expect(editDistance([...a], [...b])).toBe(edits);
  });
});
