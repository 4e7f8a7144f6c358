import { useState } from 'react';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { useJob } from '../jobs/useJob';

interface LinkWithPickerProps {
  conversation: ConversationSummary;
  /** Conversations of other sources not yet linked: the copies this one could be linked with. */
  candidates: ConversationSummary[];
  onLinked: () => void;
  reportError: ReportError;
}

/** The reviewer's override when two copies of a conversation were not recognised as one. */
export function LinkWithPicker({ conversation, candidates, onLinked, reportError }: LinkWithPickerProps) {
  const [other, setOther] = useState('');
  const { job, run } = useJob(onLinked, reportError, 'link');
  if (candidates.length === 0) return null;
  const busy = job.step === 'starting' || job.step === 'running';
  return (
    <span className="link-with">
      <select data-testid="link-with" value={other} onChange={(e) => setOther(e.target.value)} aria-label="Another copy of this conversation">
        <option value="">Link with another copy…</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title} — {c.custodian ?? c.sourceFile}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="link-button"
        disabled={other === '' || busy}
        onClick={() => void run(() => api.linkConversations({ conversationIds: [conversation.id, Number(other)] }))}
      >
        {busy ? 'Linking…' : 'Link'}
      </button>
      {job.step === 'failed' && <span className="error-text">{job.message}</span>}
    </span>
  );
}
