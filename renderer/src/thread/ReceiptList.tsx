import type { MessageView } from '../../../shared/model';
import { eventClock, eventTitle } from './particulars';

/** Read and delivery receipts: who, and when. */
export function ReceiptList({ message }: { message: MessageView }) {
  const receipts = message.events.filter((e) => e.kind === 'receipt');
  if (receipts.length === 0) return null;
  return (
    <div className="particular receipt-list" data-testid="receipts">
      {receipts.map((e, i) => (
        <span key={e.id} title={eventTitle(e, message)}>
          {i > 0 && ' · '}
          <span className="particular-label">{e.value === 'delivered' ? 'Delivered' : 'Read'}</span>
          {e.actor !== null ? ` by ${e.actor}` : ''} at {eventClock(e, message)}
        </span>
      ))}
    </div>
  );
}
