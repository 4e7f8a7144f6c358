import { useState } from 'react';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { fileNameOf } from '../format';
import { SourceDetailsView } from './SourceDetailsView';

interface SourcesDialogProps {
  initialSourceId: number | null;
  onClose: () => void;
  /** A source's times were re-read: everything shown from it must be reloaded. */
  onChanged: () => void;
  reportError: ReportError;
}

/** Every source of the case and how it was read: hashes, format, zone, date order, warnings. */
export function SourcesDialog({ initialSourceId, onClose, onChanged, reportError }: SourcesDialogProps) {
  const [selectedId, setSelectedId] = useState<number | null>(initialSourceId);
  const [version, setVersion] = useState(0);
  const sources = useEngineValue(() => api.listSources({}), String(version), reportError, 'Could not list the sources');

  const shownId = selectedId ?? sources?.[0]?.id ?? null;
  return (
    <PanelDialog id="sources-dialog" className="sources-dialog" title="Sources" onClose={onClose}>
      <div className="sources-body">
        <nav className="sources-list" aria-label="Sources">
          {sources?.map((s) => (
            <button
              type="button"
              key={s.id}
              className={`source-item${s.id === shownId ? ' is-selected' : ''}`}
              data-testid="source-item"
              data-source-id={s.id}
              onClick={() => setSelectedId(s.id)}
            >
              <strong title={s.path}>{fileNameOf(s.path)}</strong>
              <span className="muted">
                {s.format} · source {s.id}
                {s.dateOrder.ambiguous && <span className="badge badge-warning">date order ambiguous</span>}
                {s.timeZoneAssumed && <span className="badge badge-warning">zone assumed</span>}
                {s.account !== null && <span className="badge">{s.account.kind}</span>}
              </span>
            </button>
          ))}
          {sources?.length === 0 && <p className="empty-note">No sources yet.</p>}
        </nav>
        {shownId !== null && (
          <SourceDetailsView
            key={`${shownId}:${version}`}
            sourceId={shownId}
            onChanged={() => {
              setVersion((v) => v + 1);
              onChanged();
            }}
            reportError={reportError}
          />
        )}
      </div>
    </PanelDialog>
  );
}
