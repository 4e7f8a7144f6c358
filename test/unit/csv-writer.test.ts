import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvDocument, csvRow } from '../../electron/backend/exports/csv';

describe('the CSV writer', () => {
  it('writes a cell that starts like a formula as text', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tlead', '\rlead']) {
      const cell = csvCell(text);
      expect(cell.replace(/^"/, '').startsWith("'"), `${JSON.stringify(text)} -> ${cell}`).toBe(true);
    }
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
  });

  it('leaves ordinary text as written and empties null', () => {
    expect(csvCell('hello')).toBe('hello');
    expect(csvCell('a - b = c')).toBe('a - b = c');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('ends records with CRLF and opens a document with a byte-order mark', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
    expect(csvDocument(['h1', 'h2'], [['x', '=y']])).toBe(`${CSV_BOM}h1,h2\r\nx,'=y\r\n`);
  });
});
