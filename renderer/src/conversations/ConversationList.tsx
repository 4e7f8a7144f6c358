import { useMemo, useState, type ReactNode } from 'react';
import type { ConversationSummary } from '../../../shared/model';
import { arrangeConversations, type Arrangement, type GroupBy, type SortBy } from './arrange';
import { ConversationItem } from './ConversationItem';

interface ConversationListProps {
  conversations: ConversationSummary[] | null;
  selectedId: number | null;
  onSelect: (conversationId: number) => void;
  /** Shown above the list (the merged threads of linked copies). */
  before?: ReactNode;
}

export function ConversationList({ conversations, selectedId, onSelect, before }: ConversationListProps) {
  const [how, setHow] = useState<Arrangement>({ words: '', groupBy: 'none', sortBy: 'title' });
  const groups = useMemo(() => arrangeConversations(conversations ?? [], how), [conversations, how]);
  const shown = groups.reduce((n, g) => n + g.conversations.length, 0);
  const items = (list: ConversationSummary[]) => (
    <ul>
      {list.map((conversation) => (
        <ConversationItem key={conversation.id} conversation={conversation} selected={conversation.id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
  return (
    <nav className="conversation-list" data-testid="conversation-list" aria-label="Conversations">
      {before}
      <h2 className="sidebar-heading">
        Conversations
        {conversations !== null && (shown === conversations.length ? ` (${conversations.length})` : ` (${shown} of ${conversations.length})`)}
      </h2>
      {conversations !== null && conversations.length > 1 && (
        <div className="conversation-arrange">
          <input
            type="search"
            placeholder="Filter: title, custodian, app, file"
            aria-label="Filter the conversations"
            data-testid="conversation-filter"
            value={how.words}
            onChange={(e) => setHow({ ...how, words: e.target.value })}
          />
          <label>
            Group{' '}
            <select data-testid="conversation-group" value={how.groupBy} onChange={(e) => setHow({ ...how, groupBy: e.target.value as GroupBy })}>
              <option value="none">none</option>
              <option value="custodian">by custodian</option>
              <option value="app">by app</option>
              <option value="source">by source file</option>
            </select>
          </label>
          <label>
            Sort{' '}
            <select data-testid="conversation-sort" value={how.sortBy} onChange={(e) => setHow({ ...how, sortBy: e.target.value as SortBy })}>
              <option value="title">by title</option>
              <option value="messages">most messages</option>
              <option value="first">earliest first</option>
              <option value="last">latest activity</option>
            </select>
          </label>
        </div>
      )}
      {conversations === null && <p className="empty-note">Loading…</p>}
      {conversations?.length === 0 && <p className="empty-note">No conversations yet. Import a chat export to begin.</p>}
      {conversations !== null && conversations.length > 0 && shown === 0 && <p className="empty-note">No conversation matches “{how.words}”.</p>}
      {groups.map((group) =>
        group.label === null ? (
          <div key="all">{items(group.conversations)}</div>
        ) : (
          <section key={group.label} aria-label={group.label} data-testid="conversation-group-section">
            <h3 className="conversation-group-label">
              {group.label} <span className="muted-strong">({group.conversations.length})</span>
            </h3>
            {items(group.conversations)}
          </section>
        ),
      )}
    </nav>
  );
}
