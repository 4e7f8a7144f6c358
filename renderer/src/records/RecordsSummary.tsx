import type { RecordsAccountReport } from '../../../shared/model';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { formatCount } from '../format';
import './records.css';

function lagText(ms: number | null): string {
  if (ms === null) return '';
  return ms < 3_600_000 ? `, median ${Math.round(ms / 60_000)} min after sending` : `, median ${(ms / 3_600_000).toFixed(1)} h after sending`;
}

/** What the records lens found for one personal account; the messages not copied are RK-1 findings. */
export function RecordsSummary({ sourceId, reportError }: { sourceId: number; reportError: ReportError }) {
  const report = useEngineValue(() => api.recordsReport({}), String(sourceId), reportError, 'Could not compute the records report');
  if (report === null) return null;
  if (report.notRun !== null) return <p className="records-summary muted" data-testid="records-summary">Cannot determine: {report.notRun}</p>;
  const mine: RecordsAccountReport | undefined = report.personal.find((p) => p.sourceId === sourceId);
  if (mine === undefined || mine.holder === null) return <p className="records-summary muted" data-testid="records-summary">Choose the holder to test their messages.</p>;
  return (
    <div className="records-summary" data-testid="records-summary">
      <div>
        {formatCount(mine.tested)} of {mine.holder}’s messages tested against {report.officialSources.length} official source{report.officialSources.length === 1 ? '' : 's'}:{' '}
        <b>{formatCount(mine.copied)} copied</b> within 20 days{lagText(mine.medianLagMs)}
        {mine.copiedOnShortText > 0 && ` (${formatCount(mine.copiedOnShortText)} only on a short text, possibly by coincidence)`}.
      </div>
      <div>
        <b className={mine.notCopied > 0 ? 'records-missing' : ''}>{formatCount(mine.notCopied)} not copied</b> (RK-1 findings in the Gaps report and in the thread),{' '}
        {formatCount(mine.undecided)} undecided (the official sources end before their 20 days ran out), {formatCount(mine.untestable)} with nothing to compare.
      </div>
    </div>
  );
}
