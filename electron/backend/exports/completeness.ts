// The completeness report as files a reviewer hands over (spec/gaps.md §11): HTML to read and print,
// CSV to sort and count. Facts, expected loss and inferred leads stay apart; rules that could not run
// are listed with why.
import { basename } from 'node:path';
import type { SavedText } from '../../../shared/api';
import { FINDING_GROUPS, type CompletenessReport, type Finding } from '../../../shared/findings';
import type { Db } from '../case/open';
import { listConversations } from '../case/queries';
import { completenessReport } from '../gaps/queries';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function span(f: Finding): string {
  if (f.fromLocal && f.toLocal && f.fromLocal !== f.toLocal) return `${f.fromLocal} – ${f.toLocal}`;
  return f.fromLocal ?? f.toLocal ?? '';
}

function evidence(f: Finding): string {
  return f.evidence.map((e) => `${e.file}${e.line !== null ? `:${e.line}` : ''}${e.record ? ` (${e.record})` : ''}${e.text ? ` “${e.text}”` : ''}`).join('; ');
}

export function completenessHtml(reports: CompletenessReport[], caseName: string): string {
  const body = reports
    .map((r) => {
      const groups = FINDING_GROUPS.map((g) => {
        const items = r.findings.filter(g.pick);
        if (items.length === 0) return `<h3>${esc(g.title)}</h3><p class="none">None.</p>`;
        return `<h3>${esc(g.title)} (${items.length})</h3><p class="note">${esc(g.note)}</p><table><thead><tr><th>Rule</th><th>Type</th><th>Strength</th><th>When</th><th>What</th><th>Evidence</th></tr></thead><tbody>${items
          .map((f) => `<tr><td>${esc(f.rule)}</td><td>${esc(f.type)}</td><td>${esc(f.strength)}</td><td>${esc(span(f))}</td><td>${esc(f.explanation)}</td><td class="ev">${esc(evidence(f))}</td></tr>`)
          .join('')}</tbody></table>`;
      }).join('');
      const notRun = r.notRun.length
        ? `<ul>${r.notRun.map((n) => `<li><b>${esc(n.rule)}</b>: ${esc(n.why)}</li>`).join('')}</ul>`
        : '<p class="none">Every rule ran.</p>';
      const days = r.days
        .map((d) => `<tr><td>${d.day}</td><td>${d.messages}</td><td>${d.system}</td><td>${d.deleted}</td><td>${d.placeholders}</td><td>${esc(d.findings.map((x) => `${x.count} ${x.type} (${x.strength})`).join(', '))}</td></tr>`)
        .join('');
      const s = r.sources
        .map((x) => `<li>${esc(x.file)} — SHA-256 <code>${x.sha256}</code>; custodian ${esc(x.custodian ?? 'not given')}; zone ${esc(x.timeZone)}; ${esc(x.firstLocal ?? '?')} – ${esc(x.lastLocal ?? '?')}</li>`)
        .join('');
      return `<section><h2>${esc(r.title)} <small>(conversation ${r.conversationId})</small></h2>
<p class="statement">${esc(r.statement)}</p>
<h3>Sources</h3><ul>${s}</ul>
<p>Matter period: ${r.matterPeriod ? `${r.matterPeriod.start} to ${r.matterPeriod.end}` : 'not set'}. Counts: ${r.counts.messages} messages, ${r.counts.system} system, ${r.counts.deleted} deleted, ${r.counts.placeholders} placeholders (${r.counts.viewOnce} view-once).</p>
${groups}
<h3>Could not be determined</h3>${notRun}
<h3>By conversation-day</h3><table><thead><tr><th>Day</th><th>Messages</th><th>System</th><th>Deleted</th><th>Placeholders</th><th>Findings</th></tr></thead><tbody>${days}</tbody></table>
</section>`;
    })
    .join('\n');
  const generated = new Date(reports[0]?.generatedAt ?? Date.now()).toISOString();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Completeness report — ${esc(caseName)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:13px/1.45 system-ui,sans-serif;margin:24px;color:#1d2433}h1{font-size:20px}h2{font-size:16px;margin-top:32px;border-top:2px solid #1f4e79;padding-top:12px}h3{font-size:13px;margin:16px 0 6px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9dde5;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f6f7f9}.ev{font-family:monospace;font-size:11px}.statement{background:#fff6e5;padding:8px;border-left:3px solid #e0b400}.none,.note{color:#5d6678}.note{margin:0 0 6px}code{font-size:11px}</style></head>
<body><h1>Completeness report — ${esc(caseName)}</h1><p>Generated ${generated} by Threadline. Findings are facts the sources record, expected loss by design, or inferred leads with a strength; none of them changes a message, and the absence of findings is not a statement that a conversation is complete.</p>
${body}</body></html>
`;
}

const CSV_COLUMNS = ['conversationId', 'conversation', 'rule', 'type', 'strength', 'fromLocal', 'toLocal', 'fromUtc', 'toUtc', 'count', 'score', 'messageId', 'beforeMessageId', 'afterMessageId', 'explanation', 'evidence'];

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function completenessCsv(reports: CompletenessReport[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of reports) {
    for (const f of r.findings) {
      rows.push(
        [r.conversationId, r.title, f.rule, f.type, f.strength, f.fromLocal, f.toLocal, f.fromAt === null ? null : new Date(f.fromAt).toISOString(), f.toAt === null ? null : new Date(f.toAt).toISOString(), f.count, f.score, f.messageId, f.beforeMessageId, f.afterMessageId, f.explanation, evidence(f)]
          .map(cell)
          .join(','),
      );
    }
    for (const n of r.notRun) rows.push([r.conversationId, r.title, n.rule, 'not_run', '', '', '', '', '', '', '', '', '', '', n.why, ''].map(cell).join(','));
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** The report of one conversation, or of every conversation of the case, as a file: its suggested name, type and text. */
export function completenessFile(db: Db, casePath: string, conversationId: number | undefined, format: 'html' | 'csv'): SavedText {
  const ids = conversationId === undefined ? listConversations(db).map((c) => c.id) : [conversationId];
  const reports = ids.map((id) => completenessReport(db, id));
  const stem = `completeness-${basename(casePath).replace(/\.threadline$/, '')}${conversationId === undefined ? '' : `-conversation-${conversationId}`}`;
  return format === 'html'
    ? { fileName: `${stem}.html`, mimeType: 'text/html;charset=utf-8', text: completenessHtml(reports, basename(casePath)) }
    : { fileName: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8', text: completenessCsv(reports) };
}
