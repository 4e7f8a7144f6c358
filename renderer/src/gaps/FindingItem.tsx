import type { Finding } from '../../../shared/findings';
import { FindingReviewControls } from '../review/FindingReviewControls';

interface FindingItemProps {
  finding: Finding;
  onShow: (() => void) | null;
  /** The zone of the source's clock, in which the span's local times are written. */
  timeZone?: string;
}

function span(f: Finding): string {
  if (f.fromLocal && f.toLocal && f.fromLocal !== f.toLocal) return `${f.fromLocal.replace('T', ' ')} – ${f.toLocal.replace('T', ' ')}`;
  return (f.fromLocal ?? f.toLocal ?? '').replace('T', ' ');
}

export function FindingItem({ finding, onShow, timeZone }: FindingItemProps) {
  const when = span(finding);
  return (
    <li className={`finding strength-${finding.strength}`} data-testid="finding" data-rule={finding.rule} data-type={finding.type}>
      <div className="finding-head">
        <span className={`badge strength-badge strength-${finding.strength}`} title="Strength">
          {finding.strength}
        </span>
        <span className="finding-rule" title="Gap rule (docs/gaps.md)">
          {finding.rule}
        </span>
        <span className="finding-type">{finding.type.replace(/_/g, ' ')}</span>
        <span className="muted finding-span">{when !== '' && timeZone !== undefined ? `${when} ${timeZone}` : when}</span>
        {onShow && (
          <button type="button" className="link-button" onClick={onShow} data-testid="finding-show">
            Show in thread
          </button>
        )}
      </div>
      <p className="finding-explanation">{finding.explanation}</p>
      <FindingReviewControls finding={finding} />
      {finding.evidence.length > 0 && (
        <ul className="finding-evidence">
          {finding.evidence.map((e, i) => (
            <li key={i} className="mono">
              {e.file}
              {e.line !== null && `:${e.line}`}
              {e.record !== null && `#${e.record}`}
              {e.text !== null && <span className="muted"> “{e.text}”</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
