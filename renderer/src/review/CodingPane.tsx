import { useState, useSyncExternalStore, useEffect } from 'react';
import type { AppliedTag, DayStatus, TagSummary } from '../../../shared/review';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import { readableError } from '../errors/readableError';
import { countOf } from '../format';
import { RedactDialog } from '../production/RedactDialog';
import { selectedCount, type ThreadSelection } from '../selection/selection';
import { ActionHistory } from './ActionHistory';
import { BulkTagRange } from './BulkTagRange';
import { applyTagTo, resultText, type CodingScope } from './coding';
import { NotesSection } from './NotesSection';
import { useReview } from './reviewContext';
import { NOTE_INPUT_ID } from './useReviewActions';
import { TagChip } from './TagChips';
import { TagEditor } from './TagEditor';
import { TagPalette } from './TagPalette';
import './review.css';

interface CodingPaneProps {
  conversationId: number;
  selection: ThreadSelection | null;
  scope: CodingScope;
  onScope: (scope: CodingScope) => void;
  refusedKeys: Map<number, string>;
  onUndo: (redo: boolean) => void;
  say: (status: string) => void;
  onClose: () => void;
}

const STATUS_LABELS: Record<DayStatus, string> = { unreviewed: 'Unreviewed', in_review: 'In review', reviewed: 'Reviewed' };

