// The completeness report as files a reviewer hands over (docs/gaps.md#completeness-report): HTML to read and print,
// CSV to sort and count. Facts, expected loss and inferred leads stay apart; rules that could not run
// are listed with why.
import { basename } from 'node:path';
import type { SavedText } from '../../../shared/api';
import type { CompletenessReport } from '../../../shared/findings';
import { chainHead, formatHead, type ChainHead } from '../audit/log';
import type { Db } from '../case/open';
import { listConversations } from '../case/queries';
import { completenessReport } from '../gaps/queries';
import { completenessHtml } from './completeness-html';
import { csvDocument, type CsvValue } from './csv';
import { findingEvidenceText, findingReviewText, headSentence } from './finding-text';

const CSV_COLUMNS = ['conversationId', 'conversation', 'rule', 'type', 'strength', 'fromLocal', 'toLocal', 'fromUtc', 'toUtc', 'count', 'score', 'messageId', 'beforeMessageId', 'afterMessageId', 'explanation', 'evidence', 'review'];

const utc = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** The last row names the audit chain's head, so that `verify --head` can later prove the case still holds what was reported. */
export function completenessCsv(reports: CompletenessReport[], head: ChainHead): string {
  const rows: CsvValue[][] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      rows.push([r.conversationId, r.title, f.rule, f.type, f.strength, f.fromLocal, f.toLocal, utc(f.fromAt), utc(f.toAt), f.count, f.score, f.messageId, f.beforeMessageId, f.afterMessageId, f.explanation, findingEvidenceText(f), findingReviewText(f)]);
    }
    for (const n of r.notRun) rows.push([r.conversationId, r.title, n.rule, 'not_run', '', '', '', '', '', '', '', '', '', '', n.why, '', '']);
  }
  rows.push(['', '', '', 'audit_head', '', '', '', '', '', '', '', '', '', '', headSentence(head), formatHead(head), '']);
  return csvDocument(CSV_COLUMNS, rows);
}

/** The report of one conversation, or of every conversation of the case, as a file: its suggested name, type and text. */
export function completenessFile(db: Db, casePath: string, conversationId: number | undefined, format: 'html' | 'csv'): SavedText {
  const ids = conversationId === undefined ? listConversations(db).map((c) => c.id) : [conversationId];
  const reports = ids.map((id) => completenessReport(db, id));
  const head = chainHead(db);
  const stem = `completeness-${basename(casePath).replace(/\.threadline$/, '')}${conversationId === undefined ? '' : `-conversation-${conversationId}`}`;
  return format === 'html'
    ? { fileName: `${stem}.html`, mimeType: 'text/html;charset=utf-8', text: completenessHtml(reports, basename(casePath), head) }
    : { fileName: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8', text: completenessCsv(reports, head) };
}
