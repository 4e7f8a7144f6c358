import { useState, type FormEvent } from 'react';
import type { ContactListSummary } from '../../../shared/model';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { countOf } from '../format';

interface ContactListImportProps {
  onImported: () => void;
}

function summaryText(s: ContactListSummary): string {
  const file = s.path.split(/[\\/]/).pop() ?? s.path;
  if (s.alreadyImported) return `${file} is already in the case (same SHA-256); nothing added.`;
  const read = `${file}: ${countOf(s.contacts, 'contact')} read (${countOf(s.numbers, 'number')}, ${s.addresses} e-mail address${s.addresses === 1 ? '' : 'es'})`;
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  const warned = s.warningCount ? `; ${countOf(s.warningCount, 'warning')}, the first: ${s.warnings[0]?.message ?? ''}` : '';
  return `${read}${skipped}; ${countOf(s.personsNamed, 'person')} named, ${s.personsJoined} joined${warned}`;
}

/** A contact list (vCard or CSV) to name bare numbers; in browser mode its path is typed. */
export function ContactListImport({ onImported }: ContactListImportProps) {
  const [typedHint, setTypedHint] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [country, setCountry] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (chosen: string) => {
    setBusy(true);
    setResult(null);
    try {
      const summary = await api.importContacts(country.trim() === '' ? { path: chosen } : { path: chosen, country: country.trim().toUpperCase() });
      setResult({ ok: true, text: summaryText(summary) });
      onImported();
    } catch (error) {
      setResult({ ok: false, text: readableError(error) });
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    try {
      const pick = await api.pickImportPaths({});
      if (pick.kind === 'paths' && pick.paths[0] !== undefined) await run(pick.paths[0]);
      else if (pick.kind === 'typed') setTypedHint(pick.hint);
    } catch (error) {
      setResult({ ok: false, text: readableError(error) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(path.trim());
  };

  return (
    <form className="contacts-import" onSubmit={submit}>
      {typedHint === null ? (
        <button type="button" className="secondary-button" data-testid="contacts-choose" disabled={busy} onClick={() => void choose()}>
          Import contact list…
        </button>
      ) : (
        <label className="field field-wide">
          <span>Contact list (vCard .vcf or CSV) to name bare numbers</span>
          <input data-testid="contacts-path-input" value={path} placeholder={typedHint} required maxLength={4096} spellCheck={false} onChange={(e) => setPath(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span>Country of numbers without a code (optional)</span>
        <input className="country-input" value={country} maxLength={2} placeholder="e.g. GB" data-testid="contacts-country-input" onChange={(e) => setCountry(e.target.value)} />
      </label>
      {typedHint !== null && (
        <button type="submit" className="secondary-button" data-testid="contacts-import" disabled={busy || path.trim() === ''}>
          Import
        </button>
      )}
      {result !== null && (
        <p className={`contacts-result${result.ok ? '' : ' people-problem'}`} role={result.ok ? 'status' : 'alert'} data-testid="contacts-result">
          {result.text}
        </p>
      )}
    </form>
  );
}
