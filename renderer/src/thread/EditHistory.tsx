import type { MessageView } from '../../../shared/model';
import { editHistory, eventClock, eventTitle } from './particulars';

/** The edits of a message in source order, each with the text it replaced. */
export function EditHistory({ message }: { message: MessageView }) {
  const steps = editHistory(message);
  if (steps.length === 0) return null;
  return (
    <ol className="edit-history" data-testid="edit-history" aria-label="Edit history">
      {steps.map(({ event, previous, next }) => (
        <li key={event.id} className="particular" title={eventTitle(event, message)}>
          <span className="particular-label">Edited</span> by {event.actor ?? 'someone'} at {eventClock(event, message)}
          {next !== null && (
            <>
              {' '}to <q className="edit-text">{next}</q>
            </>
          )}
          {previous !== null && (
            <span className="muted">
              {' '}(was <q className="edit-text">{previous}</q>)
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
