import type { Finding } from '../../../shared/findings';
import './thread-reading.css';

/** A gap finding drawn in the thread where it sits: facts, expected loss and leads look different. */
export function FindingBand({ finding }: { finding: Finding }) {
  return (
    <div className={`finding-band strength-${finding.strength} type-${finding.type}`} data-testid="finding-band" data-rule={finding.rule} title={finding.evidence.map((e) => `${e.file}${e.line !== null ? `:${e.line}` : ''}`).join('\n')}>
      <span className={`badge strength-badge strength-${finding.strength}`}>{finding.strength}</span>
      <span className="finding-rule">{finding.rule}</span>
      <span className="finding-band-text">{finding.explanation}</span>
    </div>
  );
}
