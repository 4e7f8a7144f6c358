import type { MessageView, ParentView } from '../../../shared/model';

interface ParentQuoteProps {
  message: MessageView;
  parent: ParentView;
  /** Whether a click can move the thread to the parent (not in a merged thread, whose rows are not seqs). */
  canJump: boolean;
}

/**
 * The message a reply continues, quoted above it. A parent the conversation does not hold is said
 * plainly: the reference is a fact, the missing message a finding (R5).
 */
export function ParentQuote({ message, parent, canJump }: ParentQuoteProps) {
  const relation = message.kind === 'call' ? 'Part of the call begun in' : 'In reply to';
  if (parent.seq === null) {
    return (
      <div className="parent-quote is-missing" data-testid="parent-missing" title={`Parent id in the source: ${parent.nativeId}`}>
        {relation} a message that is not in this conversation (id {parent.nativeId}).
      </div>
    );
  }
  const text = (
    <>
      {relation} <b>{parent.author ?? 'a notice'}</b>
      {parent.excerpt ? `: ${parent.excerpt}` : ''}
    </>
  );
  return canJump ? (
    <button type="button" className="parent-quote" data-testid="parent-quote" data-jump-seq={parent.seq} title={`Go to message #${parent.seq + 1}`}>
      {text}
    </button>
  ) : (
    <div className="parent-quote" data-testid="parent-quote">
      {text}
    </div>
  );
}
