import { useCallback, useState } from 'react';
import type { JobDoneEvent } from '../../../shared/api';
import { PRODUCTION_FORMATS, PRODUCTION_UNITS, type ProductionFormat, type ProductionPreview as Preview, type ProductionSummary, type ProductionUnit } from '../../../shared/production';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { readableError } from '../errors/readableError';
import { countOf, formatCount } from '../format';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { useReview } from '../review/reviewContext';
import { ProductionPreview } from './ProductionPreview';
import './production.css';

export const DEFAULT_PRODUCTION_QUERY = 'tag:Responsive -tag:Privileged';

const FORMAT_LABELS: Record<ProductionFormat, string> = { pdf: 'PDF', html: 'HTML', rsmf: 'RSMF', dat: 'DAT load file', text: 'Text' };
const UNIT_LABELS: Record<ProductionUnit, string> = { day: 'A conversation-day', conversation: 'A whole conversation' };

interface Settings {
  query: string;
  batesPrefix: string;
  start: string;
  padding: string;
  unit: ProductionUnit;
  formats: ProductionFormat[];
  withholdTag: string;
  confidentiality: string;
  outDir: string;
}

/** The request the engine takes, from what the form holds: blanks are left to the engine's defaults. */
function requestOf(s: Settings) {
  return {
    query: s.query.trim(),
    batesPrefix: s.batesPrefix,
    unit: s.unit,
    ...(s.start.trim() === '' ? {} : { start: Number(s.start) }),
    ...(s.padding.trim() === '' ? {} : { padding: Number(s.padding) }),
    ...(s.withholdTag === '' ? {} : { withholdTag: s.withholdTag }),
    ...(s.confidentiality.trim() === '' ? {} : { confidentiality: s.confidentiality.trim() }),
  };
}

