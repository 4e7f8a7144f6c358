// The privilege log: one line per withheld document, withheld message and redaction, with its Bates
// number, date, author, recipients, privilege type and the reviewer's description. It names what was
// kept back, never the text kept back. Written as CSV (the exports' one CSV writer) and, with PDF, as a
// printed table.
import { renderToStaticMarkup } from 'react-dom/server';
import { csvDocument } from '../exports/csv';

export interface PrivilegeLogLine {
  bates: string;
  date: string;
  author: string;
  recipients: string;
  privilegeType: string;
  description: string;
}

const HEADER = ['Bates', 'Date', 'Author', 'Recipients', 'Privilege type', 'Description'] as const;

const cells = (l: PrivilegeLogLine) => [l.bates, l.date, l.author, l.recipients, l.privilegeType, l.description] as const;

// The Bates number and the date are never broken across lines: a reader looks them up whole.
const STYLE = 'body{font:11px/1.4 "DejaVu Sans",sans-serif}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccd;padding:3px 5px;text-align:start;vertical-align:top}th{background:#f3f4f7}td:first-child,td:nth-child(2){white-space:nowrap}';

export function privilegeLogCsv(lines: readonly PrivilegeLogLine[]): string {
  return csvDocument(HEADER, lines.map(cells));
}

export function privilegeLogHtml(title: string, lines: readonly PrivilegeLogLine[]): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(
    <html lang="und">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <h1>{title}</h1>
        <table>
          <thead>
            <tr>{HEADER.map((h) => <th key={h}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>{cells(l).map((c, j) => <td key={j} dir="auto">{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
        {lines.length === 0 ? <p>Nothing was withheld or redacted.</p> : null}
      </body>
    </html>,
  )}`;
}
