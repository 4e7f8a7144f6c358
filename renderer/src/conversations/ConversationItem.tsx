import type { ConversationSummary } from '../../../shared/model';
import { countOf, dayRange } from '../format';

interface ConversationItemProps {
  conversation: ConversationSummary;
  selected: boolean;
  onSelect: (conversationId: number) => void;
}

export function ConversationItem({ conversation, selected, onSelect }: ConversationItemProps) {
  const c = conversation;
  return (
    <li>
      <button
        type="button"
        className={`conversation-item${selected ? ' is-selected' : ''}`}
        data-testid="conversation-item"
        data-conversation-id={c.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(c.id)}
      >
        <span className="conversation-title" title={c.title}>
          {c.title}
        </span>
        <span className="conversation-line">
          <span className="conversation-kind">{c.kind}</span>
          <span>{countOf(c.messageCount, 'message')}</span>
          {c.custodian !== null && <span className="conversation-custodian">{c.custodian}</span>}
        </span>
        <span className="conversation-line">{dayRange(c.firstLocal, c.lastLocal)}</span>
        <span className="conversation-line muted conversation-source" title={`${c.format} · ${c.sourceFile}`}>
          {c.sourceFile}
        </span>
      </button>
    </li>
  );
}
