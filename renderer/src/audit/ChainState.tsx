import { useState } from 'react';
import type { AuditOverview } from '../../../shared/review';
import { formatCount } from '../format';

/** The head as `threadline verify --head` takes it back. */
export function headText(head: AuditOverview['head']): string {
  return `${head.entries}:${head.hash}`;
}

/**
 * Whether every entry still fits the hash chain, where it breaks, and the head to write down: a head
 * kept outside the case file is what later shows that nothing up to it was rewritten (docs/security.md#tamper-evidence-and-verify).
 */
export function ChainState({ overview, onShowEntry }: { overview: AuditOverview; onShowEntry: (id: number) => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const head = headText(overview.head);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(head);
      setCopied('Copied.');
    } catch {
      setCopied('The clipboard could not be reached: select the head and copy it.');
    }
  };
  return (
    <section className={`audit-chain ${overview.verifies ? 'is-intact' : 'is-broken'}`} data-testid="audit-chain" aria-live="polite">
      {overview.verifies ? (
        <p className="audit-chain-state">
          <strong>Hash chain intact</strong>: {overview.head.entries === 1 ? 'its one entry fits it' : `each of its ${formatCount(overview.head.entries)} entries fits the one before it`}.
        </p>
      ) : (
        <p className="audit-chain-state">
          <strong>Hash chain broken at entry {overview.brokenAt}</strong>: that entry, or one before it, was changed or removed after it was written; entries from there on are not as the chain recorded them.{' '}
          <button type="button" className="link-button" data-testid="audit-show-broken" onClick={() => onShowEntry(overview.brokenAt!)}>
            Show entry {overview.brokenAt}
          </button>
        </p>
      )}
      <p className="audit-chain-head">
        {/* A broken chain's head vouches for nothing: it is shown to compare, not to keep. */}
        <span>{overview.verifies ? 'Head to write down' : 'Head as the file holds it now'}</span>
        <code data-testid="audit-head">{head}</code>
        <button type="button" className="secondary-button" onClick={() => void copy()}>
          Copy
        </button>
        <span className="muted small" role="status">
          {copied ??
            (overview.verifies
              ? 'Later, threadline verify --head <head> proves nothing up to it was rewritten.'
              : 'threadline verify --head <a head written down earlier> says whether the log still holds it.')}
        </span>
      </p>
    </section>
  );
}
