import { useMemo, useState, type FormEvent } from 'react';
import type { ImportRequest } from '../../../shared/api';

interface ImportPathFormProps {
  hint: string;
  onSubmit: (request: ImportRequest) => void;
  onCancel: () => void;
}

export function ImportPathForm({ hint, onSubmit, onCancel }: ImportPathFormProps) {
  // The browser's own zone list, offered as suggestions only: the engine validates the zone. Asked
  // when the form is shown, not when the window loads (the browser takes milliseconds to list them).
  const knownZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const [path, setPath] = useState('');
  const [custodian, setCustodian] = useState('');
  const [timeZone, setTimeZone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Optional fields are left out when blank: the engine then records that no value was given.
    const request: ImportRequest = { paths: [path.trim()] };
    if (custodian.trim() !== '') request.custodian = custodian.trim();
    if (timeZone.trim() !== '') request.timeZone = timeZone.trim();
    onSubmit(request);
  };

  return (
    <form className="import-form" onSubmit={submit}>
      <label className="field field-wide">
        <span>File or folder to import</span>
        <input
          data-testid="import-path-input"
          value={path}
          placeholder={hint}
          required
          maxLength={4096}
          spellCheck={false}
          onChange={(event) => setPath(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Custodian (optional)</span>
        <input
          data-testid="import-custodian-input"
          value={custodian}
          maxLength={200}
          onChange={(event) => setCustodian(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Time zone of the device (optional)</span>
        <input
          data-testid="import-timezone-input"
          value={timeZone}
          list="known-time-zones"
          placeholder="e.g. Europe/Berlin"
          maxLength={64}
          spellCheck={false}
          onChange={(event) => setTimeZone(event.target.value)}
        />
        <datalist id="known-time-zones">
          {knownZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </label>
      <div className="form-actions">
        <button type="submit" className="primary-button" data-testid="import-submit" disabled={path.trim() === ''}>
          Import
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
