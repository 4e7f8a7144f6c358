import { useEffect, useSyncExternalStore } from 'react';
import type { AppliedTag } from '../../../shared/review';
import { useOptionalReview } from './reviewContext';
import { whenText } from './when';
import './review.css';

const SCOPE_WORDS: Record<AppliedTag['scope'], string> = { message: 'this message', day: 'its day', conversation: 'its conversation' };

function chipTitle(tag: AppliedTag): string {
  const from = tag.inherited ? `Inherited from ${SCOPE_WORDS[tag.scope]}` : `On ${SCOPE_WORDS[tag.scope]}`;
  const replaced = tag.overridden ? ' — replaced by a nearer tag of the same group' : '';
  return `${tag.name}: ${from}${replaced}; by ${tag.reviewer}, ${whenText(tag.at)}`;
}

/** One tag as a chip: own tags solid, inherited ones outlined, replaced ones greyed and struck. */
export function TagChip({ tag, onRemove }: { tag: AppliedTag; onRemove?: () => void }) {
  const classes = ['tag-chip', tag.inherited ? 'is-inherited' : '', tag.overridden ? 'is-overridden' : ''].filter(Boolean).join(' ');
  return (
    <span className={classes} data-testid="tag-chip" data-tag={tag.name} data-inherited={tag.inherited ? 'true' : undefined} title={chipTitle(tag)}>
      <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
      {tag.inherited && <span className="visually-hidden">inherited </span>}
      {tag.name}
      {onRemove !== undefined && (
        <button type="button" className="tag-chip-remove" onClick={onRemove} aria-label={`Remove ${tag.name}`} title={`Remove ${tag.name}`}>
          ×
        </button>
      )}
    </span>
  );
}

/** A message's tags in its row, own first, then inherited ones. */
export function MessageTagChips({ messageId }: { messageId: number }) {
  const review = useOptionalReview();
  if (review === null) return null;
  return <WatchedChips messageId={messageId} cache={review.chips} />;
}

function WatchedChips({ messageId, cache }: { messageId: number; cache: NonNullable<ReturnType<typeof useOptionalReview>>['chips'] }) {
  useEffect(() => cache.watch(messageId), [cache, messageId]);
  const tags = useSyncExternalStore(cache.subscribe, () => cache.tagsOf(messageId));
  if (tags.length === 0) return null;
  const ordered = [...tags.filter((t) => !t.inherited), ...tags.filter((t) => t.inherited)];
  return (
    <span className="message-tags" data-testid="message-tags">
      {ordered.map((tag) => (
        <TagChip key={`${tag.scope}:${tag.tagId}`} tag={tag} />
      ))}
    </span>
  );
}