/** Produce the documents a search selects: Bates numbers, formats, withheld documents, a preview of the first, progress, and the folder written. */
export function ProduceDialog({ onClose }: { onClose: () => void }) {
  const review = useReview();
  const [settings, setSettings] = useState<Settings>({
    query: DEFAULT_PRODUCTION_QUERY,
    batesPrefix: 'PROD-',
    start: '',
    padding: '7',
    unit: 'day',
    formats: ['pdf', 'html', 'rsmf', 'dat'],
    withholdTag: review.tags.some((t) => t.name === 'Privileged' && !t.removed) ? 'Privileged' : '',
    confidentiality: 'CONFIDENTIAL',
    outDir: '',
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [folderHint, setFolderHint] = useState<string | null>(null);
  const [produced, setProduced] = useState<ProductionSummary | null>(null);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    // The preview shows what the selection and numbering make; the formats and the folder do not change it.
    if (key !== 'outDir' && key !== 'formats') setPreview(null);
  };

  const onDone = useCallback((event: JobDoneEvent) => {
    api.productionJob({ jobId: event.jobId }).then(
      (outcome) => (outcome.production !== null ? setProduced(outcome.production) : setProblem(outcome.error ?? 'The production finished without a result.')),
      (error: unknown) => setProblem(readableError(error)),
    );
  }, []);
  const { job, run, cancel } = useJob(onDone, (what, error) => setProblem(`${what}: ${readableError(error)}`), 'production');
  const busy = job.step === 'starting' || job.step === 'running';

  const showPreview = async () => {
    setProblem(null);
    setPreviewing(true);
    try {
      setPreview(await api.previewProduction(requestOf(settings)));
    } catch (error) {
      setProblem(readableError(error));
    } finally {
      setPreviewing(false);
    }
  };

  const chooseFolder = async () => {
    try {
      const pick = await api.pickOutputFolder({});
      if (pick.kind === 'folder') set('outDir', pick.path);
      setFolderHint(pick.kind === 'typed' ? pick.hint : null);
    } catch (error) {
      setProblem(readableError(error));
    }
  };

  const produce = async () => {
    setProblem(null);
    setProduced(null);
    await review.asReviewer(() => run(() => api.produce({ ...requestOf(settings), formats: settings.formats, outDir: settings.outDir.trim() })));
  };

  const ready = settings.query.trim() !== '' && settings.batesPrefix !== '' && settings.formats.length > 0 && settings.outDir.trim() !== '';
  const liveTags = review.tags.filter((t) => !t.removed);

  return (
    <PanelDialog id="produce-dialog" className="produce-dialog" title="Produce" onClose={onClose} closeDisabled={busy}>
      <div className="produce-body">
        <form
          className="produce-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && !busy) void produce();
          }}
        >
          <label className="field">
            <span>Messages to produce (a search)</span>
            <input className="mono" data-testid="produce-query" value={settings.query} onChange={(event) => set('query', event.target.value)} />
          </label>
          <div className="produce-row">
            <label className="field">
              <span>Bates prefix</span>
              <input data-testid="produce-prefix" value={settings.batesPrefix} maxLength={40} onChange={(event) => set('batesPrefix', event.target.value)} />
            </label>
            <label className="field">
              <span>Start number</span>
              <input data-testid="produce-start" inputMode="numeric" placeholder="next free" value={settings.start} onChange={(event) => set('start', event.target.value.replace(/\D/g, ''))} />
            </label>
            <label className="field">
              <span>Digits</span>
              <input data-testid="produce-padding" inputMode="numeric" value={settings.padding} onChange={(event) => set('padding', event.target.value.replace(/\D/g, ''))} />
            </label>
          </div>
          <p className="muted small" data-testid="bates-example">
            First number: {settings.batesPrefix}
            {(settings.start === '' ? '1' : settings.start).padStart(Number(settings.padding || '7'), '0')}
            {settings.start === '' && ' (or the next free one for this prefix)'}
          </p>
          <div className="produce-row">
            <label className="field">
              <span>One document is</span>
              <select data-testid="produce-unit" value={settings.unit} onChange={(event) => set('unit', event.target.value as ProductionUnit)}>
                {PRODUCTION_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {UNIT_LABELS[u]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Withhold documents all tagged</span>
              <select data-testid="produce-withhold" value={settings.withholdTag} onChange={(event) => set('withholdTag', event.target.value)}>
                <option value="">(withhold nothing)</option>
                {liveTags.map((t) => (
                  <option key={t.id} value={t.name}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="produce-formats">
            <legend>Formats</legend>
            {PRODUCTION_FORMATS.map((f) => (
              <label key={f}>
                <input
                  type="checkbox"
                  data-testid={`produce-format-${f}`}
                  checked={settings.formats.includes(f)}
                  onChange={(event) => set('formats', event.target.checked ? [...settings.formats, f] : settings.formats.filter((x) => x !== f))}
                />
                {FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>Legend on every page</span>
            <input value={settings.confidentiality} onChange={(event) => set('confidentiality', event.target.value)} />
          </label>
          <label className="field">
            <span>Output folder (new, or empty)</span>
            <span className="produce-folder">
              <input className="mono" data-testid="produce-outdir" placeholder={folderHint ?? '/path/to/new/folder'} value={settings.outDir} onChange={(event) => set('outDir', event.target.value)} />
              <button type="button" data-testid="produce-choose-folder" onClick={() => void chooseFolder()}>
                Choose…
              </button>
            </span>
          </label>
          {folderHint !== null && <p className="small" data-testid="produce-folder-hint">No folder dialog here: type {folderHint}.</p>}
          {problem !== null && (
            <p className="produce-problem" role="alert" data-testid="produce-problem">
              {problem}
            </p>
          )}
          <RunningJob job={job} onCancel={() => void cancel()} testId="produce-progress" cancelTestId="produce-cancel" />
          {job.step === 'cancelled' && <p className="small" data-testid="produce-cancelled">Cancelled: no folder was written and nothing was recorded.</p>}
          {job.step === 'failed' && (
            <p className="produce-problem" role="alert">
              {job.message}
            </p>
          )}
          {produced !== null && <ProducedSummary production={produced} />}
          <div className="dialog-actions">
            <button type="button" className="secondary-button" data-testid="produce-preview" onClick={() => void showPreview()} disabled={busy || previewing || settings.query.trim() === '' || settings.batesPrefix === ''}>
              {previewing ? 'Preparing…' : 'Preview'}
            </button>
            <button type="submit" className="primary-button" data-testid="produce-submit" disabled={!ready || busy}>
              Produce
            </button>
          </div>
        </form>
        <div className="produce-preview-pane">
          {preview === null ? (
            <p className="muted small produce-preview-empty">Preview shows the cover sheet and the first document as they will be produced.</p>
          ) : (
            <>
              <p className="small" data-testid="preview-counts">
                {formatCount(preview.documents)} documents · {formatCount(preview.messages)} messages · {preview.batesBegin}–{preview.batesEnd}
                {preview.withheldDocuments > 0 && ` · ${formatCount(preview.withheldDocuments)} withheld`}
                {preview.redactions > 0 && ` · ${countOf(preview.redactions, 'redaction')}`}
              </p>
              <ProductionPreview html={preview.html} />
            </>
          )}
        </div>
      </div>
    </PanelDialog>
  );
}

function ProducedSummary({ production: p }: { production: ProductionSummary }) {
  return (
    <div className="produced" data-testid="produced" role="status">
      <p>
        <b>Produced</b> {formatCount(p.documents)} documents ({formatCount(p.messages)} messages), {p.batesBegin}–{p.batesEnd}
        {p.withheldDocuments > 0 && `, ${formatCount(p.withheldDocuments)} withheld`}
        {p.redactions > 0 && `, ${countOf(p.redactions, 'redaction')}`}.
      </p>
      <p>
        Written to <code data-testid="produced-folder">{p.outDir}</code>{' '}
        <button type="button" className="link-button" onClick={() => void navigator.clipboard?.writeText(p.outDir)}>
          Copy path
        </button>
      </p>
      {p.changes !== null && (
        <p className="small">
          Against production {p.changes.previousProductionId} of the same search: {formatCount(p.changes.added)} added, {formatCount(p.changes.removed)} removed.
        </p>
      )}
    </div>
  );
}
