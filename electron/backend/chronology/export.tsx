// A chronology written out: CSV (one row an entry, the citation columns included, through the one
// CSV writer), HTML (React's server renderer, so every text is escaped) and PDF (that HTML printed
// by production's printer: the door's when it gave one, else Chromium). Each opens with a cover:
// the case, its sources and their hashes, the audit chain's head, and the self-check's warnings.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ChronologyEntry, ChronologyExport, ChronologyFormat, ChronologyView, ChronologyWarning } from '../../../shared/chronology';
import { chainHead, formatHead } from '../audit/log';
import type { Db } from '../case/open';
import { csvDocument, type CsvValue } from '../exports/csv';
import type { PrintToPdf } from '../production/page-layout';
import { PdfPrinter } from '../production/pdf';

export const CSV_HEADER = [
  'id', 'kind', 'title', 'description', 'earliest_utc', 'latest_utc', 'display_time', 'source_time', 'uncertainty', 'overlaps',
  'people', 'labels', 'chronologies', 'message_ids', 'finding_key', 'conversation_id', 'day', 'event_at', 'approximate', 'time_zone',
  'citations', 'source_sha256', 'custodians', 'bates', 'evidence_quoted', 'created_by', 'changed_by', 'changed_at_utc',
  // Added after the first release, so it comes last: the people as persons of People, for a re-import into the same case.
  'person_ids',
] as const;

/** Several values in one cell. */
export const LIST_SEPARATOR = '; ';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

function csvRowOf(e: ChronologyEntry): CsvValue[] {
  const ev = e.evidence;
  return [
    e.id, e.kind, e.title, e.description, iso(e.earliest), iso(e.latest), e.displayTime, e.sourceTime, e.uncertainty.map((u) => u.text).join(LIST_SEPARATOR), e.overlaps.join(LIST_SEPARATOR),
    e.people.join(LIST_SEPARATOR), e.labels.join(LIST_SEPARATOR), e.chronologies.join(LIST_SEPARATOR),
    ev.kind === 'messages' ? ev.messageIds.join(LIST_SEPARATOR) : null, ev.kind === 'finding' ? ev.findingKey : null, ev.kind === 'day' ? ev.conversationId : null, ev.kind === 'day' ? ev.day : null,
    ev.kind === 'event' ? ev.at : null, ev.kind === 'event' ? ev.approximate : null, ev.kind === 'event' ? ev.timeZone : null,
    e.citations.map((c) => c.text).join(' | '), unique(e.citations.map((c) => c.sourceSha256)).join(LIST_SEPARATOR), unique(e.citations.map((c) => c.custodian)).join(LIST_SEPARATOR),
    e.citations.flatMap((c) => c.bates).join(LIST_SEPARATOR), e.citations.map((c) => `${c.author ?? 'unknown'}: ${c.body}`).join(' | '), e.createdBy, e.changedBy, iso(e.changedAt),
    e.persons.flatMap((p) => (p.id === null ? [] : [p.id])).join(LIST_SEPARATOR),
  ];
}

export function chronologyCsv(view: ChronologyView): string {
  return csvDocument(CSV_HEADER, view.entries.map(csvRowOf));
}

interface Cover {
  caseName: string;
  sources: { file_name: string; sha256: string; custodian: string | null }[];
  auditHead: string;
  warnings: ChronologyWarning[];
}

function coverOf(db: Db, warnings: ChronologyWarning[]): Cover {
  return {
    caseName: basename(db.name),
    sources: db.prepare('SELECT file_name, sha256, custodian FROM sources ORDER BY id').all() as Cover['sources'],
    auditHead: formatHead(chainHead(db)),
    warnings,
  };
}

const STYLE = `body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px;vertical-align:top;text-align:left}
.warning{color:#8a1f11}.cover{page-break-after:always}blockquote{margin:2px 0 2px 8px;border-left:2px solid #999;padding-left:6px}.hash{font-family:monospace;font-size:8pt;word-break:break-all}`;

export function chronologyHtml(view: ChronologyView, cover: Cover): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`Chronology: ${view.chronology.name}`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <section className="cover">
          <h1>{`Chronology: ${view.chronology.name}`}</h1>
          <p>{`Case ${cover.caseName}; ${view.entries.length} entries; times in ${view.displayTimeZone}.`}</p>
          <p>
            Audit chain head: <span className="hash">{cover.auditHead}</span>
          </p>
          <h2>Sources</h2>
          <table>
            <tbody>
              {cover.sources.map((s) => (
                <tr key={s.sha256}>
                  <td>{s.file_name}</td>
                  <td className="hash">{s.sha256}</td>
                  <td>{s.custodian ?? 'no custodian recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Self-check</h2>
          {cover.warnings.length === 0 ? (
            <p>Every citation was checked against the case: no warnings.</p>
          ) : (
            <ul>
              {cover.warnings.map((w, i) => (
                <li key={i} className="warning">
                  {w.text}
                </li>
              ))}
            </ul>
          )}
        </section>
        {view.entries.map((e) => (
          <section key={e.id}>
            <h3>{`${e.displayTime} — ${e.title}`}</h3>
            {e.sourceTime && <p>{`Source clock: ${e.sourceTime}`}</p>}
            {e.uncertainty.length > 0 && <p>{`Uncertainty: ${e.uncertainty.map((u) => u.text).join('; ')}`}</p>}
            {e.overlaps.length > 0 && <p>{`Overlaps entries ${e.overlaps.join(', ')}: no order is claimed between them.`}</p>}
            {e.description && <p>{e.description}</p>}
            {(e.people.length > 0 || e.labels.length > 0) && <p>{`People: ${e.people.join(', ') || '—'}. Labels: ${e.labels.join(', ') || '—'}.`}</p>}
            {e.finding && <p>{`Finding ${e.finding.rule}: ${e.finding.explanation}`}</p>}
            {e.citations.map((c) => (
              <div key={c.messageId}>
                <blockquote>{`${c.author ?? 'unknown'}: ${c.body}`}</blockquote>
                <p className="hash">{c.text + (c.bates.length ? `; produced as ${c.bates.join(', ')}` : '')}</p>
              </div>
            ))}
            <p>{`Entry ${e.id}, made by ${e.createdBy}, last changed by ${e.changedBy} at ${iso(e.changedAt)}.`}</p>
          </section>
        ))}
      </body>
    </html>,
  )}`;
}

export async function writeChronology(
  db: Db,
  view: ChronologyView,
  warnings: ChronologyWarning[],
  format: ChronologyFormat,
  outPath: string,
  printToPdf?: PrintToPdf,
): Promise<ChronologyExport> {
  const cover = coverOf(db, warnings);
  if (format === 'csv') writeFileSync(outPath, chronologyCsv(view));
  else if (format === 'html') writeFileSync(outPath, chronologyHtml(view, cover));
  else {
    const printer = await PdfPrinter.open(printToPdf);
    try {
      writeFileSync(outPath, await printer.print(chronologyHtml(view, cover), { bates: `Chronology: ${view.chronology.name}`, legend: `Audit head ${cover.auditHead.slice(0, 24)}…` }));
    } finally {
      await printer.close();
    }
  }
  return { path: outPath, format, entries: view.entries.length, warnings, auditHead: cover.auditHead };
}
