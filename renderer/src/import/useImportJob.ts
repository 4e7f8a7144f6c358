import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ApiEvent, ImportRequest, JobDoneEvent, JobProgressEvent } from '../../../shared/api';
import type { ImportSummary } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';

export type ImportProgress = Pick<JobProgressEvent, 'phase' | 'done' | 'total'>;

export type ImportState =
  | { step: 'closed' }
  /** Browser mode: the reviewer types a path, since a web page cannot open a native file dialog. */
  | { step: 'asking'; hint: string }
  | { step: 'starting' }
  | { step: 'running'; jobId: string; progress: ImportProgress | null; cancelling: boolean }
  | { step: 'finished'; summary: ImportSummary }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

function outcomeOf(event: JobDoneEvent): ImportState {
  if (event.ok) return { step: 'finished', summary: event.summary ?? { sources: [] } };
  if (event.cancelled) return { step: 'cancelled' };
  return { step: 'failed', message: event.error ?? 'The import failed for an unknown reason.' };
}

// A fast import can finish before importArchive's answer arrives (events and replies travel on
// different channels), so recent completions are remembered until their job id is known.
const REMEMBERED_COMPLETIONS = 16;

export function useImportJob(onImported: () => void, reportError: ReportError) {
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const activeJobId = useRef<string | null>(null);
  const earlyCompletions = useRef(new Map<string, JobDoneEvent>());

  const settle = useCallback(
    (event: JobDoneEvent) => {
      activeJobId.current = null;
      setState(outcomeOf(event));
      if (event.ok) onImported();
    },
    [onImported],
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
    const { phase, done, total } = event;
    setState((s) => (s.step === 'running' && s.jobId === event.jobId ? { ...s, progress: { phase, done, total } } : s));
  });

  useEffect(() => api.onEvent((event) => onJobEvent(event)), []);

  const startImport = useCallback(
    async (request: ImportRequest) => {
      setState({ step: 'starting' });
      try {
        const { jobId } = await api.importArchive(request);
        const early = earlyCompletions.current.get(jobId);
        if (early !== undefined) {
          earlyCompletions.current.delete(jobId);
          settle(early);
          return;
        }
        activeJobId.current = jobId;
        setState({ step: 'running', jobId, progress: null, cancelling: false });
      } catch (error) {
        setState({ step: 'closed' });
        reportError('The import could not start', error);
      }
    },
    [settle, reportError],
  );

  const beginImport = useCallback(async () => {
    try {
      const pick = await api.pickImportPaths({});
      if (pick.kind === 'paths') await startImport({ paths: pick.paths });
      else if (pick.kind === 'typed') setState({ step: 'asking', hint: pick.hint });
    } catch (error) {
      reportError('Could not choose files to import', error);
    }
  }, [startImport, reportError]);

  const cancelImport = useCallback(async () => {
    if (state.step !== 'running') return;
    const { jobId } = state;
    setState({ ...state, cancelling: true });
    try {
      // The outcome still arrives as job.done (cancelled, or finished if the job beat the cancel).
      await api.cancelJob({ jobId });
    } catch (error) {
      setState((s) => (s.step === 'running' && s.jobId === jobId ? { ...s, cancelling: false } : s));
      reportError('Could not cancel the import', error);
    }
  }, [state, reportError]);

  const closeImport = useCallback(() => setState({ step: 'closed' }), []);

  return { importState: state, beginImport, startImport, cancelImport, closeImport };
}
