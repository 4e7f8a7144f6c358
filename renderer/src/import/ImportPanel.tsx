import type { ImportRequest } from '../../../shared/api';
import type { ImportSummary } from '../../../shared/model';
import { RunningJob } from '../jobs/JobProgressBar';
import type { JobState } from '../jobs/useJob';
import { ImportPathForm } from './ImportPathForm';
import { ImportResultSummary } from './ImportResultSummary';

interface ImportPanelProps {
  /** Null when the panel is closed; a hint while asking for a path (browser mode). */
  hint: string | null;
  open: boolean;
  job: JobState;
  onStart: (request: ImportRequest) => void;
  onCancel: () => void;
  onClose: () => void;
  onReviewSource: (sourceId: number) => void;
}

export function ImportPanel({ hint, open, job, onStart, onCancel, onClose, onReviewSource }: ImportPanelProps) {
  if (!open) return null;
  const closable = job.step === 'finished' || job.step === 'cancelled' || job.step === 'failed';
  return (
    <section className="import-panel" aria-label="Import">
      <div className="import-panel-body">
        {job.step === 'idle' && hint !== null && <ImportPathForm hint={hint} onSubmit={onStart} onCancel={onClose} />}
        <RunningJob job={job} onCancel={onCancel} testId="import-progress" cancelTestId="import-cancel" />
        {job.step === 'finished' && (
          <ImportResultSummary summary={job.event.summary ?? ({ sources: [] } satisfies ImportSummary)} onReviewSource={onReviewSource} />
        )}
        {job.step === 'cancelled' && (
          <p className="import-outcome" data-testid="import-cancelled">
            Import cancelled; the case is unchanged.
          </p>
        )}
        {job.step === 'failed' && (
          <p className="import-outcome is-error" role="alert" data-testid="import-error">
            Import failed: {job.message}
          </p>
        )}
      </div>
      {closable && (
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      )}
    </section>
  );
}
