import type { MessageView } from '../../../shared/model';
import { EditHistory } from './EditHistory';
import { ReactionList } from './ReactionList';
import { ReceiptList } from './ReceiptList';
import { contentStatusText, deletionText, eventClock, eventTitle } from './particulars';
import './message-particulars.css';

/**
 * What the source records about a message beyond its text: who a notice names as acting and acted on,
 * edit history, reactions, read receipts, stars, delete records, content status, and the raw record (expiry is a badge, the parent a quote above the text). Facts only; the
 * message text itself is never replaced by an edit or hidden by a delete.
 */
export function MessageParticulars({ message }: { message: MessageView }) {
  const status = contentStatusText(message.contentStatus);
  const deletes = message.events.filter((e) => e.kind === 'delete');
  const stars = message.events.filter((e) => e.kind === 'star');
  const parties = message.parties ?? null;
  const hasAny = status !== null || parties !== null || message.events.length > 0 || message.raw !== null;
  if (!hasAny) return null;
  return (
    <div className="message-particulars">
      {status !== null && (
        <div className={`content-status content-${message.contentStatus}`} data-testid="content-status">
          {status}
        </div>
      )}
      {parties !== null && (
        <div className="particular" data-testid="notice-parties" title="The people this notice names, as participants of the source">
          {parties.actor !== null && (
            <>
              <span className="particular-label">By</span> {parties.actor}
            </>
          )}
          {parties.actor !== null && parties.targets.length > 0 && ' · '}
          {parties.targets.length > 0 && (
            <>
              <span className="particular-label">On</span> {parties.targets.join(', ')}
            </>
          )}
        </div>
      )}
      <EditHistory message={message} />
      <ReactionList message={message} />
      <ReceiptList message={message} />
      {stars.map((e) => (
        <div key={e.id} className="particular" title={eventTitle(e, message)} data-testid="message-star">
          <span className="particular-label">{e.value === 'unstarred' ? 'Unstarred' : 'Starred'}</span> by {e.actor ?? 'someone'} at {eventClock(e, message)}
        </div>
      ))}
      {deletes.map((e) => (
        <div key={e.id} className="particular particular-deleted" title={eventTitle(e, message)} data-testid="message-deletion">
          <span className="particular-label">{e.value === 'recall' ? 'Recalled' : 'Deleted'}</span> at {eventClock(e, message)}: {e.actor ?? 'someone'} {deletionText(e)}. The text above is the retained copy.
        </div>
      ))}
      {message.kind === 'unclassified' && message.body === '' && message.subtype !== null && (
        <div className="particular muted">Not a record type this version knows ({message.subtype}); the record is shown below as written.</div>
      )}
      {message.raw !== null && (
        <details className="source-record" open={message.kind === 'unclassified' && message.raw !== message.body}>
          <summary>Source record</summary>
          <pre>{message.raw}</pre>
        </details>
      )}
    </div>
  );
}
