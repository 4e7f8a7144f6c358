import type { MessageView } from '../../../shared/model';

interface Badge {
  label: string;
  tone: 'deleted' | 'warning' | 'neutral';
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
  if (message.deleted || message.kind === 'deleted') {
    badges.push({
      label: 'Deleted',
      tone: 'deleted',
      explanation: 'The source records this message as deleted; the text shown is the tombstone itself.',
    });
  }
  const kindBadge = KIND_BADGES[message.kind];
  if (kindBadge !== undefined) badges.push(kindBadge);
  if (message.kind === 'system' && message.author !== null) {
    badges.push({ label: 'System', tone: 'neutral', explanation: 'A system notice attributed to a participant.' });
  }
  if (message.edited) badges.push({ label: 'Edited', tone: 'neutral', explanation: 'The source marks this message as edited.' });
  return badges;
}

export function MessageBadges({ message }: { message: MessageView }) {
  const classification = message.subtype === null ? '' : `\nClassified as ${message.subtype}.`;
  return badgesOf(message).map((badge) => (
    <span key={badge.label} className={`badge badge-${badge.tone}`} title={badge.explanation + classification}>
      {badge.label}
    </span>
  ));
}
