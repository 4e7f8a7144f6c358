import { useRef, useState } from 'react';
import type { JobDoneEvent } from '../../../shared/api';
import type { BulkSelection, TagSummary } from '../../../shared/review';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { resultText } from './coding';
import { useReview } from './reviewContext';
import './review.css';

interface BulkTagControlsProps {
  /** What the selection is, as the status line says it: "Every hit of “permit”". */
  what: string;
  /** The selection to code, or a sentence saying why there is none yet (a date not written right). */
  selection: () => BulkSelection | string;
  /** The label before the tag list: "Every hit:". */
  label: string;
  /** The words of the start button, tagging and untagging. */
  startText: { add: string; remove: string };
  /** Prefix of the test ids: `<id>-select`, `-start`, `-progress`, `-cancel`. */
  testId: string;
  say: (status: string) => void;
}

/** A tag, applied to (or removed from) a selection as one bulk job: one action, undone as one, with progress and cancel. */
export function BulkTagControls({ what, selection, label, startText, testId, say }: BulkTagControlsProps) {
  const review = useReview();
  const live = review.tags.filter((t) => !t.removed);
  const [tagId, setTagId] = useState<number | null>(null);
  const [remove, setRemove] = useState(false);
  const chosen = live.find((t) => t.id === tagId) ?? live[0] ?? null;
  const { changed, reportError, asReviewer } = review;
  // The tag and the words of the job running, for its outcome: the choice may change meanwhile.
  const running = useRef<{ tag: TagSummary; what: string } | null>(null);

  const onDone = (event: JobDoneEvent) => {
    changed();
    api.reviewJob({ jobId: event.jobId }).then(
      (outcome) => {
        const started = running.current;
        if (outcome.result !== null && started !== null) say(`${started.what}: ${resultText(started.tag, outcome.result)}`);
      },
      (error: unknown) => say(readableError(error)),
    );
  };
  const { job, run, cancel } = useJob(onDone, reportError, 'bulk tagging');
  const busy = job.step === 'starting' || job.step === 'running';

  const start = async () => {
    if (chosen === null) return;
    const chosenSelection = selection();
    if (typeof chosenSelection === 'string') return say(chosenSelection);
    running.current = { tag: chosen, what };
    await asReviewer(() => run(() => api.bulkTag({ tag: chosen.id, selection: chosenSelection, remove })));
  };

  return (
    <>
      <div className="bulk-row">
        <label className="small" htmlFor={`${testId}-select`}>
          {label}
        </label>
        <select id={`${testId}-select`} data-testid={`${testId}-select`} value={chosen?.id ?? ''} onChange={(event) => setTagId(Number(event.target.value))} disabled={busy}>
          {live.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <label className="small">
          <input type="checkbox" data-testid={`${testId}-remove`} checked={remove} onChange={(event) => setRemove(event.target.checked)} disabled={busy} /> remove
        </label>
        <button type="button" className="secondary-button" data-testid={`${testId}-start`} onClick={() => void start()} disabled={busy || chosen === null}>
          {remove ? startText.remove : startText.add}
        </button>
      </div>
      <RunningJob job={job} onCancel={() => void cancel()} testId={`${testId}-progress`} cancelTestId={`${testId}-cancel`} />
      {job.step === 'cancelled' && <p className="muted small">Cancelled: nothing was tagged.</p>}
      {job.step === 'failed' && <p className="error-text small">{job.message}</p>}
    </>
  );
}
