import { useEffect, useRef } from 'react';
import { api } from '../api';
import { afterFirstRows } from '../engine/firstRows';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';

interface SeenFromPickerProps {
  conversationId: number;
  value: string | null;
  onChange: (author: string | null) => void;
  reportError: ReportError;
}

/**
 * Whose phone the thread is read from. An export does not say which participant was the phone's
 * owner, so the reviewer chooses; until then no side is guessed and every message sits left. A source
 * that records the owner (a Cellebrite report) sets it once per conversation, with its reason shown;
 * the reviewer's own choice, "nobody" included, is never overridden.
 */
export function SeenFromPicker({ conversationId, value, onChange, reportError }: SeenFromPickerProps) {
  const authors = useEngineValue(() => afterFirstRows(() => api.conversationAuthors({ conversationId })), String(conversationId), reportError, 'Could not list who wrote in this conversation') ?? [];
  const owner = authors.find((a) => a.phoneOwner !== undefined) ?? null;
  const defaultedFor = useRef<number | null>(null);
  useEffect(() => {
    if (owner === null || defaultedFor.current === conversationId) return;
    defaultedFor.current = conversationId;
    if (value === null) onChange(owner.name);
  }, [owner, conversationId, value, onChange]);
  if (authors.length < 2) return null;
  return (
    <label className="seen-from">
      Seen from{' '}
      <select data-testid="seen-from" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">nobody (all left)</option>
        {authors.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name} ({a.messages})
          </option>
        ))}
      </select>
      {owner !== null && value === owner.name && (
        <span className="muted" data-testid="seen-from-reason">
          {' '}
          the phone’s owner: {owner.phoneOwner}
        </span>
      )}
    </label>
  );
}
