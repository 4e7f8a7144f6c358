// The production transcript as HTML: a cover sheet, then each document's messages with their Bates
// numbers, local time and zone, author, text, reply quotes, edits with the original, reactions and
// attachments; gap findings drawn as bands where they sit; redactions and withheld messages as boxes
// naming the reason. React's server renderer escapes every text from the evidence, so a seized message
// cannot inject markup. The PDF is this same page printed (pdf.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import type { FindingBand, ProducedMessage } from './content';
import type { Segment } from './redactions';

export interface CoverSheet {
  caseName: string;
  title: string;
  confidentiality: string;
  batesBegin: string;
  batesEnd: string;
  documents: number;
  withheldDocuments: number;
  query: string;
  unit: string;
  timeZone: string;
  firstLocal: string | null;
  lastLocal: string | null;
  messages: number;
  deletedMessages: number;
  findings: number;
  redactions: number;
  custodians: string[];
  sources: { file: string; sha256: string; format: string; custodian: string | null; importedAt: string }[];
  producedBy: string;
  producedAt: string;
  auditHead: string;
}

export interface RenderedDocument {
  batesBegin: string;
  batesEnd: string;
  conversation: string;
  platform: string | null;
  label: string;
  /** Null for a produced document; the reason for a withheld one (its slip sheet). */
  withheld: string | null;
  messages: ProducedMessage[];
  bands: FindingBand[];
  /** Images shown inline, as data URLs by attachment id (the page loads nothing from outside). */
  images?: ReadonlyMap<number, string>;
}

const STYLE = `
body{font:12px/1.45 "Noto Sans","DejaVu Sans",system-ui,sans-serif,"Noto Color Emoji";margin:0;color:#1d2433}
main{padding:0 4px}
h1{font-size:18px;margin:0 0 8px}h2{font-size:14px;margin:0 0 6px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9dde5;padding:3px 5px;vertical-align:top;text-align:start}th{background:#f6f7f9;width:28%}
code,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:10px;word-break:break-all}
.cover,.doc,.slip{page-break-after:always}
.doc-head{border-bottom:2px solid #1f4e79;margin-bottom:8px;padding-bottom:4px}
.msg{border-bottom:1px solid #eceef2;padding:4px 0;page-break-inside:avoid}
.meta{color:#4a5365;font-size:11px}.bates{font-family:monospace;color:#1f4e79;margin-inline-end:6px}
.author{font-weight:600;color:#1d2433}
.flag{display:inline-block;border:1px solid #b9c0cc;border-radius:3px;padding:0 4px;margin-inline-start:4px;font-size:10px}
.deleted .body{color:#8a2b2b}.system .body{font-style:italic;color:#5d6678}.context{background:#f8f8fb}
.body{margin:2px 0;white-space:pre-wrap;unicode-bidi:plaintext}
blockquote{margin:2px 0;padding:2px 8px;border-inline-start:3px solid #c5ccd8;color:#4a5365;unicode-bidi:plaintext}
.redaction{display:inline-block;background:#111;color:#fff;padding:0 6px;border-radius:2px;font-size:11px}
.band{background:#fff6e5;border:1px dashed #e0b400;padding:3px 6px;margin:4px 0;font-size:11px}
.slip{text-align:center;padding-top:120px}.slip h1{font-size:28px}
ul{margin:2px 0;padding-inline-start:18px}
img.inline{display:block;max-width:60%;max-height:300px;margin:4px 0}
`;

function Text({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s, i) => ('text' in s ? <span key={i}>{s.text}</span> : <span key={i} className="redaction">Redacted: {s.redacted}</span>))}</>;
}

