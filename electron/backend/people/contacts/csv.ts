// Contact lists as CSV, as address books export them (Google, Outlook, phones' own exports, a
// spreadsheet a reviewer typed): a header row naming a name column (or first and last name columns)
// and one or more phone or e-mail columns. A cell may hold several values (Google writes `a ::: b`).
import { sampleRecords, type Delimiter } from '../../importers/forensic/csv';
import type { ContactEntry, ParsedContacts } from './types';

const FULL_NAME = /^(name|full ?name|display ?name|contact( ?name)?|formatted ?name|fn|nom|nombre|vollständiger name)$/i;
const GIVEN = /^(first ?name|given ?name|vorname|prénom|prenom)$/i;
const MIDDLE = /^(middle ?name|additional ?name)$/i;
const FAMILY = /^(last ?name|family ?name|surname|nachname|nom de famille)$/i;
const FALLBACK_NAME = /^(nickname|organi[sz]ation( ?1)?( - name)?|company)$/i;
const PHONE = /phone|mobile|tel|cell|handy|whatsapp|number|nummer|numéro/i;
const EMAIL = /e-?mail|courriel/i;
/** Columns about a value rather than values: Google's `Phone 1 - Type`, Outlook's `E-mail Display Name`. */
const NOT_A_VALUE = /type|label|display|count|primary/i;

export interface CsvColumns {
  fullName: number | null;
  given: number | null;
  middle: number | null;
  family: number | null;
  fallbackName: number | null;
  phones: number[];
  emails: number[];
}

/** The columns a header row names, or null when it is not a contact list's header. */
export function contactColumns(header: string[]): CsvColumns | null {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(h.trim()));
    return i < 0 ? null : i;
  };
  const columns: CsvColumns = {
    fullName: find(FULL_NAME),
    given: find(GIVEN),
    middle: find(MIDDLE),
    family: find(FAMILY),
    fallbackName: find(FALLBACK_NAME),
    phones: header.flatMap((h, i) => (PHONE.test(h) && !NOT_A_VALUE.test(h) && !EMAIL.test(h) ? [i] : [])),
    emails: header.flatMap((h, i) => (EMAIL.test(h) && !NOT_A_VALUE.test(h) ? [i] : [])),
  };
  const named = columns.fullName !== null || columns.given !== null || columns.family !== null;
  return named && columns.phones.length + columns.emails.length > 0 ? columns : null;
}

function delimiterOf(headerLine: string): Delimiter {
  const counts = ([',', ';', '\t'] as const).map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function parseContactCsv(text: string): ParsedContacts | null {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const records = sampleRecords(text, delimiterOf(firstLine), Number.MAX_SAFE_INTEGER);
  const header = records[0];
  const columns = header ? contactColumns(header.cells) : null;
  if (!header || !columns) return null;
  const cell = (cells: string[], i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const values = (cells: string[], at: number[]) => at.flatMap((i) => cell(cells, i).split(/\s*:::\s*|\r?\n/)).filter(Boolean);
  const entries: ContactEntry[] = [];
  for (const r of records.slice(1)) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const composed = [cell(r.cells, columns.given), cell(r.cells, columns.middle), cell(r.cells, columns.family)].filter(Boolean).join(' ');
    const name = cell(r.cells, columns.fullName) || composed || cell(r.cells, columns.fallbackName);
    entries.push({ name: name.replace(/\s+/g, ' '), phones: values(r.cells, columns.phones), emails: values(r.cells, columns.emails), line: r.lineStart });
  }
  return { format: 'csv', entries, problems: [] };
}
