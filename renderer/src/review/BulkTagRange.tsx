import { useState } from 'react';
import type { BulkSelection } from '../../../shared/review';
import { BulkTagControls } from './BulkTagControls';
import './review.css';

interface BulkTagRangeProps {
  conversationId: number;
  /** The focused message's day (display zone), which the range starts as; null before a message is selected. */
  day: string | null;
  /** The display zone, in which the reviewer types the range. */
  timeZone: string | null;
  say: (status: string) => void;
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/** `2024-03-01 09:30` (or with a T) → `2024-03-01T09:30`, as the engine reads it; null when it is not written so. */
function wallClock(text: string): string | null {
  const m = WALL_CLOCK.exec(text.trim());
  return m ? `${m[1]}T${m[2]}` : null;
}

/** The day after an ISO date, by the calendar (no zone involved). */
function nextDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Bulk coding from the coding pane: every message of a time range typed in the display zone, and every day of the conversation. */
export function BulkTagRange({ conversationId, day, timeZone, say }: BulkTagRangeProps) {
  const [from, setFrom] = useState(day === null ? '' : `${day} 00:00`);
  const [until, setUntil] = useState(day === null ? '' : `${nextDate(day)} 00:00`);
  const [onlyHere, setOnlyHere] = useState(true);
  // The range starts as the focused day until the reviewer types one.
  const [typed, setTyped] = useState(false);
  const [startedFor, setStartedFor] = useState(day);
  if (!typed && day !== startedFor && day !== null) {
    setStartedFor(day);
    setFrom(`${day} 00:00`);
    setUntil(`${nextDate(day)} 00:00`);
  }

  const range = (): BulkSelection | string => {
    const [start, end] = [wallClock(from), wallClock(until)];
    if (start === null || end === null) return 'Write the range as YYYY-MM-DD HH:MM, for example 2024-03-01 09:30.';
    if (start >= end) return `The range must end after it starts: ${until} is not after ${from}.`;
    return { kind: 'localRange', from: start, to: end, ...(onlyHere ? { conversationId } : {}) };
  };
  const edit = (set: (text: string) => void) => (text: string) => {
    setTyped(true);
    set(text);
  };

  return (
    // Folded by default: coding is mostly message by message, and the notes and history stay in view.
    <details className="coding-section bulk-range" data-testid="bulk-range">
      <summary className="coding-section-title" data-testid="bulk-range-open">
        Bulk coding: a time range, every day
      </summary>
      <div className="bulk-range-times">
        <label className="small">
          From
          <input data-testid="bulk-range-from" value={from} placeholder="YYYY-MM-DD HH:MM" maxLength={16} spellCheck={false} onChange={(event) => edit(setFrom)(event.target.value)} />
        </label>
        <label className="small">
          until
          <input data-testid="bulk-range-until" value={until} placeholder="YYYY-MM-DD HH:MM" maxLength={16} spellCheck={false} onChange={(event) => edit(setUntil)(event.target.value)} />
        </label>
      </div>
      <p className="muted small">{timeZone === null ? 'In the display zone' : `In ${timeZone}`}; the “until” minute is not included.</p>
      <label className="small bulk-range-here">
        <input type="checkbox" data-testid="bulk-range-here" checked={onlyHere} onChange={(event) => setOnlyHere(event.target.checked)} /> this conversation only
      </label>
      <BulkTagControls
        what={`Every message from ${from} until ${until}${onlyHere ? ' in this conversation' : ''}`}
        selection={range}
        label="Every message:"
        startText={{ add: 'Tag the range', remove: 'Untag the range' }}
        testId="bulk-range"
        say={say}
      />
      <BulkTagControls
        what="Every day of this conversation"
        selection={() => ({ kind: 'conversationDays', conversationId })}
        label="Every day:"
        startText={{ add: 'Tag every day', remove: 'Untag every day' }}
        testId="bulk-days"
        say={say}
      />
    </details>
  );
}
