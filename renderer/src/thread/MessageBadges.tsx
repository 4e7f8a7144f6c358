import type { MessageView } from '../../../shared/model';
import { durationText } from './particulars';

interface Badge {
  label: string;
  tone: 'deleted' | 'warning' | 'neutral' | 'expiry';
  explanation: string;
}

const KIND_BADGES: Partial<Record<MessageView['kind'], Badge>> = {
  media: { label: 'Media', tone: 'neutral', explanation: 'A media message; see the attachments below.' },
  call: { label: 'Call', tone: 'neutral', explanation: 'A call record.' },
  location: { label: 'Location', tone: 'neutral', explanation: 'A shared location.' },
  contact: { label: 'Contact', tone: 'neutral', explanation: 'A shared contact card.' },
  poll: { label: 'Poll', tone: 'neutral', explanation: 'A poll.' },
  unclassified: {
    label: 'Unclassified',
    tone: 'warning',
    explanation: 'Read from the source but not recognised; shown exactly as written.',
  },
};

function badgesOf(message: MessageView): Badge[] {
  const badges: Badge[] = [];
  if (message.deleted || message.kind === 'deleted') badges.push(deletedBadge(message));
  if (message.contentStatus === 'unrecoverable_by_design') {
    badges.push({ label: 'Destroyed by design', tone: 'warning', explanation: 'Confide destroys message content after reading; only the fact of the message is in the source.' });
  } else if (message.contentStatus === 'encrypted_unavailable') {
    badges.push({ label: 'Encrypted', tone: 'warning', explanation: 'The text is encrypted in the extraction and was not decrypted; only metadata is shown.' });
  }
  const kindBadge = KIND_BADGES[message.kind];
  if (kindBadge !== undefined) badges.push(kindBadge);
  if (message.kind === 'system' && message.author !== null) {
    badges.push({ label: 'System', tone: 'neutral', explanation: 'A system notice attributed to a participant.' });
  }
  const edits = message.events.filter((e) => e.kind === 'edit').length;
  if (message.edited || edits > 0) {
    badges.push({
      label: edits > 1 ? `Edited ${edits}×` : 'Edited',
      tone: 'neutral',
      explanation: edits > 0 ? 'The source records edits of this message; the history is below, and the text above is the record as first kept.' : 'The source marks this message as edited.',
    });
  }
  if (message.ttlSeconds !== null && message.ttlSeconds > 0) {
    badges.push({ label: `TTL ${durationText(message.ttlSeconds)}`, tone: 'expiry', explanation: 'Expiry timer: the message disappears from devices this long after it was sent. Expiry writes no record; the retained copy is unaffected.' });
  }
  if (message.burnOnReadSeconds !== null && message.burnOnReadSeconds > 0) {
    badges.push({ label: `Burn on read ${durationText(message.burnOnReadSeconds)}`, tone: 'expiry', explanation: 'Burn-on-read: the message disappears from a device this long after it is read there.' });
  }
  if (message.events.some((e) => e.kind === 'star' && e.value !== 'unstarred')) badges.push({ label: 'Starred', tone: 'neutral', explanation: 'Someone starred this message; see below.' });
  return badges;
}

function deletedBadge(message: MessageView): Badge {
  if (message.kind === 'deleted') return { label: 'Deleted', tone: 'deleted', explanation: 'The source records this message as deleted; the text shown is the tombstone itself.' };
  const record = message.events.find((e) => e.kind === 'delete');
  if (record) {
    return {
      label: record.value === 'recall' ? 'Recalled' : 'Deleted',
      tone: 'deleted',
      explanation: `A delete record (${record.value === 'recall' ? 'recall from every device' : 'delete from the sender’s own devices'}) names this message; the text shown is the retained original.`,
    };
  }
  return { label: 'Deleted', tone: 'deleted', explanation: 'The source flags this message as deleted and kept its text; the text shown is what the source kept.' };
}

export function MessageBadges({ message }: { message: MessageView }) {
  const classification = message.subtype === null ? '' : `\nClassified as ${message.subtype}.`;
  return badgesOf(message).map((badge) => (
    <span key={badge.label} className={`badge badge-${badge.tone}`} title={badge.explanation + classification}>
      {badge.label}
    </span>
  ));
}
