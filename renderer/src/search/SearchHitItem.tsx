import type { SearchHit } from '../../../shared/api';
import { localDateTime } from '../format';
import { SnippetText } from './SnippetText';

interface SearchHitItemProps {
  hit: SearchHit;
  active: boolean;
  onOpen: (hit: SearchHit) => void;
}

export function SearchHitItem({ hit, active, onOpen }: SearchHitItemProps) {
  return (
    <li>
      <button
        type="button"
        className={`search-hit${active ? ' is-active' : ''}`}
        data-testid="search-hit"
        data-message-id={hit.messageId}
        data-conversation-id={hit.conversationId}
        data-seq={hit.seq}
        onClick={() => onOpen(hit)}
      >
        <span className="search-hit-context">
          <span className="search-hit-conversation">{hit.conversationTitle}</span>
          <span className="search-hit-time">{localDateTime(hit.sentAtLocal)}</span>
        </span>
        <span className="search-hit-author">
          {hit.author ?? <em>system</em>}
          {hit.kind === 'deleted' && <span className="badge badge-deleted">Deleted</span>}
        </span>
        <SnippetText snippet={hit.snippet} />
      </button>
    </li>
  );
}
