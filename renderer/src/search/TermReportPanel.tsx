import { useState } from 'react';
import type { TermReport } from '../../../shared/api';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { saveText } from '../files/saveText';
import { formatCount, formatMs } from '../format';

/** Per search: hits, messages, conversations, conversation-days and messages per custodian; as CSV too. */
export function TermReportPanel({ initialTerms }: { initialTerms: string }) {
  const [terms, setTerms] = useState(initialTerms);
  const [report, setReport] = useState<TermReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lines = terms
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      setReport(await api.searchTermReport({ terms: lines }));
    } catch (e) {
      setError(`The report could not be made: ${readableError(e)}`);
    } finally {
      setRunning(false);
    }
  };

  const download = () => {
    if (report !== null) saveText({ fileName: 'search-term-report.csv', mimeType: 'text/csv;charset=utf-8', text: report.csv });
  };

  return (
    <section className="term-report" data-testid="term-report" aria-label="Search-term report">
      <label className="term-report-label" htmlFor="term-report-input">
        One search per line
      </label>
      <textarea id="term-report-input" data-testid="term-report-input" rows={4} value={terms} onChange={(e) => setTerms(e.target.value)} />
      <div className="term-report-actions">
        <button type="button" className="secondary-button" data-testid="term-report-run" disabled={running || lines.length === 0 || lines.length > 500} onClick={() => void run()}>
          {running ? 'Counting…' : 'Make report'}
        </button>
        {report !== null && (
          <button type="button" className="secondary-button" data-testid="term-report-csv" onClick={download}>
            Download CSV
          </button>
        )}
      </div>
      {error !== null && <p className="search-note is-error">{error}</p>}
      {report !== null && (
        <div className="term-report-scroll">
          <table className="term-report-table" data-testid="term-report-table">
            <thead>
              <tr>
                <th>Search</th>
                <th>Hits</th>
                <th>Messages</th>
                <th>Conversations</th>
                <th title={`Days in ${report.timeZone}`}>Conv.-days</th>
                {report.custodians.map((c) => (
                  <th key={c ?? ''}>{c ?? 'No custodian'}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={i} data-testid="term-report-row">
                  <td>
                    <code>{r.term}</code>
                    {r.error !== null && <div className="search-note is-error">{r.error}</div>}
                  </td>
                  <td>{formatCount(r.hits)}</td>
                  <td>{formatCount(r.messages)}</td>
                  <td>{formatCount(r.conversations)}</td>
                  <td>{formatCount(r.conversationDays)}</td>
                  {r.perCustodian.map((n, k) => (
                    <td key={k}>{formatCount(n)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="search-note">
            Hits are the passages marked in the thread; conversation-days are days in {report.timeZone}. Made in {formatMs(report.tookMs)}.
          </p>
        </div>
      )}
    </section>
  );
}
