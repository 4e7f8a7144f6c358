import { useMemo, useState } from 'react';
import type { ImportWarning } from '../../../shared/model';
import { countOf, formatCount } from '../format';

interface WarningListProps {
  warnings: ImportWarning[];
  /** How many the source has in all, when `warnings` holds only the first of them. */
  total?: number;
  /** Shown before the reviewer asks for all (0: all at once). */
  preview?: number;
  testId: string;
}

/** Every warning of an import, with a filter by kind and by words, so none is lost from view. */
export function WarningList({ warnings, total = warnings.length, preview = 0, testId }: WarningListProps) {
  const [all, setAll] = useState(preview === 0);
  const [code, setCode] = useState('');
  const [words, setWords] = useState('');
  const codes = useMemo(() => [...new Set(warnings.map((w) => w.code))].sort(), [warnings]);
  const wanted = words.trim().toLowerCase();
  const matching = warnings.filter((w) => (code === '' || w.code === code) && (wanted === '' || w.message.toLowerCase().includes(wanted)));
  const shown = all ? matching : matching.slice(0, preview);
  if (warnings.length === 0) return <p className="muted-strong">None.</p>;
  return (
    <div className="warning-block">
      {all && warnings.length > 1 && (
        <div className="warning-filter">
          <label>
            Kind{' '}
            <select value={code} onChange={(e) => setCode(e.target.value)} data-testid={`${testId}-code`}>
              <option value="">all ({formatCount(warnings.length)})</option>
              {codes.map((c) => (
                <option key={c} value={c}>
                  {c.replace(/_/g, ' ')} ({formatCount(warnings.filter((w) => w.code === c).length)})
                </option>
              ))}
            </select>
          </label>
          <label>
            Containing <input type="search" value={words} onChange={(e) => setWords(e.target.value)} data-testid={`${testId}-words`} />
          </label>
          <span className="muted-strong" role="status">
            {countOf(matching.length, 'warning')} shown
            {total > warnings.length ? ` of the first ${formatCount(warnings.length)} (${formatCount(total)} in all)` : ''}
          </span>
        </div>
      )}
      <ul className="warning-list" data-testid={testId}>
        {shown.map((w, i) => (
          <li key={i}>
            <span className="badge">{w.code.replace(/_/g, ' ')}</span> {w.line !== null && <span className="muted-strong">line {w.line}: </span>}
            {w.message}
          </li>
        ))}
      </ul>
      {!all && matching.length > preview && (
        <button type="button" className="link-button" data-testid={`${testId}-all`} onClick={() => setAll(true)}>
          Show all {countOf(matching.length, 'warning')}
        </button>
      )}
    </div>
  );
}
