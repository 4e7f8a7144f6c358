import type { ReactNode } from 'react';
import type { ConversationSummary } from '../../../shared/model';
import type { ReportError } from '../errors/useErrorBanner';
import { countOf, dayRange, formatCount } from '../format';
import { GoToDate } from './GoToDate';
import { SeenFromPicker } from './SeenFromPicker';

interface ThreadHeaderProps {
  conversation: ConversationSummary;
  total: number;
  /** Seqs of the first and last message on screen. */
  visible: { first: number; last: number } | null;
  onGoToSeq: (seq: number) => void;
  seenFrom: string | null;
  onSeenFrom: (author: string | null) => void;
  /** Tools the case adds for this conversation (linking it to another copy). */
  extraTools?: ReactNode;
  reportError: ReportError;
}

export function ThreadHeader({ conversation: c, total, visible, onGoToSeq, seenFrom, onSeenFrom, extraTools, reportError }: ThreadHeaderProps) {
  return (
    <div className="thread-header">
      <div className="thread-title-line">
        <h2 className="thread-title" title={c.title}>
          {c.title}
        </h2>
        <span className="thread-facts">
          {c.kind} · {countOf(c.participantCount, 'participant')} · {dayRange(c.firstLocal, c.lastLocal)} ·{' '}
          <span title={`Format: ${c.format}`}>{c.sourceFile}</span>
          {c.custodian !== null && ` · custodian ${c.custodian}`}
        </span>
      </div>
      <div className="thread-tools">
        <span className="thread-position" data-testid="thread-position">
          {visible === null
            ? countOf(total, 'message')
            : `Messages ${formatCount(visible.first + 1)}–${formatCount(visible.last + 1)} of ${formatCount(total)}`}
        </span>
        <GoToDate conversation={c} onGoToSeq={onGoToSeq} reportError={reportError} />
        <SeenFromPicker conversationId={c.id} value={seenFrom} onChange={onSeenFrom} reportError={reportError} />
        {extraTools}
      </div>
    </div>
  );
}
