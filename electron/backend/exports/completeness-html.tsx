// The completeness report as an HTML file to read and print. It is rendered by React's server
// renderer so that every text from the evidence (titles, explanations, quoted messages) is escaped by
// default: a seized message cannot inject markup into a report handed to counsel.
import { renderToStaticMarkup } from 'react-dom/server';
import { FINDING_GROUPS, type CompletenessReport, type Finding } from '../../../shared/findings';
import type { ChainHead } from '../audit/log';
import { findingEvidenceText, findingReviewText, findingSpan, headSentence } from './finding-text';

const STYLE =
  'body{font:13px/1.45 system-ui,sans-serif;margin:24px;color:#1d2433}h1{font-size:20px}h2{font-size:16px;margin-top:32px;border-top:2px solid #1f4e79;padding-top:12px}h3{font-size:13px;margin:16px 0 6px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9dde5;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f6f7f9}.ev{font-family:monospace;font-size:11px}.statement{background:#fff6e5;padding:8px;border-left:3px solid #e0b400}.none,.note{color:#5d6678}.note{margin:0 0 6px}code{font-size:11px}.head{font-family:monospace;font-size:11px;word-break:break-all}';

function FindingTable({ findings }: { findings: Finding[] }) {
  return (
    <table>
      <thead>
        <tr><th>Rule</th><th>Type</th><th>Strength</th><th>When</th><th>What</th><th>Evidence</th></tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id}>
            <td>{f.rule}</td><td>{f.type}</td><td>{f.strength}</td><td>{findingSpan(f)}</td><td>{f.explanation}{f.review ? <p className="note">{findingReviewText(f)}</p> : null}</td>
            <td className="ev">{findingEvidenceText(f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConversationSection({ report: r }: { report: CompletenessReport }) {
  return (
    <section>
      <h2>{r.title} <small>(conversation {r.conversationId})</small></h2>
      <p className="statement">{r.statement}</p>
      <h3>Sources</h3>
      <ul>
        {r.sources.map((x) => (
          <li key={x.id}>
            {x.file} — SHA-256 <code>{x.sha256}</code>; custodian {x.custodian ?? 'not given'}; zone {x.timeZone}; {x.firstLocal ?? '?'} – {x.lastLocal ?? '?'}
          </li>
        ))}
      </ul>
      <p>
        Matter period: {r.matterPeriod ? `${r.matterPeriod.start} to ${r.matterPeriod.end}` : 'not set'}. Counts: {r.counts.messages} messages, {r.counts.system} system,{' '}
        {r.counts.deleted} deleted, {r.counts.placeholders} placeholders ({r.counts.viewOnce} view-once).
      </p>
      {FINDING_GROUPS.map((g) => {
        const items = r.findings.filter(g.pick);
        return items.length === 0 ? (
          <div key={g.title}><h3>{g.title}</h3><p className="none">None.</p></div>
        ) : (
          <div key={g.title}><h3>{g.title} ({items.length})</h3><p className="note">{g.note}</p><FindingTable findings={items} /></div>
        );
      })}
      <h3>Could not be determined</h3>
      {r.notRun.length ? (
        <ul>{r.notRun.map((n) => <li key={n.rule}><b>{n.rule}</b>: {n.why}</li>)}</ul>
      ) : (
        <p className="none">Every rule ran.</p>
      )}
      <h3>By conversation-day, in {r.daysTimeZone}</h3>
      <table>
        <thead><tr><th>Day</th><th>Messages</th><th>System</th><th>Deleted</th><th>Placeholders</th><th>Findings</th></tr></thead>
        <tbody>
          {r.days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td><td>{d.messages}</td><td>{d.system}</td><td>{d.deleted}</td><td>{d.placeholders}</td>
              <td>{d.findings.map((x) => `${x.count} ${x.type} (${x.strength})`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CompletenessDocument({ reports, caseName, head }: { reports: CompletenessReport[]; caseName: string; head: ChainHead }) {
  const generated = new Date(reports[0]?.generatedAt ?? Date.now()).toISOString();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`Completeness report — ${caseName}`}</title>
        <meta httpEquiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <style>{STYLE}</style>
      </head>
      <body>
        <h1>Completeness report — {caseName}</h1>
        <p>
          Generated {generated} by Threadline. Findings are facts the sources record, expected loss by design, or inferred leads with a strength; none of them changes a
          message, and the absence of findings is not a statement that a conversation is complete.
        </p>
        <p className="head">{headSentence(head)}</p>
        {reports.map((r) => <ConversationSection key={r.conversationId} report={r} />)}
      </body>
    </html>
  );
}

export function completenessHtml(reports: CompletenessReport[], caseName: string, head: ChainHead): string {
  return '<!doctype html>\n' + renderToStaticMarkup(<CompletenessDocument reports={reports} caseName={caseName} head={head} />) + '\n';
}
