import { useState } from 'react';
import type { AuditEntrySummary, AuditOverview } from '../../../shared/review';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { formatCount } from '../format';
import { whenText } from '../review/when';
import { ChainState } from './ChainState';
import './audit.css';

const PAGE_SIZE = 100;

/** An entry this long was recorded with more than its summary shows. */
const LONG_ENTRY = 1000;

interface Filters {
  actor: string;
  /** An action (`tag.apply`) or its family (`tag`); '' for every action. */
  action: string;
  /** A date `YYYY-MM-DD` of the reviewer's own clock (as the times are shown); '' for the whole log. */
  since: string;
}

const NO_FILTERS: Filters = { actor: '', action: '', since: '' };

/** Actions grouped by family (`tag.apply` under `tag`), each family with its entry count. */
function families(actions: AuditOverview['actions']): { family: string; entries: number; actions: AuditOverview['actions'] }[] {
  const grouped = new Map<string, AuditOverview['actions']>();
  for (const a of actions) {
    const family = a.action.split('.')[0]!;
    grouped.set(family, [...(grouped.get(family) ?? []), a]);
  }
  return [...grouped].map(([family, members]) => ({ family, entries: members.reduce((n, a) => n + a.entries, 0), actions: members }));
}

function pageRequest(filters: Filters, after: number | undefined) {
  return {
    limit: PAGE_SIZE,
    ...(after === undefined ? {} : { after }),
    ...(filters.actor === '' ? {} : { actor: filters.actor }),
    ...(filters.action === '' ? {} : { action: filters.action }),
    // Midnight of that date in this computer's clock, the clock the times are shown in.
    ...(filters.since === '' ? {} : { since: new Date(`${filters.since}T00:00`).getTime() }),
  };
}

/**
 * The audit log in the window (`threadline audit` in the command line): every import and decision
 * oldest first, with its time, reviewer, action, what it acted on and the values before and after,
 * filtered by reviewer, action and date, a page at a time; and the chain's state with its head.
 */
export function AuditDialog({ onClose, reportError }: { onClose: () => void; reportError: ReportError }) {
  const overview = useEngineValue(() => api.auditOverview({}), 'overview', reportError, 'Could not read the audit log');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The `after` of every page read on the way here (keyset paging): the last is this page's.
  const [cursors, setCursors] = useState<number[]>([]);
  const after = cursors.at(-1);
  const request = pageRequest(filters, after);
  const page = useEngineValue(() => api.auditPage(request), JSON.stringify(request), reportError, 'Could not read the audit log');
  const filter = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setCursors([]);
  };
  const showEntry = (id: number) => {
    setFilters(NO_FILTERS);
    setCursors([id - 1]);
  };
  const entries = page?.entries ?? [];
  return (
    <PanelDialog id="audit-dialog" className="sources-dialog audit-dialog" title="Audit log" onClose={onClose}>
      {overview !== null && <ChainState overview={overview} onShowEntry={showEntry} />}
      <div className="audit-filters" role="group" aria-label="Filter the log">
        <label className="field">
          <span>Reviewer</span>
          <select value={filters.actor} onChange={(e) => filter({ actor: e.target.value })} data-testid="audit-filter-actor">
            <option value="">Everyone</option>
            {(overview?.actors ?? []).map((a) => (
              <option key={a.name} value={a.name}>
                {a.name} ({formatCount(a.entries)})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Action</span>
          <select value={filters.action} onChange={(e) => filter({ action: e.target.value })} data-testid="audit-filter-action">
            <option value="">Every action</option>
            {families(overview?.actions ?? []).map((f) => (
              <optgroup key={f.family} label={f.family}>
                {f.actions.length > 1 && (
                  <option value={f.family}>
                    every {f.family} action ({formatCount(f.entries)})
                  </option>
                )}
                {f.actions.map((a) => (
                  <option key={a.action} value={a.action}>
                    {a.action} ({formatCount(a.entries)})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Since</span>
          <input type="date" value={filters.since} onChange={(e) => filter({ since: e.target.value })} data-testid="audit-filter-since" />
        </label>
        {(filters.actor !== '' || filters.action !== '' || filters.since !== '') && (
          <button type="button" className="link-button" onClick={() => filter(NO_FILTERS)}>
            Show every entry
          </button>
        )}
      </div>
      <div className="audit-table-scroll" tabIndex={0} role="region" aria-label="Entries">
        <table className="entry-table audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">Reviewer</th>
              <th scope="col">Action</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <AuditRow key={e.id} entry={e} broken={overview?.brokenAt === e.id} />
            ))}
          </tbody>
        </table>
        {page === null && <p className="muted">Reading the log…</p>}
        {page !== null && entries.length === 0 && <p className="muted">No entry matches these filters.</p>}
      </div>
      <footer className="audit-paging">
        <span className="muted small" data-testid="audit-range">
          {entries.length > 0 ? `Entries ${entries[0]!.id} to ${entries.at(-1)!.id}, oldest first` : ''}
        </span>
        <button type="button" className="secondary-button" onClick={() => setCursors([])} disabled={cursors.length === 0}>
          First
        </button>
        <button type="button" className="secondary-button" onClick={() => setCursors((c) => c.slice(0, -1))} disabled={cursors.length === 0} data-testid="audit-earlier">
          ← Earlier
        </button>
        <button type="button" className="secondary-button" onClick={() => page?.next != null && setCursors((c) => [...c, page.next!])} disabled={page?.next == null} data-testid="audit-later">
          Later →
        </button>
      </footer>
    </PanelDialog>
  );
}

function AuditRow({ entry: e, broken }: { entry: AuditEntrySummary; broken: boolean }) {
  return (
    <tr data-testid="audit-entry" data-id={e.id} className={broken ? 'is-broken' : undefined} title={`Hash ${e.hash}`}>
      <td className="audit-id">{e.id}</td>
      <td className="audit-time" title={new Date(e.at).toISOString()}>
        {whenText(e.at)}
      </td>
      <td>{e.actor}</td>
      <td className="audit-action">{e.action}</td>
      <td>
        {e.target}
        {e.detailChars > LONG_ENTRY && <span className="muted small"> · in short; the entry holds {formatCount(e.detailChars)} characters (threadline audit --json prints it whole)</span>}
      </td>
      <td className="audit-value">{e.before ?? ''}</td>
      <td className="audit-value">{e.after ?? ''}</td>
    </tr>
  );
}
