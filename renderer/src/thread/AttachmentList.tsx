import type { AttachmentView } from '../../../shared/model';
import { formatBytes } from '../format';
import { InlineMedia } from './InlineMedia';

export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment" title={attachment.sha256 === null ? undefined : `SHA-256 ${attachment.sha256}`}>
          <span className="attachment-name">{attachment.name}</span>
          {attachment.present ? (
            <span className="attachment-status is-present">
              present{attachment.size === null ? '' : ` · ${formatBytes(attachment.size)}`}
            </span>
          ) : (
            <span className="attachment-status is-missing">not in export</span>
          )}
          <InlineMedia attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
