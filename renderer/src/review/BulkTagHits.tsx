import { useState } from 'react';
import type { JobDoneEvent } from '../../../shared/api';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { resultText } from './coding';
import { useReview } from './reviewContext';
import './review.css';

/** Every hit of the search in force, tagged (or untagged) as one job: one action, undone as one. */
export function BulkTagHits({ query, say }: { query: string; say: (status: string) => void }) {
  const review = useReview();
  const live = review.tags.filter((t) => !t.removed);
  const [tagId, setTagId] = useState<number | null>(null);
  const [remove, setRemove] = useState(false);
  const chosen = live.find((t) => t.id === tagId) ?? live[0] ?? null;
  const { changed, reportError, asReviewer } = review;

  const onDone = (event: JobDoneEvent) => {
    changed();
    api.reviewJob({ jobId: event.jobId }).then(
      (outcome) => {
        if (outcome.result !== null && chosen !== null) say(`Every hit of “${query}”: ${resultText(chosen, outcome.result)}`);
      },
      (error: unknown) => say(readableError(error)),
    );
  };
  const { job, run, cancel } = useJob(onDone, reportError, 'bulk tagging');
  const busy = job.step === 'starting' || job.step === 'running';

  const start = async () => {
    if (chosen === null) return;
    await asReviewer(() => run(() => api.bulkTag({ tag: chosen.id, selection: { kind: 'query', query }, remove })));
  };

  return (
    <section className="bulk-tag" aria-label="Tag every hit of the search" data-testid="bulk-tag">
      <div className="bulk-row">
        <label className="small" htmlFor="bulk-tag-select">
          Every hit:
        </label>
        <select id="bulk-tag-select" data-testid="bulk-tag-select" value={chosen?.id ?? ''} onChange={(event) => setTagId(Number(event.target.value))} disabled={busy}>
          {live.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <label className="small">
          <input type="checkbox" checked={remove} onChange={(event) => setRemove(event.target.checked)} disabled={busy} /> remove
        </label>
        <button type="button" className="secondary-button" data-testid="bulk-tag-start" onClick={() => void start()} disabled={busy || chosen === null}>
          {remove ? 'Untag all hits' : 'Tag all hits'}
        </button>
      </div>
      <RunningJob job={job} onCancel={() => void cancel()} testId="bulk-tag-progress" cancelTestId="bulk-tag-cancel" />
      {job.step === 'cancelled' && <p className="muted small">Cancelled: nothing was tagged.</p>}
      {job.step === 'failed' && <p className="error-text small">{job.message}</p>}
    </section>
  );
}
