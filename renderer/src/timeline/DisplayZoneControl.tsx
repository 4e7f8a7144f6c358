import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { readableError } from '../errors/readableError';
import type { DisplayZone } from './useDisplayZone';
import './display-zone.css';

interface DisplayZoneControlProps {
  zone: DisplayZone | null;
  onChange: (timeZone: string) => Promise<string>;
}

/**
 * Every zone this browser knows, offered while typing; the engine decides what it accepts. Listed
 * when the form opens, not with the window (the browser takes milliseconds to list them).
 */
function ZoneOptions({ id }: { id: string }) {
  const zones = useMemo(() => ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')], []);
  return (
    <datalist id={id}>
      {zones.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}

/** The header's display-zone setting: conversation-days and the timeline count in this zone. */
export function DisplayZoneControl({ zone, onChange }: DisplayZoneControlProps) {
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!editing) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setEditing(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);

  if (zone === null) return null;

  const open = () => {
    setTyped(zone.timeZone);
    setProblem(null);
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onChange(typed.trim());
      setEditing(false);
    } catch (error) {
      setProblem(readableError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="display-zone">
      <button
        type="button"
        className="secondary-button"
        data-testid="display-zone-button"
        onClick={open}
        aria-expanded={editing}
        title="The zone conversation-days and the timeline are counted in. Threads keep each source's own clock, and say its zone at each day."
      >
        Days in {zone.timeZone}
      </button>
      {editing && (
        <form className="display-zone-form" onSubmit={(e) => void submit(e)} data-testid="display-zone-form">
          <label>
            <span>Display zone</span>
            <input
              value={typed}
              list="display-zone-options"
              onChange={(e) => setTyped(e.target.value)}
              spellCheck={false}
              autoFocus
              data-testid="display-zone-input"
            />
          </label>
          <ZoneOptions id="display-zone-options" />
          <p className="muted small">
            Days and hours of the day list and the timeline are counted in this zone, with its daylight-saving changes. Threads keep showing each
            source&rsquo;s clock as written. The case&rsquo;s default zone is {zone.defaultTimeZone}. The change is recorded in the audit log.
          </p>
          {problem !== null && (
            <p className="import-outcome is-error" role="alert">
              {problem}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="primary-button" data-testid="display-zone-apply" disabled={busy || typed.trim() === ''}>
              Set zone
            </button>
          </div>
        </form>
      )}
    </span>
  );
}