function Message({ m, images }: { m: ProducedMessage; images: ReadonlyMap<number, string> | undefined }) {
  const classes = ['msg', m.deleted ? 'deleted' : '', m.kind === 'system' ? 'system' : '', m.context ? 'context' : ''].filter(Boolean).join(' ');
  return (
    <article className={classes} id={m.bates || undefined}>
      <div className="meta">
        <span className="bates">{m.bates}</span>
        <time dateTime={m.sentAtUtc ?? undefined}>{m.sentAtLocal ? `${m.sentAtLocal.replace('T', ' ')} (${m.timeZone})` : 'no time in the source'}</time>{' '}
        <span className="author">{m.author ?? (m.kind === 'system' ? 'System' : 'Unknown author')}</span>
        {m.deleted ? <span className="flag">deleted</span> : null}
        {m.edited ? <span className="flag">edited</span> : null}
        {m.kind === 'system' ? <span className="flag">system</span> : null}
        {m.context ? <span className="flag">context: parent of a produced reply</span> : null}
        {m.contentStatus ? <span className="flag">{m.contentStatus.replace(/_/g, ' ')}</span> : null}
      </div>
      {m.quote ? (
        <blockquote dir="auto">
          Reply to {m.quote.author ?? 'unknown'}
          {m.quote.bates === null ? '' : ` (${m.quote.bates})`}: {m.quote.text}
        </blockquote>
      ) : null}
      <p className="body" dir="auto">
        <Text segments={m.body} />
      </p>
      {m.edits.length ? (
        <ul>
          {m.edits.map((e, i) => (
            <li key={i} dir="auto">
              Edited{e.by ? ` by ${e.by}` : ''}{e.at ? ` at ${e.at}` : ''}: original “{e.previous ?? '(not recorded)'}” → “{e.next ?? '(not recorded)'}”
            </li>
          ))}
        </ul>
      ) : null}
      {m.reactions.length ? <div className="meta">Reactions: {m.reactions.map((r) => `${r.value}${r.by ? ` ${r.by}` : ''}`).join(', ')}</div> : null}
      {m.attachments.length ? (
        <ul>
          {m.attachments.map((a) =>
            a.redacted !== null ? (
              <li key={a.id}>
                Attachment: <span className="redaction">Redacted: {a.redacted}</span>
              </li>
            ) : (
              <li key={a.id}>
                Attachment: {a.name} {a.present ? '' : '(not in the export) '}
                {a.sha256 ? <code>SHA-256 {a.sha256}</code> : null}
                {images?.has(a.id) ? <img className="inline" src={images.get(a.id)} alt={a.name} /> : null}
              </li>
            ),
          )}
        </ul>
      ) : null}
    </article>
  );
}

function Band({ b }: { b: FindingBand }) {
  return (
    <div className="band">
      Gap finding {b.rule} ({b.strength}): {b.text}
    </div>
  );
}

function DocumentBody({ d }: { d: RenderedDocument }) {
  if (d.withheld !== null) {
    return (
      <section className="slip">
        <h1>Withheld: {d.withheld.toLowerCase()}</h1>
        <p className="bates">{d.batesBegin}</p>
        <p>
          {d.conversation} — {d.label}
        </p>
        <p>This document is withheld and listed in the privilege log.</p>
      </section>
    );
  }
  const bandsBefore = (id: number | null) => d.bands.filter((b) => b.beforeMessageId === id).map((b, i) => <Band key={`${id}-${i}`} b={b} />);
  return (
    <section className="doc">
      <div className="doc-head">
        <h2 dir="auto">
          {d.conversation} — {d.label}
        </h2>
        <div className="meta">
          {d.batesBegin ? `${d.batesBegin} – ${d.batesEnd} · ` : ''}
          {d.messages.length} messages{d.platform ? ` · ${d.platform}` : ''}
        </div>
      </div>
      {d.messages.map((m) => (
        <div key={m.id}>
          {bandsBefore(m.id)}
          <Message m={m} images={d.images} />
        </div>
      ))}
      {bandsBefore(null)}
    </section>
  );
}

function Cover({ c }: { c: CoverSheet }) {
  const rows: [string, string][] = [
    ['Case', c.caseName],
    ['Bates range', `${c.batesBegin} – ${c.batesEnd}`],
    ['Documents', `${c.documents} (${c.withheldDocuments} withheld)`],
    ['Selection', `${c.query} (one document per ${c.unit === 'day' ? 'conversation-day' : 'conversation'})`],
    ['Display zone', c.timeZone],
    ['Date range', `${c.firstLocal ?? '?'} – ${c.lastLocal ?? '?'} (${c.timeZone})`],
    ['Messages', String(c.messages)],
    ['Deleted messages', String(c.deletedMessages)],
    ['Gap findings', String(c.findings)],
    ['Redactions applied', String(c.redactions)],
    ['Custodians', c.custodians.join(', ') || 'not given'],
    ['Produced by', `${c.producedBy}, ${c.producedAt}`],
    ['Audit chain head', c.auditHead],
  ];
  return (
    <section className="cover">
      <h1>{c.title}</h1>
      <p>{c.confidentiality}</p>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th>{k}</th>
              <td className={k === 'Audit chain head' ? 'mono' : undefined}>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 style={{ marginTop: 12 }}>Sources</h2>
      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>SHA-256</th>
            <th>Format</th>
            <th>Custodian</th>
          </tr>
        </thead>
        <tbody>
          {c.sources.map((s) => (
            <tr key={s.sha256}>
              <td dir="auto">{s.file}</td>
              <td className="mono">{s.sha256}</td>
              <td>{s.format}</td>
              <td>{s.custodian ?? 'not given'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A whole page: the cover sheet (when given) and the documents. */
export function transcriptHtml(title: string, cover: CoverSheet | null, documents: readonly RenderedDocument[]): string {
  const body = renderToStaticMarkup(
    <html lang="und">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        {/* Our own constant, not evidence: set as is so the font names keep their quotes. */}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <main>
          {cover ? <Cover c={cover} /> : null}
          {documents.map((d) => (
            <DocumentBody key={d.batesBegin} d={d} />
          ))}
        </main>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>\n${body}`;
}
