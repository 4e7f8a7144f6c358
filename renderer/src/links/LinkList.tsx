import type { ConversationLink } from '../../../shared/model';
import './links.css';

interface LinkListProps {
  links: ConversationLink[];
  selectedId: number | null;
  onSelect: (linkId: number) => void;
}

/** Conversations held by several custodians, each shown as one merged thread. */
export function LinkList({ links, selectedId, onSelect }: LinkListProps) {
  if (links.length === 0) return null;
  return (
    <div className="link-list" data-testid="link-list">
      <div className="sidebar-heading">Copies of one conversation ({links.length})</div>
      <ul>
        {links.map((link) => {
          const onlyIn = link.members.filter((m) => m.onlyHere > 0);
          return (
            <li key={link.id}>
              <button
                type="button"
                className={`conversation-item${link.id === selectedId ? ' is-selected' : ''}`}
                onClick={() => onSelect(link.id)}
                data-testid="link-item"
                data-link-id={link.id}
              >
                <strong>⇄ {link.title}</strong>
                <span className="muted small">
                  {link.members.length} copies · {link.rows} messages
                  {onlyIn.length > 0 && ` · ${onlyIn.map((m) => `${m.onlyHere} only in ${m.custodian ?? m.sourceFile}`).join(', ')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
