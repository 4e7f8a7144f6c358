import type { ImportRequest } from '../../../shared/api';
import { ImportPathForm } from './ImportPathForm';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResultSummary } from './ImportResultSummary';
import type { ImportState } from './useImportJob';

interface ImportPanelProps {
  state: ImportState;
  onStart: (request: ImportRequest) => void;
  onCancel: () => void;
  onClose: () => void;
}

export function ImportPanel({ state, onStart, onCancel, onClose }: ImportPanelProps) {
  if (state.step === 'closed') return null;
  const closable = state.step === 'finished' || state.step === 'cancelled' || state.step === 'failed';
  return (
    <section className="import-panel" aria-label="Import">
      <div className="import-panel-body">
        {state.step === 'asking' && <ImportPathForm hint={state.hint} onSubmit={onStart} onCancel={onClose} />}
        {state.step === 'starting' && <ImportProgressBar progress={null} cancelling={false} onCancel={null} />}
        {state.step === 'running' && (
          <ImportProgressBar progress={state.progress} cancelling={state.cancelling} onCancel={onCancel} />
        )}
        {state.step === 'finished' && <ImportResultSummary summary={state.summary} />}
        {state.step === 'cancelled' && (
          <p className="import-outcome" data-testid="import-cancelled">
            Import cancelled; the case is unchanged.
          </p>
        )}
        {state.step === 'failed' && (
          <p className="import-outcome is-error" role="alert" data-testid="import-error">
            Import failed: {state.message}
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
