import { memo } from 'react';
import type { MessageView } from '../../../shared/model';
import { localClock, sourceRefText, timeDetails } from '../format';
import { AttachmentList } from './AttachmentList';
import { DaySeparator } from './DaySeparator';
import { MessageBadges } from './MessageBadges';

interface MessageRowProps {
  message: MessageView;
  /** The local date to announce above the message when it starts a new day. */
  newDay: string | null;
}

// Memoised: the list re-renders on every scroll frame, a message's content never changes.
export const MessageRow = memo(function MessageRow({ message, newDay }: MessageRowProps) {
  const isSystemLine = message.author === null;
  const isDeleted = message.deleted || message.kind === 'deleted';
  const classes = ['message', `kind-${message.kind}`, isSystemLine ? 'is-system' : '', isDeleted ? 'is-deleted' : ''];
  const source = sourceRefText(message.sourceRef);
  return (
    <>
      {newDay !== null && <DaySeparator day={newDay} />}
      <article
        className={classes.filter(Boolean).join(' ')}
        data-testid="message"
        data-seq={message.seq}
        data-message-id={message.id}
        data-kind={message.kind}
      >
        <div className="message-meta">
          <time className="message-time" title={timeDetails(message)}>
            {localClock(message.sentAtLocal)}
          </time>
          {!isSystemLine && <span className="message-author">{message.author}</span>}
          <MessageBadges message={message} />
          <span className="message-source" title={`Source: ${source}\nMessage #${message.seq + 1}, id ${message.id}`}>
            {source}
          </span>
        </div>
        {message.body !== '' && <div className="message-body">{message.body}</div>}
        <AttachmentList attachments={message.attachments} />
      </article>
    </>
  );
});
