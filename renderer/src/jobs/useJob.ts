import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ApiEvent, JobDoneEvent, JobProgressEvent } from '../../../shared/api';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';

export type JobProgress = Pick<JobProgressEvent, 'phase' | 'done' | 'total' | 'cancellable' | 'why'>;

export type JobState =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'running'; jobId: string; progress: JobProgress | null; cancelling: boolean }
  | { step: 'finished'; event: JobDoneEvent }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

function outcomeOf(event: JobDoneEvent): JobState {
  if (event.ok) return { step: 'finished', event };
  if (event.cancelled) return { step: 'cancelled' };
  return { step: 'failed', message: event.error ?? 'The job failed for an unknown reason.' };
}

// A fast job can finish before the call that started it answers (events and replies travel on
// different channels), so recent completions are remembered until their job id is known.
const REMEMBERED_COMPLETIONS = 16;

/** One long engine job at a time (import, re-reading a source): start, progress, cancel, outcome. */
export function useJob(onSucceeded: (event: JobDoneEvent) => void, reportError: ReportError, what: string) {
  const [state, setState] = useState<JobState>({ step: 'idle' });
  const activeJobId = useRef<string | null>(null);
  const earlyCompletions = useRef(new Map<string, JobDoneEvent>());

  const settle = useCallback(
    (event: JobDoneEvent) => {
      activeJobId.current = null;
      setState(outcomeOf(event));
      if (event.ok) onSucceeded(event);
    },
    [onSucceeded],
  );

  const onJobEvent = useEffectEvent((event: ApiEvent) => {
    if (event.jobId !== activeJobId.current) {
      if (event.type === 'job.done') {
        const early = earlyCompletions.current;
        early.set(event.jobId, event);
        if (early.size > REMEMBERED_COMPLETIONS) early.delete(early.keys().next().value as string);
      }
      return;
    }
    if (event.type === 'job.done') {
      settle(event);
      return;
    }
    const { phase, done, total, cancellable, why } = event;
    setState((s) => (s.step === 'running' && s.jobId === event.jobId ? { ...s, progress: { phase, done, total, cancellable, why } } : s));
  });

  useEffect(() => api.onEvent((event) => onJobEvent(event)), []);

  const run = useCallback(
    async (start: () => Promise<{ jobId: string }>) => {
      setState({ step: 'starting' });
      try {
        const { jobId } = await start();
        const early = earlyCompletions.current.get(jobId);
        if (early !== undefined) {
          earlyCompletions.current.delete(jobId);
          settle(early);
          return;
        }
        activeJobId.current = jobId;
        setState({ step: 'running', jobId, progress: null, cancelling: false });
      } catch (error) {
        setState({ step: 'idle' });
        reportError(`The ${what} could not start`, error);
      }
    },
    [settle, reportError, what],
  );

  const cancel = useCallback(async () => {
    if (state.step !== 'running') return;
    const { jobId } = state;
    setState({ ...state, cancelling: true });
    try {
      // The outcome still arrives as job.done (cancelled, or finished if the job beat the cancel).
      await api.cancelJob({ jobId });
    } catch (error) {
      setState((s) => (s.step === 'running' && s.jobId === jobId ? { ...s, cancelling: false } : s));
      reportError(`Could not cancel the ${what}`, error);
    }
  }, [state, reportError, what]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { job: state, run, cancel, reset };
}
