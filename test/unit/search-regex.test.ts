// The /regex/ engine: linear time whatever the pattern, with JavaScript's meaning kept for the
// syntax both engines share, checked against JavaScript's own RegExp on inputs it answers quickly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RegexSyntaxError, regexMatchRanges, searchRegex } from '../../electron/backend/search/regex';

const jsRanges = (text: string, source: string) =>
  [...text.matchAll(new RegExp(source, 'giu'))].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);

describe('search regexes', () => {
  it('answers patterns that make a backtracking engine run for ages', () => {
    const many = 'a'.repeat(34);
    expect(searchRegex('(a+)+$').test(many)).toBe(true);
    expect(searchRegex('(a+)+$').test(`${many}!`)).toBe(false);
    expect(searchRegex('(a|a)*b').test(many)).toBe(false);
    expect(searchRegex('(x+x+)+y').test('x'.repeat(100_000))).toBe(false);
    expect(regexMatchRanges(`${many}!`, '(a|aa)+$')).toEqual([]);
  });

  it('keeps JavaScript’s meaning for escapes RE2 writes differently', () => {
    expect(searchRegex('caf\\u00e9').test('CAFÉ')).toBe(true);
    expect(searchRegex('\\u{1F525}').test('hot 🔥')).toBe(true);
    expect(searchRegex('a\\cJb').test('a\nb')).toBe(true);
    expect(searchRegex('\\p{Script=Greek}+').test('λόγος')).toBe(true);
    expect(searchRegex('\\p{sc=Greek}').test('logos')).toBe(false);
    expect(searchRegex('a\\sb').test('a\u00a0b')).toBe(true);
    expect(searchRegex('a[\\s]b').test('a\u202fb')).toBe(true);
    expect(searchRegex('a\\Sb').test('a\u00a0b')).toBe(false);
    expect(searchRegex('a.b').test('a\rb')).toBe(false);
    expect(searchRegex('a.b').test('a\u2028b')).toBe(false);
    expect(searchRegex('a[^]b').test('a\nb')).toBe(true);
    expect(searchRegex('a\\/b').test('a/b')).toBe(true);
  });

  it('gives UTF-16 ranges, as the snippets and thread marks count', () => {
    expect(regexMatchRanges('🔥 fee 🔥 FEE', 'fee')).toEqual([
      [3, 6],
      [10, 13],
    ]);
  });

  it('refuses what no linear-time engine can do, saying why', () => {
    for (const source of ['(a)\\1', '(?<x>a)\\k<x>', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b']) {
      expect(() => searchRegex(source), source).toThrow(RegexSyntaxError);
      expect(() => searchRegex(source), source).toThrow(/not supported: regexes run in a linear-time engine so that no search can hang/);
    }
    expect(() => searchRegex('(x')).toThrow('missing closing ): (x');
    expect(() => searchRegex('a{2000}')).toThrow(/invalid repeat count/);
  });

  it('finds what JavaScript finds, for patterns both engines read', () => {
    const patterns = ['a+', 'b.c', '\\d{2}', 'é|e', '[a-c]+\\s?', '\\bab', 'a\\sb', '^a', 'c$', '(?:ab)*c', '[^a\\s]+', 'É', '🔥+'];
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'é', 'É', ' ', '\u00a0', '\n', '\r', '1', '2', '🔥', '-'), maxLength: 24 });
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (source, body) => {
        expect(regexMatchRanges(body, source)).toEqual(jsRanges(body, source));
      }),
      { numRuns: 2000 },
    );
  });
});
