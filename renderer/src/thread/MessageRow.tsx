import { memo } from 'react';
import type { MessageView } from '../../../shared/model';
import type { CopyLabel } from '../links/presence';
import { localClock, localDateTime, sourceRefText, timeDetails } from '../format';
import { MessageTagChips } from '../review/TagChips';
import { MarkedText } from '../search/MarkedText';
import { AttachmentList } from './AttachmentList';
import { DaySeparator } from './DaySeparator';
import { MessageBadges } from './MessageBadges';
import { MessageParticulars } from './MessageParticulars';
import { ParentQuote } from './ParentQuote';
import { utcText } from './particulars';

interface MessageRowProps {
  message: MessageView;
  /** The local date to announce above the message when it starts a new day. */
  newDay: string | null;
  /** Search hit passages to mark in the body (UTF-16 ranges), when the message is a hit. */
  marks?: [number, number][];
  /** In a merged thread: the copies holding this message. */
  presence?: CopyLabel[];
  /** How many copies the merged thread has (0 outside one). */
  copyCount?: number;
  /** Written by the person whose phone the thread is seen from. */
  mine?: boolean;
  /** The selection's focused message: the thread's one tab stop. */
  focused?: boolean;
  selected?: boolean;
}

/** "in A and B", or "only in B" when a copy lacks it: the fact a merged thread exists to show. */
function PresenceChips({ presence, copyCount }: { presence: CopyLabel[]; copyCount: number }) {
  const everywhere = presence.length === copyCount;
  const names = presence.map((c) => c.name).join(' and ');
  return (
    <span className={`presence${everywhere ? '' : ' is-partial'}`} data-testid="presence" title={everywhere ? `In every copy: ${names}` : `Only in ${names}`}>
      {everywhere ? 'in ' : 'only in '}
      {presence.map((c) => (
        <b key={c.letter} className="copy-letter">
          {c.letter}
        </b>
      ))}
    </span>
  );
}

/** The time's three readings; UTC with microseconds when the source records them (Wickr msg_ts). */
function timeTitle(message: MessageView): string {
  const details = timeDetails(message);
  return message.sentAtUs === null ? details : details.replace(/^UTC: .*$/m, `UTC: ${utcText(message.sentAt, message.sentAtUs)}`);
}

// Memoised: the list re-renders on every scroll frame, a message's content never changes.
export const MessageRow = memo(function MessageRow({ message, newDay, marks, presence, copyCount = 0, mine = false, focused = false, selected = false }: MessageRowProps) {
  const isSystemLine = message.author === null;
  const isDeleted = message.deleted || message.kind === 'deleted';
  const classes = ['message', `kind-${message.kind}`, isSystemLine ? 'is-system' : '', isDeleted ? 'is-deleted' : '', mine ? 'is-mine' : '', focused ? 'is-focused' : '', selected ? 'is-selected' : ''];
  const source = sourceRefText(message.sourceRef);
  return (
    <>
      {newDay !== null && <DaySeparator day={newDay} timeZone={message.timeZone} />}
      <article
        className={classes.filter(Boolean).join(' ')}
        data-testid="message"
        data-seq={message.seq}
        data-message-id={message.id}
        data-kind={message.kind}
        data-selected={selected ? 'true' : undefined}
        tabIndex={focused ? 0 : -1}
        aria-current={focused ? 'true' : undefined}
        aria-label={`${selected ? 'Selected. ' : ''}${isSystemLine ? 'Notice' : (message.author ?? 'Unknown')}, ${localDateTime(message.sentAtLocal)} ${message.timeZone}, message ${message.seq + 1}`}
      >
        <div className="message-meta">
          <time className="message-time" title={timeTitle(message)}>
            {localClock(message.sentAtLocal)}
          </time>
          {!isSystemLine && <span className="message-author" data-testid="message-author" title={message.authorPerson ? `Person: ${message.authorPerson}` : undefined}>{message.author}</span>}
          <MessageBadges message={message} />
          <MessageTagChips messageId={message.id} />
          {presence !== undefined && copyCount > 1 && <PresenceChips presence={presence} copyCount={copyCount} />}
          <span className="message-source" title={`Source: ${source}\nMessage #${message.seq + 1}, id ${message.id}`}>
            {/* The place in the file is never cut; a long file name gives way first. */}
            <span className="message-source-file">{message.sourceRef.file}</span>
            <span className="message-source-place">{source.slice(message.sourceRef.file.length)}</span>
          </span>
        </div>
        {message.parent != null && <ParentQuote message={message} parent={message.parent} canJump={presence === undefined} />}
        {message.body !== '' && <div className="message-body">{marks ? <MarkedText text={message.body} marks={marks} /> : message.body}</div>}
        <AttachmentList attachments={message.attachments} />
        <MessageParticulars message={message} />
      </article>
    </>
  );
});
