import type { Finding } from '../../../shared/findings';
import { localDay } from '../format';
import type { CopyLabel } from '../links/presence';
import type { Marks } from '../search/ThreadHitCache';
import { FindingBand } from './FindingBand';
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
  /** The selection's focused message (the thread's tab stop), and whether this one is selected. */
  focused: boolean;
  selected: boolean;
  /** Messages in the thread, for the list's position announcements. */
  total: number;
  /** The message is a search hit: its matched passages. */
  marks: Marks | undefined;
  /** Gap findings about what lies before this message, and about it or after it. */
  bandsAbove: Finding[] | undefined;
  bandsBelow: Finding[] | undefined;
  /** In a merged thread: the copies, by conversation id. */
  copies: Map<number, CopyLabel> | null;
  /** The author whose phone the thread is seen from: their messages go on the right. */
  seenFrom: string | null;
  measureRef: (element: HTMLDivElement | null) => void;
  onRetry: (seq: number) => void;
}

/** One virtual row: positioned and measured here, drawn by MessageRow or PlaceholderRow. */
export function ThreadRow({ index, seq, start, thread, highlighted, focused, selected, total, marks, bandsAbove, bandsBelow, copies, seenFrom, measureRef, onRetry }: ThreadRowProps) {
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
      role="listitem"
      aria-setsize={total}
      aria-posinset={seq + 1}
      className={`thread-row${isHighlighted ? ' is-highlighted' : ''}${marks !== undefined ? ' is-hit' : ''}${selected ? ' is-selected' : ''}`}
      data-hit={marks !== undefined ? 'true' : undefined}
      style={{ transform: `translateY(${start}px)` }}
      {...(isHighlighted ? { 'data-testid': 'message-highlighted', 'data-seq': seq, 'data-message-id': message.id } : {})}
    >
      {bandsAbove?.map((f) => <FindingBand key={f.id} finding={f} />)}
      {message === undefined ? (
        <PlaceholderRow seq={seq} failure={thread.failureAt(seq)} onRetry={onRetry} />
      ) : (
        <MessageRow
          message={message}
          newDay={startsDay ? day : null}
          focused={focused}
          selected={selected}
          marks={marks}
          presence={copies === null ? undefined : message.presentIn?.flatMap((id) => copies.get(id) ?? [])}
          copyCount={copies?.size ?? 0}
          mine={seenFrom !== null && message.author === seenFrom}
        />
      )}
      {bandsBelow?.map((f) => <FindingBand key={f.id} finding={f} />)}
    </div>
  );
}
