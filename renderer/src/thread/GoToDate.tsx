import { useState, type FormEvent } from 'react';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { dayRange } from '../format';

interface GoToDateProps {
  conversation: ConversationSummary;
  onGoToSeq: (seq: number) => void;
  reportError: ReportError;
}

export function GoToDate({ conversation, onGoToSeq, reportError }: GoToDateProps) {
  const [day, setDay] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setNotice('Enter a date as YYYY-MM-DD.');
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      // One indexed lookup in the engine, whatever the conversation's size.
      const { seq } = await api.locateDate({ conversationId: conversation.id, date: day });
      if (seq === null) setNotice(`No message on or after ${day}.`);
      else onGoToSeq(seq);
    } catch (error) {
      reportError(`Could not go to ${day}`, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="go-to-date" onSubmit={submit}>
      <label>
        <span>Go to date</span>
        {/* Plain text rather than type="date": the browser's date widget shows its own locale's
            order, and everything else on screen is ISO. */}
        <input
          data-testid="go-to-date-input"
          value={day}
          placeholder="YYYY-MM-DD"
          title={`Dates in this conversation: ${dayRange(conversation.firstLocal, conversation.lastLocal)}`}
          maxLength={10}
          spellCheck={false}
          onChange={(event) => setDay(event.target.value.trim())}
        />
      </label>
      <button type="submit" className="secondary-button" data-testid="go-to-date-submit" disabled={busy || day === ''}>
        {busy ? 'Finding…' : 'Go'}
      </button>
      {notice !== null && <span className="go-to-date-notice">{notice}</span>}
    </form>
  );
}
