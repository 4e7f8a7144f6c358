import type { ReactNode } from 'react';
import type { ConversationSummary } from '../../../shared/model';
import { ConversationItem } from './ConversationItem';

interface ConversationListProps {
  conversations: ConversationSummary[] | null;
  selectedId: number | null;
  onSelect: (conversationId: number) => void;
  /** Shown above the list (the merged threads of linked copies). */
  before?: ReactNode;
}

export function ConversationList({ conversations, selectedId, onSelect, before }: ConversationListProps) {
  return (
    <nav className="conversation-list" data-testid="conversation-list" aria-label="Conversations">
      {before}
      <div className="sidebar-heading">Conversations{conversations !== null && ` (${conversations.length})`}</div>
      {conversations === null && <p className="empty-note">Loading…</p>}
      {conversations?.length === 0 && <p className="empty-note">No conversations yet. Import a chat export to begin.</p>}
      <ul>
        {conversations?.map((conversation) => (
          <ConversationItem
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </nav>
  );
}
