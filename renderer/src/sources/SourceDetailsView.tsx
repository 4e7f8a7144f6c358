import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { formatBytes, formatCount } from '../format';
import { AccountControl } from '../records/AccountControl';
import { ReadingControls } from './ReadingControls';
import { WarningList } from '../import/WarningList';

interface SourceDetailsViewProps {
  sourceId: number;
  onChanged: () => void;
  reportError: ReportError;
}

export function SourceDetailsView({ sourceId, onChanged, reportError }: SourceDetailsViewProps) {
  const details = useEngineValue(() => api.sourceDetails({ sourceId }), String(sourceId), reportError, `Could not read source ${sourceId}`);

  if (details === null) return <div className="source-details muted">Loading…</div>;
  return (
    <div className="source-details" data-testid="source-details">
      <dl className="facts">
        <dt>File</dt>
        <dd className="mono">{details.path}</dd>
        {details.chatEntry !== null && (
          <>
            <dt>Chat text</dt>
            <dd className="mono">{details.chatEntry}</dd>
          </>
        )}
        <dt>SHA-256</dt>
        <dd className="mono" data-testid="source-sha256">
          {details.sha256}
        </dd>
        <dt>Size</dt>
        <dd>{formatBytes(details.size)}</dd>
        <dt>Read as</dt>
        <dd>
          {details.formatDetail} <span className="muted">({details.parserVersion})</span>
        </dd>
        <dt>Imported</dt>
        <dd>{new Date(details.importedAt).toISOString().replace('T', ' ').slice(0, 19)} UTC</dd>
        <dt>Custodian</dt>
        <dd>{details.custodian ?? <span className="muted">not given</span>}</dd>
        <dt>Contents</dt>
        <dd>
          {formatCount(details.messageCount)} messages in {formatCount(details.conversationCount)} conversation
          {details.conversationCount === 1 ? '' : 's'}
          {details.lineCount !== null && `, ${formatCount(details.lineCount)} lines`}
        </dd>
      </dl>
      <ReadingControls details={details} onChanged={onChanged} reportError={reportError} />
      <AccountControl details={details} onChanged={onChanged} reportError={reportError} />
      {details.caveats.length > 0 && (
        <section>
          <h3 className="section-title">What the source states about itself, and its limits</h3>
          <ul className="warning-list" data-testid="source-caveats">
            {details.caveats.map((c) => (
              <li key={c.code}>
                <span className="badge">{c.code}</span> {c.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {details.preamble !== null && (
        <section>
          <h3 className="section-title">Text before the first message (kept as found)</h3>
          <pre className="preamble">{details.preamble}</pre>
        </section>
      )}
      <section>
        <h3 className="section-title">
          Warnings ({formatCount(details.warningCount)}
          {details.warningCount > details.warnings.length ? `, the first ${details.warnings.length} shown` : ''})
        </h3>
        <WarningList warnings={details.warnings} total={details.warningCount} testId="source-warnings" />
      </section>
    </div>
  );
}
