import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/api';
import { localDateTime, utcOffsetText } from '../format';
import { SnippetText } from './SnippetText';

interface SearchHitItemProps {
  hit: SearchHit;
  active: boolean;
  onOpen: (hit: SearchHit) => void;
}

export function SearchHitItem({ hit, active, onOpen }: SearchHitItemProps) {
  const ref = useRef<HTMLButtonElement>(null);
  // The list follows the hit being read, however it was reached (n, the thread, a click).
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const offset = utcOffsetText(hit.sentAtLocal, hit.sentAt);
  return (
    <li>
      <button
        ref={ref}
        aria-current={active ? 'true' : undefined}
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
          <span className="search-hit-time">
            {localDateTime(hit.sentAtLocal)}
            {offset !== null && ` ${offset}`}
          </span>
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