/** What the focused message, its day and its conversation carry, the tag palette, bulk coding, notes and the coding history. */
export function CodingPane({ conversationId, selection, scope, onScope, refusedKeys, onUndo, say, onClose }: CodingPaneProps) {
  const review = useReview();
  const focus = selection?.focus ?? null;
  const [redacting, setRedacting] = useState(false);
  const place = useEngineValue(
    async () => {
      const [page, progress] = await Promise.all([
        focus === null ? null : api.threadPage({ conversationId, fromSeq: focus, limit: 1 }),
        api.conversationProgress({ conversationId }),
      ]);
      const message = page?.messages[0] ?? null;
      const at = message?.sentAt ?? null;
      const day = at === null ? null : (progress.days.find((d) => at >= d.start && at < d.end) ?? null);
      const targets = await api.targetTags({ conversationId, ...(day === null ? {} : { day: day.day }) });
      return { message, day, targets, timeZone: progress.timeZone };
    },
    `${conversationId}:${focus}:${review.version}`,
    review.reportError,
    'Could not read the coding of this place',
  );
  const message = place?.message ?? null;
  const count = selectedCount(selection);

  const apply = async (tag: TagSummary, remove = false, where: CodingScope = scope) => {
    if (selection === null) return say('Select a message first: click it, or press t and then the arrow keys.');
    try {
      const result = await review.asReviewer(() => applyTagTo(tag, where, selection, remove));
      if (result === null) return;
      review.changed();
      say(resultText(tag, result));
    } catch (error) {
      say(readableError(error));
    }
  };
  const removeApplied = (applied: AppliedTag) => {
    const tag = review.tags.find((t) => t.id === applied.tagId);
    if (tag !== undefined) void apply(tag, true, applied.scope);
  };

  const setStatus = async (status: DayStatus | 'auto') => {
    if (place?.day == null) return;
    const day = place.day.day;
    try {
      if ((await review.asReviewer(() => api.setDayStatus({ conversationId, day, status }))) === null) return;
      review.changed();
      say(status === 'auto' ? `${day} follows its coding again.` : `${day} marked ${STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      say(readableError(error));
    }
  };

  return (
    <aside className="coding-pane" data-testid="coding-pane" aria-labelledby="coding-pane-title">
      <div className="coding-heading">
        <h2 id="coding-pane-title" className="coding-title">
          Coding
        </h2>
        <span className="muted small">{selection === null ? 'nothing selected' : count === 1 ? `message ${selection.focus + 1}` : `${countOf(count, 'message')} selected`}</span>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close the coding pane">
          Close
        </button>
      </div>
      <TagPalette tags={review.tags} refused={refusedKeys} scope={scope} onScope={onScope} disabled={selection === null} onApply={(tag) => void apply(tag)} />
      <section className="coding-section" aria-labelledby="coding-message-title">
        <h3 id="coding-message-title" className="coding-section-title">
          This message
        </h3>
        {message === null ? (
          <p className="muted small">Select a message to see its tags.</p>
        ) : (
          <>
            <FocusedMessageTags messageId={message.id} onRemove={removeApplied} />
            <button type="button" className="link-button" data-testid="redact-button" onClick={() => setRedacting(true)}>
              Redact…
            </button>
          </>
        )}
      </section>
      {place?.day != null && (
        <section className="coding-section" aria-labelledby="coding-day-title">
          <h3 id="coding-day-title" className="coding-section-title">
            Day {place.day.day}
          </h3>
          <label className="field inline-field">
            <span>Status</span>
            <select data-testid="day-status-select" value={place.day.status} onChange={(event) => void setStatus(event.target.value as DayStatus | 'auto')}>
              {(Object.keys(STATUS_LABELS) as DayStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
              <option value="auto">Follow the coding</option>
            </select>
          </label>
          <p className="muted small" data-testid="day-status-by">
            {countOf(place.day.messages, 'message')}
            {place.day.setBy === 'hand' && place.day.reviewer !== null && ` · set by ${place.day.reviewer}`}
            {place.day.setBy === 'coding' && ' · from the coding'}
          </p>
          <AppliedList tags={place.targets.day} onRemove={removeApplied} empty="No tag on the day." />
        </section>
      )}
      {place !== null && (
        <section className="coding-section" aria-labelledby="coding-conversation-title">
          <h3 id="coding-conversation-title" className="coding-section-title">
            Conversation
          </h3>
          <AppliedList tags={place.targets.conversation} onRemove={removeApplied} empty="No tag on the conversation." />
        </section>
      )}
      {message !== null && <NotesSection target={{ scope: 'message', messageId: message.id }} targetKey={`message:${message.id}`} label="this message" inputId={NOTE_INPUT_ID} />}
      {place?.day != null && (
        <NotesSection target={{ scope: 'day', conversationId, day: place.day.day }} targetKey={`day:${conversationId}:${place.day.day}`} label="the day" inputId="coding-day-note-input" />
      )}
      <NotesSection target={{ scope: 'conversation', conversationId }} targetKey={`conversation:${conversationId}`} label="the conversation" inputId="coding-conversation-note-input" />
      <BulkTagRange key={conversationId} conversationId={conversationId} day={place?.day?.day ?? null} timeZone={place?.timeZone ?? null} say={say} />
      <TagEditor say={say} />
      <ActionHistory onUndo={onUndo} />
      {redacting && message !== null && <RedactDialog message={message} onClose={() => setRedacting(false)} say={say} />}
    </aside>
  );
}

function AppliedList({ tags, onRemove, empty }: { tags: AppliedTag[]; onRemove: (tag: AppliedTag) => void; empty: string }) {
  if (tags.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <div className="chip-row">
      {tags.map((tag) => (
        <TagChip key={`${tag.scope}:${tag.tagId}`} tag={tag} onRemove={tag.inherited ? undefined : () => onRemove(tag)} />
      ))}
    </div>
  );
}

/** The focused message's own tags (removable) and, apart, what it inherits from its day and conversation. */
function FocusedMessageTags({ messageId, onRemove }: { messageId: number; onRemove: (tag: AppliedTag) => void }) {
  const { chips } = useReview();
  useEffect(() => chips.watch(messageId), [chips, messageId]);
  const tags = useSyncExternalStore(chips.subscribe, () => chips.tagsOf(messageId));
  const own = tags.filter((t) => !t.inherited);
  const inherited = tags.filter((t) => t.inherited);
  return (
    <div data-testid="focused-message-tags">
      <AppliedList tags={own} onRemove={onRemove} empty="No tag of its own." />
      {inherited.length > 0 && (
        <>
          <p className="muted small">Inherited</p>
          <AppliedList tags={inherited} onRemove={onRemove} empty="" />
        </>
      )}
    </div>
  );
}
