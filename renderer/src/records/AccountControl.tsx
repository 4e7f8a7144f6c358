import { useState } from 'react';
import type { AccountKind, SourceDetails } from '../../../shared/model';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { RecordsSummary } from './RecordsSummary';

interface AccountControlProps {
  details: SourceDetails;
  onChanged: () => void;
  reportError: ReportError;
}

/**
 * Whose account the source is, official or personal (the records lens). Nothing in an export
 * says so; the reviewer marks it, and the marking goes to the audit log.
 */
export function AccountControl({ details, onChanged, reportError }: AccountControlProps) {
  const { job, run, cancel } = useJob(onChanged, reportError, 'marking');
  const [kind, setKind] = useState<AccountKind | 'none'>(details.account?.kind ?? 'none');
  const [holder, setHolder] = useState(details.account?.holder ?? '');
  const authors = useEngineValue(() => api.sourceAuthors({ sourceId: details.id }), String(details.id), reportError, 'Could not list who wrote in this source') ?? [];
  const busy = job.step === 'starting' || job.step === 'running';
  const current = details.account;

  return (
    <section className="reading-controls" aria-label="Whose account this source is" data-testid="account-control">
      <div className="reading-row">
        <div>
          <strong>Account: {current === null ? 'not marked' : `${current.kind} account of ${current.holder ?? '(holder not chosen)'}`}</strong>
          <div className="muted">
            For the records lens (44 U.S.C. 2911): a personal account’s messages from its holder are looked for in the official accounts’ sources, up to 20 days later.
          </div>
        </div>
        <form
          className="reading-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.markSourceAccount({ sourceId: details.id, kind, ...(kind !== 'none' && holder !== '' ? { holder } : {}) }));
          }}
        >
          <select value={kind} onChange={(e) => setKind(e.target.value as AccountKind | 'none')} data-testid="account-kind" disabled={busy} aria-label="Account kind">
            <option value="none">not marked</option>
            <option value="official">official account</option>
            <option value="personal">personal account</option>
          </select>
          <select value={holder} onChange={(e) => setHolder(e.target.value)} data-testid="account-holder" disabled={busy || kind === 'none'} aria-label="Account holder">
            <option value="">holder…</option>
            {authors.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name} ({a.messages})
              </option>
            ))}
          </select>
          <button type="submit" className="secondary-button" data-testid="account-apply" disabled={busy || (kind === 'personal' && holder === '')}>
            Mark
          </button>
        </form>
      </div>
      <RunningJob job={job} onCancel={() => void cancel()} testId="account-progress" cancelTestId="account-cancel" />
      {job.step === 'failed' && (
        <p className="import-outcome is-error" role="alert">
          {job.message}
        </p>
      )}
      {current?.kind === 'personal' && <RecordsSummary sourceId={details.id} reportError={reportError} />}
    </section>
  );
}
