// The one CSV writer of every export (messages, the completeness report, the search-term report).
// Exports open in spreadsheet programs, and a seized message is attacker-chosen text: a cell that
// begins like a formula would be run there (CSV injection), so it is written as text with a leading
// apostrophe, the neutralisation OWASP recommends. The JSON lines export keeps the text exactly as stored.

/** Opens a CSV so that spreadsheet programs read it as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: empty for null, numbers and booleans as written, text neutralised and quoted where needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole small file: BOM, header, rows. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = CSV_BOM + csvRow(header);
  for (const row of rows) text += csvRow(row);
  return text;
}
