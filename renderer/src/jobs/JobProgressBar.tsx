import { formatCount } from '../format';
import type { JobProgress, JobState } from './useJob';

interface JobProgressBarProps {
  progress: JobProgress | null;
  cancelling: boolean;
  /** Null until the engine has named the job: there is nothing to cancel yet. */
  onCancel: (() => void) | null;
  testId: string;
  cancelTestId: string;
}

export function JobProgressBar({ progress, cancelling, onCancel, testId, cancelTestId }: JobProgressBarProps) {
  // A total of 0 means the phase cannot know its size yet: show movement, not a fake percentage.
  const determinate = progress !== null && progress.total > 0;
  // A phase the engine cannot stop says so at once, and why, instead of offering a cancel it would refuse.
  const unstoppable = progress?.cancellable === false;
  return (
    <div className="import-progress" data-testid={testId}>
      <span className="import-phase">{cancelling ? 'Cancelling…' : (progress?.phase ?? 'Starting…')}</span>
      {determinate ? <progress max={progress.total} value={Math.min(progress.done, progress.total)} /> : <progress />}
      <span className="import-counts">
        {determinate
          ? `${formatCount(progress.done)} / ${formatCount(progress.total)}`
          : progress !== null && progress.done > 0 && formatCount(progress.done)}
      </span>
      {unstoppable && <span className="import-unstoppable">{progress.why}</span>}
      <button
        type="button"
        className="secondary-button"
        data-testid={cancelTestId}
        onClick={onCancel ?? undefined}
        disabled={cancelling || unstoppable || onCancel === null}
      >
        Cancel
      </button>
    </div>
  );
}

/** The bar for a job while it starts or runs, and nothing otherwise. */
export function RunningJob({ job, onCancel, testId, cancelTestId }: { job: JobState; onCancel: () => void; testId: string; cancelTestId: string }) {
  if (job.step !== 'starting' && job.step !== 'running') return null;
  const running = job.step === 'running';
  return (
    <JobProgressBar
      progress={running ? job.progress : null}
      cancelling={running && job.cancelling}
      onCancel={running ? onCancel : null}
      testId={testId}
      cancelTestId={cancelTestId}
    />
  );
}
