import { useCallback, useEffect, useState } from 'react';
import { FINDING_GROUPS, type CompletenessReport } from '../../../shared/findings';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import type { ReportError } from '../errors/useErrorBanner';
import { saveText } from '../files/saveText';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { applyFilter, FindingFilters, NO_FILTER } from './FindingFilters';
import { FindingItem } from './FindingItem';
import { threadSeqOf } from './findingGroups';
import { useEngineValue } from '../engine/useEngineValue';

interface GapsDialogProps {
  conversations: ConversationSummary[];
  initialConversationId: number | null;
  onClose: () => void;
  onShowInThread: (conversationId: number, seq: number) => void;
  reportError: ReportError;
}

/** The completeness report of one conversation: what is recorded, expected, inferred, and not knowable. */
export function GapsDialog({ conversations, initialConversationId, onClose, onShowInThread, reportError }: GapsDialogProps) {
  const [conversationId, setConversationId] = useState<number | null>(initialConversationId ?? conversations[0]?.id ?? null);
  const [report, setReport] = useState<CompletenessReport | null>(null);
  const [version, setVersion] = useState(0);
  const [period, setPeriod] = useState({ start: '', end: '' });
  const [filter, setFilter] = useState(NO_FILTER);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const { job, run, cancel } = useJob(reload, reportError, 'gap analysis');

  useEffect(() => {
    if (conversationId === null) return;
    let live = true;
    api.completenessReport({ conversationId }).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setPeriod({ start: r.matterPeriod?.start ?? '', end: r.matterPeriod?.end ?? '' });
      },
      (error: unknown) => reportError('Could not build the completeness report', error),
    );
    return () => {
      live = false;
    };
  }, [conversationId, version, reportError]);

  // Spans are written in their source's clock; each says which zone that is.
  const sources = useEngineValue(() => api.listSources({}), 'sources', reportError, 'Could not list the sources');
  const zoneOf = new Map((sources ?? []).map((s) => [s.id, s.timeZone]));

  const busy = job.step === 'starting' || job.step === 'running';
  return (
    <PanelDialog
      id="gaps-dialog"
      className="sources-dialog gaps-dialog"
      title="Gaps and completeness"
      heading={
        <>
          <select value={conversationId ?? ''} onChange={(e) => setConversationId(Number(e.target.value))} aria-label="Conversation" data-testid="gaps-conversation">
            {conversations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.sourceFile})
              </option>
            ))}
          </select>
          <span className="report-save" aria-label="Save the completeness report">
            Save
            {(['html', 'csv'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="secondary-button"
                data-testid={`gaps-save-${format}`}
                disabled={conversationId === null}
                onClick={() =>
                  void api.completenessExport({ conversationId: conversationId!, format }).then(saveText, (error: unknown) => reportError('Could not write the completeness report', error))
                }
              >
                {format.toUpperCase()}
              </button>
            ))}
          </span>
        </>
      }
      onClose={onClose}
    >
      <div className="source-details">
        {report === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <>
            <p className="statement" data-testid="gaps-statement">
              {report.statement}
            </p>
            <form
              className="reading-form matter-period"
              onSubmit={(e) => {
                e.preventDefault();
                void run(() => api.setMatterPeriod(period.start && period.end ? { start: period.start, end: period.end } : {}));
              }}
            >
              <span>Matter period</span>
              <input type="text" placeholder="YYYY-MM-DD" value={period.start} onChange={(e) => setPeriod({ ...period, start: e.target.value })} aria-label="Matter period start" data-testid="matter-start" disabled={busy} />
              <span>to</span>
              <input type="text" placeholder="YYYY-MM-DD" value={period.end} onChange={(e) => setPeriod({ ...period, end: e.target.value })} aria-label="Matter period end" data-testid="matter-end" disabled={busy} />
              <button type="submit" className="secondary-button" data-testid="matter-apply" disabled={busy}>
                {period.start || period.end ? 'Set and re-check' : 'Clear'}
              </button>
            </form>
            <RunningJob job={job} onCancel={() => void cancel()} testId="gaps-progress" cancelTestId="gaps-cancel" />
            {job.step === 'failed' && (
              <p className="import-outcome is-error" role="alert">
                {job.message}
              </p>
            )}
            <FindingFilters findings={report.findings} filter={filter} onChange={setFilter} />
            {FINDING_GROUPS.map((group) => {
              const items = applyFilter(report.findings, filter).filter(group.pick);
              return (
                <section key={group.key} data-testid={`findings-${group.key}`}>
                  <h3 className="section-title">
                    {group.title} ({items.length})
                  </h3>
                  <p className="muted small">{group.note}</p>
                  {items.length > 0 && (
                    <ul className="finding-list">
                      {items.map((f) => {
                        const seq = threadSeqOf(f);
                        return (
                          <FindingItem
                            key={f.id}
                            finding={f}
                            timeZone={zoneOf.get(f.sourceId)}
                            onShow={seq === null || f.conversationId === null ? null : () => onShowInThread(f.conversationId!, seq)}
                          />
                        );
                      })}
                    </ul>
                  )}
                </section>
              );
            })}
            <section data-testid="findings-not-run">
              <h3 className="section-title">Could not be determined ({report.notRun.length})</h3>
              <ul className="warning-list">
                {report.notRun.map((n) => (
                  <li key={n.rule}>
                    <strong>{n.rule}</strong>: {n.why}
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h3 className="section-title" data-testid="gaps-days-zone">By conversation-day, in {report.daysTimeZone}</h3>
              <table className="day-table">
                <thead>
                  <tr>
                    <th>Day</th>
                    <th>Messages</th>
                    <th>System</th>
                    <th>Deleted</th>
                    <th>Placeholders</th>
                    <th>Findings</th>
                  </tr>
                </thead>
                <tbody>
                  {report.days.map((d) => (
                    <tr key={d.day}>
                      <td className="mono">{d.day}</td>
                      <td>{d.messages}</td>
                      <td>{d.system}</td>
                      <td>{d.deleted}</td>
                      <td>{d.placeholders}</td>
                      <td>{d.findings.map((x) => `${x.count} ${x.type.replace(/_/g, ' ')} (${x.strength})`).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
      </div>
    </PanelDialog>
  );
}
