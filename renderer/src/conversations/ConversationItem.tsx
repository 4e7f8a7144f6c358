import type { ConversationSummary } from '../../../shared/model';
import { countOf, dayRange } from '../format';
import { ConversationProgressLine } from '../review/ReviewSummary';
import { settingsText } from '../thread/particulars';
import '../thread/message-particulars.css';

interface ConversationItemProps {
  conversation: ConversationSummary;
  selected: boolean;
  onSelect: (conversationId: number) => void;
}

export function ConversationItem({ conversation, selected, onSelect }: ConversationItemProps) {
  const c = conversation;
  const settings = settingsText(c.ttlSeconds, c.burnOnReadSeconds);
  const settingsKnown = c.ttlSeconds !== null || c.burnOnReadSeconds !== null;
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
        {settingsKnown && (
          <span
            className="conversation-line conversation-settings"
            data-testid="conversation-expiry"
            title="The conversation's expiry settings as last set in the source (a room's ttl and burn-on-read). Expiry writes no record: retained copies are unaffected."
          >
            {settings.charAt(0).toUpperCase() + settings.slice(1)}
          </span>
        )}
        {c.platform !== null && /confide/i.test(c.platform) && (
          <span
            className="conversation-line conversation-unresolved"
            data-testid="conversation-by-design"
            title="Content unrecoverable by design: Confide deletes messages after reading and offers no export or archive. Items shown are metadata, images or transcriptions."
          >
            Confide: content unrecoverable by design
          </span>
        )}
        {c.unresolvedEventCount > 0 && (
          <span
            className="conversation-line conversation-unresolved"
            title="Edits, reactions, receipts, stars or deletes whose target message is not in the source: a dangling reference (the gap engine reports each)."
          >
            {countOf(c.unresolvedEventCount, 'record')} about messages not in the source
          </span>
        )}
        <ConversationProgressLine conversationId={c.id} />
        <span className="conversation-line muted conversation-source" title={`${c.format}${c.platform ? ` (${c.platform})` : ''} · ${c.sourceFile}${c.nativeId ? `\nId in the source: ${c.nativeId}` : ''}`}>
          {c.sourceFile}
        </span>
      </button>
    </li>
  );
}
