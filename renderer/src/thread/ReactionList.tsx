import type { MessageView } from '../../../shared/model';
import { eventClock, reactionSummary } from './particulars';

/** Reactions as they stand at the end of the record; removed ones stay visible, struck through. */
export function ReactionList({ message }: { message: MessageView }) {
  const reactions = reactionSummary(message);
  if (reactions.length === 0) return null;
  return (
    <div className="reaction-list" data-testid="reactions" aria-label="Reactions">
      {reactions.map((r) => {
        const history = r.events.map((e) => `${e.detail?.added === false ? 'removed' : 'added'} by ${e.actor ?? 'someone'} at ${eventClock(e, message)}`).join('\n');
        return (
          <span key={r.value} className={`reaction${r.current.length === 0 ? ' is-removed' : ''}`} title={`${r.value}\n${history}`}>
            <span className="reaction-value">{r.value}</span>
            {r.current.length > 0 && <span className="reaction-who">{r.current.join(', ')}</span>}
            {r.removed.length > 0 && <span className="reaction-removed">removed by {r.removed.join(', ')}</span>}
          </span>
        );
      })}
    </div>
  );
}
