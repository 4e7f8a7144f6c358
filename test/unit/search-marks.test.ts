// Matched passages: read back from FTS5's highlight(), merged with regex matches, cut into snippets.
import { describe, expect, it } from 'vitest';
import { SNIPPET_CLOSE as C, SNIPPET_OPEN as O } from '../../shared/api';
import { marksFromHighlighted, mergeMarks, regexMarks, snippetOf } from '../../electron/backend/search/marks';

describe('marks', () => {
  it('reads highlight() output as ranges of the body', () => {
    expect(marksFromHighlighted(`The ${O}permit${C} ${O}fee${C} 🔥 ${O}paid${C}`, 'The permit fee 🔥 paid')).toEqual([
      [4, 10],
      [11, 14],
      [18, 22],
    ]);
  });

  it('marks nothing when the body itself holds a marker character, rather than marking wrongly', () => {
    const body = `odd ${O} body`;
    expect(marksFromHighlighted(`${O}odd${C} ${O} body`, body)).toEqual([]);
  });

  it('finds every non-empty regex match, ignoring case', () => {
    expect(regexMarks('Call 555-1234 or 555-9876', ['\\d{3}-\\d{4}'])).toEqual([
      [5, 13],
      [17, 25],
    ]);
    expect(regexMarks('PERMIT permit', ['permit'])).toEqual([
      [0, 6],
      [7, 13],
    ]);
    expect(regexMarks('abc', ['x*'])).toEqual([]);
  });

  it('merges overlapping passages and keeps adjacent ones apart', () => {
    expect(mergeMarks([[10, 14], [0, 3], [2, 5], [5, 7]])).toEqual([
      [0, 5],
      [5, 7],
      [10, 14],
    ]);
  });
});

/** The snippet's text without its marks and ellipses. */
const plain = (snippet: string) => snippet.split(O).join('').split(C).join('').split('…').join('');

describe('snippets', () => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

  it('show a short body whole, with its passages marked', () => {
    expect(snippetOf('The permit fee', [[4, 10]])).toBe(`The ${O}permit${C} fee`);
  });

  it('cut a long body at spaces around the first passage, with … where cut', () => {
    const at = long.indexOf('word30');
    const snippet = snippetOf(long, [[at, at + 6]]);
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain(`${O}word30${C}`);
    expect(snippet.length).toBeLessThan(200);
    expect(plain(snippet).split(' ').every((w) => /^word\d+$/.test(w))).toBe(true);
  });

  it('start a long body without passages at its beginning', () => {
    const snippet = snippetOf(long, []);
    expect(snippet.startsWith('word0 word1')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('never cut an emoji in half', () => {
    const body = '🔥'.repeat(120);
    const snippet = snippetOf(body, [[100, 102]]);
    expect(plain(snippet)).toMatch(/^(🔥)+$/u);
  });
});
