// The Concordance load file (DATA/loadfile.dat): UTF-8 with a BOM, each field quoted with þ (U+00FE)
// and separated by ASCII 20 (DC4), one row per document, CRLF line ends. The format has no escape: a
// þ inside a value would end the field, so it is written as a plain "p"; line breaks become spaces.
// A path column is empty when its format was not produced (no PDF asked for: no PDFPATH).
// There is no Opticon OPT beside it, on purpose: an OPT lists page images (one line per TIFF or JPEG
// page, with document breaks), and a production of chats sends natives (RSMF), extracted text and
// searchable PDFs, never page images. Lines pointing at pages inside a PDF are not OPT as review
// platforms read it, so none is written; a platform that needs images makes them from the PDFs.

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
