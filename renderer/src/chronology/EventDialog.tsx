import { useState } from 'react';
import type { EntryEvidence } from '../../../shared/chronology';
import { FormDialog } from '../dialog/FormDialog';
import './chronology.css';

interface EventDialogProps {
  chronology: string;
  displayZone: string;
  /** Null when added, else why not. */
  onAdd: (title: string, evidence: EntryEvidence) => Promise<string | null>;
  onClose: () => void;
}

/** How the date as typed will be read; the engine has the last word and says what is wrong. */
function precisionOf(at: string): string {
  const text = at.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return 'to the minute';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'to the day';
  if (/^\d{4}-\d{2}$/.test(text)) return 'to the month';
  return 'write YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM';
}

/** An outside event ("phone seized"): no message behind it, dated by the investigator to the minute, day or month. */
export function EventDialog({ chronology, displayZone, onAdd, onClose }: EventDialogProps) {
  const [title, setTitle] = useState('');
  const [at, setAt] = useState('');
  const [approximate, setApproximate] = useState(false);
  const [zone, setZone] = useState(displayZone);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const ready = title.trim() !== '' && at.trim() !== '' && zone.trim() !== '';
  const add = () => {
    setBusy(true);
    const evidence: EntryEvidence = { kind: 'event', at: at.trim().replace(' ', 'T'), approximate, timeZone: zone.trim() };
    void onAdd(title.trim(), evidence).then((refused) => {
      if (refused === null) return onClose();
      setProblem(refused);
      setBusy(false);
    });
  };
  return (
    <FormDialog
      id="chronology-event-dialog"
      title={`Outside event for ${chronology}`}
      onClose={onClose}
      onSubmit={add}
      submitLabel="Add event"
      submitTestId="chronology-event-add"
      submitDisabled={!ready || busy}
    >
      <p className="muted small">Something that happened outside the messages: a seizure, a hold, a meeting.</p>
      <label className="field">
        <span>Title</span>
        <input data-testid="chronology-event-name" value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field">
        <span>Date ({precisionOf(at)})</span>
        <input className="mono" data-testid="chronology-event-at" placeholder="2024-03-02 or 2024-03-02 14:30 or 2024-03" value={at} maxLength={40} onChange={(event) => setAt(event.target.value)} />
      </label>
      <label className="field">
        <span>Zone of that date</span>
        <input className="mono" data-testid="chronology-event-zone" value={zone} maxLength={64} onChange={(event) => setZone(event.target.value)} />
      </label>
      <label className="check-field">
        <input type="checkbox" data-testid="chronology-event-approximate" checked={approximate} onChange={(event) => setApproximate(event.target.checked)} />
        <span>Approximate (one minute, day or month either side)</span>
      </label>
      {problem !== '' && (
        <p className="chronology-notice" role="alert" data-testid="chronology-event-problem">
          {problem}
        </p>
      )}
    </FormDialog>
  );
}
