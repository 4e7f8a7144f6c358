// Whatever a message holds, the CSV a reviewer opens gives back the same cells (formula-like text
// prefixed with one apostrophe and nothing else changed), read by the project's RFC 4180 reader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvDocument } from '../../electron/backend/exports/csv';
import { sampleRecords } from '../../electron/backend/importers/forensic/csv';

const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '=', '+', '-', '@', '\t', 'é', '😀', ';') , maxLength: 12 });

describe('CSV write, then read', () => {
  it('gives back every cell', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = csvDocument(['a', 'b', 'c'], rows);
        expect(text.startsWith(CSV_BOM)).toBe(true);
        const records = sampleRecords(text.slice(CSV_BOM.length), ',', rows.length + 1);
        expect(records.map((r) => r.cells)).toEqual([['a', 'b', 'c'], ...rows.map((row) => row.map(neutralised))]);
      }),
      { numRuns: 300 },
    );
  });
});
