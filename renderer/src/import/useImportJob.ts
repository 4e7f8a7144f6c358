import { useCallback, useState } from 'react';
import type { ImportRequest, JobDoneEvent } from '../../../shared/api';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { useJob } from '../jobs/useJob';

/** Before the job: closed, or (browser mode) asking for a path, since a web page has no file dialog. */
type ImportAsk = { open: false } | { open: true; hint: string | null };

/** `onImported` gets the ids of the sources the import read (an already imported file's too). */
export function useImportJob(onImported: (sourceIds: number[]) => void, reportError: ReportError) {
  const [ask, setAsk] = useState<ImportAsk>({ open: false });
  const onSucceeded = useCallback((event: JobDoneEvent) => onImported(event.summary?.sources.map((s) => s.id) ?? []), [onImported]);
  const { job, run, cancel, reset } = useJob(onSucceeded, reportError, 'import');

  const startImport = useCallback(
    async (request: ImportRequest) => {
      setAsk({ open: true, hint: null });
      await run(() => api.importArchive(request));
    },
    [run],
  );

  const beginImport = useCallback(async () => {
    try {
      const pick = await api.pickImportPaths({});
      if (pick.kind === 'paths') await startImport({ paths: pick.paths });
      else if (pick.kind === 'typed') {
        reset();
        setAsk({ open: true, hint: pick.hint });
      }
    } catch (error) {
      reportError('Could not choose files to import', error);
    }
  }, [startImport, reset, reportError]);

  const closeImport = useCallback(() => {
    reset();
    setAsk({ open: false });
  }, [reset]);

  return { ask, job, beginImport, startImport, cancelImport: cancel, closeImport };
}
