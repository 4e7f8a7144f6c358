import { useRef, useState } from 'react';
import type { MessageView } from '../../../shared/model';
import { REDACTION_REASONS, type RedactionKind } from '../../../shared/production';
import { api } from '../api';
import { FormDialog } from '../dialog/FormDialog';
import { useEngineValue } from '../engine/useEngineValue';
import { readableError } from '../errors/readableError';
import { useReview } from '../review/reviewContext';
import './production.css';

interface RedactDialogProps {
  message: MessageView;
  onClose: () => void;
  say: (status: string) => void;
}

const OTHER = 'other';

/** The span of the body the reviewer selected in the dialog, as UTF-16 offsets; null when none. */
function selectedSpan(bodyElement: HTMLElement | null): [number, number] | null {
  const chosen = window.getSelection();
  if (bodyElement === null || chosen === null || chosen.rangeCount === 0 || chosen.isCollapsed) return null;
  const range = chosen.getRangeAt(0);
  if (!bodyElement.contains(range.startContainer) || !bodyElement.contains(range.endContainer)) return null;
  // The body is one text node, so the range's offsets are offsets into MessageView.body.
  return range.startOffset < range.endOffset ? [range.startOffset, range.endOffset] : null;
}

/**
 * Redacts the whole message, a span of its text (selected in the dialog) or one attachment, for a
 * reason. The evidence stays as it is; productions draw a box with the reason in its place.
 */
export function RedactDialog({ message, onClose, say }: RedactDialogProps) {
  const review = useReview();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [kind, setKind] = useState<RedactionKind>('message');
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [attachmentId, setAttachmentId] = useState<number | null>(message.attachments[0]?.id ?? null);
  const [reason, setReason] = useState<string>(REDACTION_REASONS[0]);
  const [otherReason, setOtherReason] = useState('');
  const [version, setVersion] = useState(0);
  const existing = useEngineValue(
    () => api.listRedactions({ conversationId: message.conversationId }).then((all) => all.filter((r) => r.messageId === message.id)),
    `${message.id}:${version}`,
    review.reportError,
    'Could not read the redactions',
  );
  const finalReason = reason === OTHER ? otherReason.trim() : reason;
  const ready = finalReason !== '' && (kind !== 'text' || span !== null) && (kind !== 'attachment' || attachmentId !== null);

  const submit = async () => {
    try {
      const request =
        kind === 'text' && span !== null
          ? { messageId: message.id, kind, start: span[0], end: span[1], reason: finalReason }
          : kind === 'attachment' && attachmentId !== null
            ? { messageId: message.id, kind, attachmentId, reason: finalReason }
            : { messageId: message.id, kind: 'message' as const, reason: finalReason };
      const made = await review.asReviewer(() => api.addRedaction(request));
      if (made === null) return;
      say(`Redaction added: ${made.label}.`);
      onClose();
    } catch (error) {
      say(readableError(error));
    }
  };

  const remove = async (redactionId: number) => {
    try {
      if ((await review.asReviewer(() => api.removeRedaction({ redactionId }))) !== null) setVersion((v) => v + 1);
    } catch (error) {
      say(readableError(error));
    }
  };

  return (
    <FormDialog
      id="redact-dialog"
      className="redact-dialog"
      title={`Redact in message ${message.seq + 1}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Redact"
      submitTestId="redact-submit"
      submitDisabled={!ready}
    >
      <p className="muted small">The evidence is not changed: productions show a box with the reason in place of what is redacted, and never its text.</p>
      <fieldset className="redact-kind">
        <legend>What</legend>
        <label>
          <input type="radio" name="redact-kind" checked={kind === 'message'} onChange={() => setKind('message')} data-testid="redact-kind-message" /> The whole message
        </label>
        {message.body !== '' && (
          <label>
            <input type="radio" name="redact-kind" checked={kind === 'text'} onChange={() => setKind('text')} data-testid="redact-kind-text" /> Words selected in the text below
          </label>
        )}
        {message.attachments.length > 0 && (
          <label>
            <input type="radio" name="redact-kind" checked={kind === 'attachment'} onChange={() => setKind('attachment')} /> An attachment{' '}
            <select aria-label="Attachment" value={attachmentId ?? ''} onChange={(event) => setAttachmentId(Number(event.target.value))}>
              {message.attachments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {message.body !== '' && (
        <div
          ref={bodyRef}
          className="redact-body"
          data-testid="redact-body"
          onMouseUp={() => {
            const picked = selectedSpan(bodyRef.current);
            setSpan(picked);
            if (picked !== null) setKind('text');
          }}
        >
          {message.body}
        </div>
      )}
      {kind === 'text' && <p className="small" data-testid="redact-span">{span === null ? 'Select the words to redact above.' : `Characters ${span[0]}–${span[1]}: “${message.body.slice(span[0], span[1])}”`}</p>}
      <label className="field">
        <span>Reason</span>
        <select data-testid="redact-reason" value={reason} onChange={(event) => setReason(event.target.value)}>
          {REDACTION_REASONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
          <option value={OTHER}>Other…</option>
        </select>
      </label>
      {reason === OTHER && (
        <label className="field">
          <span>Other reason</span>
          <input data-testid="redact-other-reason" value={otherReason} onChange={(event) => setOtherReason(event.target.value)} maxLength={200} />
        </label>
      )}
      {existing !== null && existing.length > 0 && (
        <div>
          <p className="small">Already redacted here:</p>
          <ul className="redaction-list" data-testid="redaction-list">
            {existing.map((r) => (
              <li key={r.id} className={r.removedAt === null ? '' : 'muted'}>
                {r.label} — {r.reviewer}
                {r.removedAt === null ? (
                  <button type="button" className="link-button" onClick={() => void remove(r.id)}>
                    Remove
                  </button>
                ) : (
                  ' (removed)'
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </FormDialog>
  );
}
