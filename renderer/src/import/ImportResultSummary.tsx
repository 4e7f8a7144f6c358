import type { ImportSummary } from '../../../shared/model';
import { countOf, fileNameOf } from '../format';
import { WarningList } from './WarningList';

// Enough warnings to recognise the problem without burying the summary; the rest are one click away.
const WARNINGS_SHOWN = 3;

export function ImportResultSummary({ summary, onReviewSource }: { summary: ImportSummary; onReviewSource: (sourceId: number) => void }) {
  return (
    <div className="import-summary" data-testid="import-summary">
      {summary.sources.length === 0 && <p>The import finished; no sources were reported.</p>}
      {summary.sources.map((source) => (
        <section className="import-source" key={source.id} data-testid="import-source">
          <div className="import-source-line">
            <strong title={source.path}>{fileNameOf(source.path)}</strong>
            <span>
              {source.alreadyImported
                ? 'already imported — nothing was added'
                : `${countOf(source.messages, 'message')} in ${countOf(source.conversations, 'conversation')} imported`}
            </span>
            <span className="muted" title={`SHA-256 ${source.sha256}`}>
              {source.format} · SHA-256 {source.sha256.slice(0, 12)}…
            </span>
          </div>
          <div className={`date-order${source.dateOrder.ambiguous ? ' is-ambiguous' : ''}`} data-testid="import-date-order">
            {source.dateOrder.ambiguous ? 'Day/month order is ambiguous' : 'Day/month order'}:{' '}
            <strong>{source.dateOrder.value ?? 'undecided'}</strong> — {source.dateOrder.evidence}
            {source.dateOrder.ambiguous && (
              <>
                {' '}
                <button type="button" className="link-button" data-testid="review-source" onClick={() => onReviewSource(source.id)}>
                  Review and lock the order
                </button>
              </>
            )}
          </div>
          {source.warnings.length > 0 && (
            <div className="import-warnings">
              {countOf(source.warnings.length, 'warning')} (kept with the source: Sources lists them again)
              <WarningList warnings={source.warnings} preview={WARNINGS_SHOWN} testId="import-warnings" />
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
