// The Concordance load file (DATA/<prefix>.dat): UTF-8 with a BOM, each field quoted with þ (U+00FE)
// and separated by ASCII 20 (DC4), one row per document, CRLF line ends. The format has no escape: a
// þ inside a value would end the field, so it is written as a plain "p"; line breaks become spaces.

export const DAT_FIELDS = [
  'BEGBATES', 'ENDBATES', 'CUSTODIAN', 'CONVERSATION', 'PARTICIPANTS', 'DATEBEGIN', 'DATEEND', 'MESSAGECOUNT', 'SOURCEHASH', 'NATIVEPATH', 'TEXTPATH', 'PDFPATH',
] as const;

export type DatRow = Record<(typeof DAT_FIELDS)[number], string>;

const QUOTE = '\u00fe';
const SEPARATOR = '\u0014';

function field(value: string): string {
  return QUOTE + value.replace(/\u00fe/g, 'p').replace(/[\r\n]+/g, ' ') + QUOTE;
}

export function datFile(rows: readonly DatRow[]): string {
  const line = (values: readonly string[]) => values.map(field).join(SEPARATOR) + '\r\n';
  return '\ufeff' + line(DAT_FIELDS) + rows.map((r) => line(DAT_FIELDS.map((f) => r[f]))).join('');
}
