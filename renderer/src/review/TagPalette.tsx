import { useState } from 'react';
import type { TagSummary } from '../../../shared/review';
import { api } from '../api';
import { keyLabel } from '../keyboard/shortcuts';
import type { CodingScope } from './coding';
import { useReview } from './reviewContext';

interface TagPaletteProps {
  tags: TagSummary[];
  /** Tags whose key is taken by another action, with the sentence saying so. */
  refused: Map<number, string>;
  scope: CodingScope;
  onScope: (scope: CodingScope) => void;
  disabled: boolean;
  onApply: (tag: TagSummary) => void;
}

const SCOPES: { scope: CodingScope; label: string }[] = [
  { scope: 'message', label: 'Selected messages' },
  { scope: 'day', label: 'Their day' },
  { scope: 'conversation', label: 'Conversation' },
];

/** The tags with their keys, grouped; a click (or the key, in the thread) applies one to the chosen scope. */
export function TagPalette({ tags, refused, scope, onScope, disabled, onApply }: TagPaletteProps) {
  const live = tags.filter((t) => !t.removed);
  const groups = [...new Set(live.map((t) => t.group?.name ?? ''))];
  return (
    <div className="tag-palette" data-testid="tag-palette">
      <fieldset className="coding-scope">
        <legend>Tags apply to</legend>
        {SCOPES.map((s) => (
          <label key={s.scope}>
            <input type="radio" name="coding-scope" value={s.scope} checked={scope === s.scope} onChange={() => onScope(s.scope)} data-testid={`coding-scope-${s.scope}`} />
            {s.label}
          </label>
        ))}
      </fieldset>
      {groups.map((group) => {
        const members = live.filter((t) => (t.group?.name ?? '') === group);
        const exclusive = members[0]?.group?.exclusive === true;
        return (
          <div key={group} className="tag-group" role="group" aria-label={group === '' ? 'Other tags' : group}>
            <span className="tag-group-name">
              {group === '' ? 'Other tags' : group}
              {exclusive && <span className="muted"> · one of</span>}
            </span>
            {members.map((tag) => {
              const refusal = refused.get(tag.id);
              const key = tag.shortcut !== null && refusal === undefined ? tag.shortcut : null;
              return (
                <div key={tag.id} className="palette-entry">
                  <button
                    type="button"
                    className="palette-tag"
                    data-testid="palette-tag"
                    data-tag={tag.name}
                    disabled={disabled}
                    onClick={() => onApply(tag)}
                    aria-keyshortcuts={key ?? undefined}
                    title={[tag.description, refusal, `${tag.counts.message} messages, ${tag.counts.day} days, ${tag.counts.conversation} conversations carry it`].filter(Boolean).join('\n')}
                  >
                    <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                    <span className="palette-tag-name">{tag.name}</span>
                    {key !== null && <kbd>{keyLabel(key)}</kbd>}
                  </button>
                  {refusal !== undefined && <KeyChange tag={tag} refusal={refusal} />}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

/** A tag whose key means something else in the window: say so, and let the reviewer give it another. */
function KeyChange({ tag, refusal }: { tag: TagSummary; refusal: string }) {
  const review = useReview();
  const [key, setKey] = useState('');
  const save = async () => {
    try {
      if ((await review.asReviewer(() => api.updateTag({ tagId: tag.id, shortcut: key }))) !== null) review.changed();
    } catch (error) {
      review.reportError(`Could not give ${tag.name} the key ${key}`, error);
    }
  };
  return (
    <form
      className="key-change small"
      data-testid="key-change"
      onSubmit={(event) => {
        event.preventDefault();
        if (/^[a-z0-9]$/i.test(key)) void save();
      }}
    >
      <span className="muted">{refusal}</span>
      <label>
        New key <input aria-label={`New key for ${tag.name}`} value={key} maxLength={1} size={2} onChange={(event) => setKey(event.target.value)} />
      </label>
      <button type="submit" className="secondary-button" disabled={!/^[a-z0-9]$/i.test(key)}>
        Set
      </button>
    </form>
  );
}
