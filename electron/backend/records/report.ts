// The records lens over the whole case: for each personal account, how many of the holder's messages
// reached an official account within 20 days, how fast, and how many did not.
import type { RecordsAccountReport, RecordsReport } from '../../../shared/model';
import type { Db } from '../case/open';
import { checkCopies, OfficialCopies } from './copies';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function recordsReport(db: Db): RecordsReport {
  const officialSources = db
    .prepare(
      `SELECT s.id AS sourceId, s.file_name AS sourceFile, s.account_holder AS holder,
              (SELECT max(m.sent_at) FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source_id = s.id) AS lastAt
       FROM sources s WHERE s.account_kind = 'official' AND s.status = 'complete' ORDER BY s.id`,
    )
    .all() as RecordsReport['officialSources'];
  const personalSources = db
    .prepare(`SELECT id AS sourceId, file_name AS sourceFile, custodian, account_holder AS holder FROM sources WHERE account_kind = 'personal' AND status = 'complete' ORDER BY id`)
    .all() as Pick<RecordsAccountReport, 'sourceId' | 'sourceFile' | 'custodian' | 'holder'>[];
  const notRun =
    personalSources.length === 0
      ? 'No source is marked as a personal account.'
      : officialSources.length === 0
        ? 'No source is marked as an official account, so there is nowhere to look for copies.'
        : null;
  const official = notRun === null ? new OfficialCopies(db) : null;
  const conversationsOf = db.prepare('SELECT id FROM conversations WHERE source_id = ? ORDER BY id').pluck();
  const personal = personalSources.map((s): RecordsAccountReport => {
    const report: RecordsAccountReport = { ...s, tested: 0, copied: 0, copiedOnShortText: 0, medianLagMs: null, notCopied: 0, undecided: 0, untestable: 0 };
    if (official === null || s.holder === null) return report;
    const lags: number[] = [];
    for (const conversationId of conversationsOf.all(s.sourceId) as number[]) {
      for (const { verdict } of checkCopies(db, conversationId, s.holder, official)) {
        if (verdict.kind === 'untestable') {
          report.untestable++;
          continue;
        }
        report.tested++;
        if (verdict.kind === 'copied') {
          report.copied++;
          if (verdict.shortText) report.copiedOnShortText++;
          lags.push(verdict.lagMs);
        } else if (verdict.kind === 'not_copied') report.notCopied++;
        else report.undecided++;
      }
    }
    report.medianLagMs = median(lags);
    return report;
  });
  return { officialSources, personal, notRun };
}
