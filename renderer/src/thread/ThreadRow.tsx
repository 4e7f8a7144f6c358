import { localDay } from '../format';
import type { Marks } from '../search/ThreadHitCache';
import { MessageRow } from './MessageRow';
import { PlaceholderRow } from './PlaceholderRow';
import type { ThreadSnapshot } from './ThreadPageCache';

interface ThreadRowProps {
  /** Position in the virtualizer's window; `seq` is the position in the conversation. */
  index: number;
  seq: number;
  start: number;
  thread: ThreadSnapshot;
  highlighted: boolean;
  /** The message is a search hit: its matched passages. */
  marks: Marks | undefined;
  measureRef: (element: HTMLDivElement | null) => void;
  onRetry: (seq: number) => void;
}

/** One virtual row: positioned and measured here, drawn by MessageRow or PlaceholderRow. */
export function ThreadRow({ index, seq, start, thread, highlighted, marks, measureRef, onRetry }: ThreadRowProps) {
  const message = thread.messageAt(seq);
  const day = message === undefined ? null : localDay(message.sentAtLocal);
  // A day separator compares with the previous message (undefined while its page is on the way,
  // and then the separator waits for it); the first message always opens a day.
  const previous = seq === 0 ? null : thread.messageAt(seq - 1);
  const startsDay = day !== null && (previous === null || (previous !== undefined && localDay(previous.sentAtLocal) !== day));
  const isHighlighted = highlighted && message !== undefined;
  return (
    <div
      ref={measureRef}
      data-index={index}
      className={`thread-row${isHighlighted ? ' is-highlighted' : ''}${marks !== undefined ? ' is-hit' : ''}`}
      data-hit={marks !== undefined ? 'true' : undefined}
      style={{ transform: `translateY(${start}px)` }}
      {...(isHighlighted ? { 'data-testid': 'message-highlighted', 'data-seq': seq, 'data-message-id': message.id } : {})}
    >
      {message === undefined ? (
        <PlaceholderRow seq={seq} failure={thread.failureAt(seq)} onRetry={onRetry} />
      ) : (
        <MessageRow message={message} newDay={startsDay ? day : null} marks={marks} />
      )}
    </div>
  );
}
