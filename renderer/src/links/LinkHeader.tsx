import type { ConversationLink } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { countOf, formatCount } from '../format';
import { useJob } from '../jobs/useJob';
import { SeenFromPicker } from '../thread/SeenFromPicker';
import { copyLabels } from './presence';

interface LinkHeaderProps {
  link: ConversationLink;
  visible: { first: number; last: number } | null;
  onUnlinked: () => void;
  seenFrom: string | null;
  onSeenFrom: (author: string | null) => void;
  reportError: ReportError;
}

const METHOD: Record<ConversationLink['method'], string> = {
  native_id: 'the same conversation id',
  participants: 'the messages they share',
  reviewer: 'the reviewer',
};

/** The header of a merged thread: which copies, how they were recognised, how their clocks differ. */
export function LinkHeader({ link, visible, onUnlinked, seenFrom, onSeenFrom, reportError }: LinkHeaderProps) {
  const labels = copyLabels(link);
  const { job, run } = useJob(onUnlinked, reportError, 'unlink');
  const offset = Math.round(link.offsetMs / 1000);
  return (
    <div className="thread-header" data-testid="link-header">
      <div className="thread-title-line">
        <h2 className="thread-title" title={link.title}>
          ⇄ {link.title}
        </h2>
        <span className="thread-facts">
          linked by {METHOD[link.method]} · {link.evidence} · clock of {labels.get(link.members[1]!.conversationId)?.letter ?? 'B'}{' '}
          {offset === 0 ? 'in step' : `${Math.abs(offset)} s ${offset > 0 ? 'ahead' : 'behind'}`}
        </span>
        <button type="button" className="link-button" data-testid="unlink" disabled={job.step === 'starting' || job.step === 'running'} onClick={() => void run(() => api.unlinkConversations({ linkId: link.id }))}>
          Unlink
        </button>
      </div>
      <div className="thread-tools">
        <span className="copy-legend">
          {link.members.map((m) => (
            <span key={m.conversationId} className="copy-chip" title={`${m.sourceFile}: ${formatCount(m.messageCount)} messages`}>
              <b>{labels.get(m.conversationId)!.letter}</b> {labels.get(m.conversationId)!.name} · {countOf(m.onlyHere, 'message')} only here
            </span>
          ))}
        </span>
        <span className="thread-position" data-testid="thread-position">
          {visible === null ? countOf(link.rows, 'message') : `Messages ${formatCount(visible.first + 1)}–${formatCount(visible.last + 1)} of ${formatCount(link.rows)}`}
        </span>
        <SeenFromPicker conversationId={link.members[0]!.conversationId} value={seenFrom} onChange={onSeenFrom} reportError={reportError} />
      </div>
    </div>
  );
}
