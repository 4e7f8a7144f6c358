import { useCallback, useMemo, useState } from 'react';
import { CHRONOLOGY_FORMATS, CHRONOLOGY_KINDS, type ChronologyEntry, type ChronologyFormat, type ChronologyKind, type ChronologyView } from '../../../shared/chronology';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { useEngineValue } from '../engine/useEngineValue';
import { readableError } from '../errors/readableError';
import type { ReportError } from '../errors/useErrorBanner';
import { useOptionalReview } from '../review/reviewContext';
import { EntryEditor, type EntryEdit } from './EntryEditor';
import { LaneView } from './LaneView';
import { filterChoices, NO_FILTER, tableRows, type SortKey, type TableFilter } from './table';
import './chronology.css';

interface ChronologyPanelProps {
  chronology: string;
  onChronology: (name: string) => void;
  /** Bumped when an entry is added from the window, so the panel reads the chronology again. */
  version: number;
  timeZone: string;
  conversations: ConversationSummary[];
  onOpenMessage: (messageId: number) => void;
  onAddEvent: () => void;
  onClose: () => void;
  reportError: ReportError;
}

/** The path typed with the format's extension, so one path serves all three buttons. */
function pathFor(path: string, format: ChronologyFormat): string {
  const typed = path.trim();
  return /\.(csv|html|pdf)$/i.test(typed) ? typed.replace(/\.(csv|html|pdf)$/i, `.${format}`) : `${typed}.${format}`;
}

const EMPTY = (name: string): ChronologyView => ({ chronology: { id: 0, name, entries: 0, createdBy: '', createdAt: 0 }, displayTimeZone: '', entries: [] });

/**
 * The investigator's chronology: a table of dated facts (sortable, filterable, searchable, each
 * editable) and the same facts as lanes; several chronologies per case; the self-check's warnings;
 * export to CSV, HTML and PDF and import from CSV.
 */
export function ChronologyPanel({ chronology, onChronology, version, timeZone, conversations, onOpenMessage, onAddEvent, onClose, reportError }: ChronologyPanelProps) {
  const review = useOptionalReview();
  const [changes, setChanges] = useState(0);
  const [view, setView] = useState<'table' | 'lanes'>('table');
  const [filter, setFilter] = useState<TableFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'time', descending: false });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [newName, setNewName] = useState<string | null>(null);
  const [exportPath, setExportPath] = useState('');
  const [importPath, setImportPath] = useState('');
  const [notice, setNotice] = useState('');
  const key = `${chronology}:${version}:${changes}:${timeZone}`;

  const lists = useEngineValue(() => api.listChronologies({}), key, reportError, 'Could not list the chronologies');
  const exists = lists?.some((c) => c.name.toLowerCase() === chronology.toLowerCase()) ?? false;
  const loaded = useEngineValue(async () => (exists ? api.chronology({ chronology }) : EMPTY(chronology)), `${key}:${exists}`, reportError, 'Could not read the chronology');
  const warnings = useEngineValue(async () => (exists ? (await api.checkChronology({ chronology })).warnings : []), `${key}:${exists}`, reportError, 'Could not check the chronology');
  const persons = useEngineValue(() => api.listPersons({}), 'persons', reportError, 'Could not list the people');
  const entries = useMemo(() => loaded?.entries ?? [], [loaded]);
  const rows = useMemo(() => tableRows(entries, filter, sort.key, sort.descending), [entries, filter, sort]);
  const choices = useMemo(() => filterChoices(entries), [entries]);
  const selected = entries.find((e) => e.id === selectedId) ?? null;
  const names = lists?.map((c) => c.name) ?? [];

  const write = async <T,>(what: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      const done = review === null ? await work() : await review.asReviewer(work);
      if (done !== null) setChanges((n) => n + 1);
      return done;
    } catch (error) {
      setNotice(`${what}: ${readableError(error)}`);
      return null;
    }
  };

  const save = (entry: ChronologyEntry, edit: EntryEdit) =>
    void write('Could not save the entry', () => api.changeChronologyEntry({ entryId: entry.id, title: edit.title, description: edit.description, labels: edit.labels, personIds: edit.personIds, people: edit.people, addTo: edit.addTo })).then(
      (done) => done !== null && setNotice(`Entry ${entry.id} saved.`),
    );
  const remove = (entry: ChronologyEntry) =>
    void write('Could not remove the entry', () => api.changeChronologyEntry({ entryId: entry.id, removed: true })).then((done) => {
      if (done === null) return;
      setSelectedId(null);
      setNotice(`Entry ${entry.id} removed (kept in the audit log).`);
    });

  const exportAs = async (format: ChronologyFormat) => {
    try {
      const done = await api.exportChronology({ chronology, format, outPath: pathFor(exportPath, format) });
      setNotice(`Wrote ${done.entries} entries to ${done.path}${done.warnings.length ? ` with ${done.warnings.length} warnings on its cover` : ''}.`);
    } catch (error) {
      setNotice(`Could not export: ${readableError(error)}`);
    }
  };
  const importCsv = async () => {
    const done = await write('Could not import', () => api.importChronology({ chronology, csvPath: importPath.trim() }));
    if (done === null) return;
    const problems = done.refused.flatMap((r) => r.problems);
    setNotice(`${done.added.length} of ${done.rows} rows added; ${done.refused.length} refused.${problems.length ? ` ${problems.join(' ')}` : ''}`);
  };
  const create = async () => {
    const name = newName?.trim() ?? '';
    if (name === '') return;
    const made = await write('Could not make the chronology', () => api.createChronology({ name }));
    if (made === null) return;
    setNewName(null);
    onChronology(made.name);
  };

  const openEntry = (entry: ChronologyEntry) => {
    const messageId = entry.citations[0]?.messageId;
    if (messageId !== undefined) return onOpenMessage(messageId);
    setView('table');
    setSelectedId(entry.id);
  };
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const sortMark = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none');
  const conversationName = useCallback((id: number) => conversations.find((c) => c.id === id)?.title ?? `Conversation ${id}`, [conversations]);

  return (
    <PanelDialog
      id="chronology-panel"
      className="chronology-panel"
      title="Chronology"
      heading={
        <>
          <label className="chronology-pick">
            <span className="visually-hidden">Chronology</span>
            <select data-testid="chronology-pick" value={chronology} onChange={(event) => onChronology(event.target.value)}>
              {[...new Set([chronology, ...names])].map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {newName === null ? (
            <button type="button" className="link-button" data-testid="chronology-new" onClick={() => setNewName('')}>
              New chronology…
            </button>
          ) : (
            <form
              className="chronology-new-form"
              onSubmit={(event) => {
                event.preventDefault();
                void create();
              }}
            >
              <input aria-label="Name of the new chronology" data-testid="chronology-new-name" value={newName} maxLength={200} onChange={(event) => setNewName(event.target.value)} autoFocus />
              <button type="submit" className="secondary-button" disabled={newName.trim() === ''}>
                Make
              </button>
            </form>
          )}
          <div className="chronology-tabs" role="group" aria-label="View">
            <button type="button" className="secondary-button" aria-pressed={view === 'table'} data-testid="chronology-show-table" onClick={() => setView('table')}>
              Table
            </button>
            <button type="button" className="secondary-button" aria-pressed={view === 'lanes'} data-testid="chronology-show-lanes" onClick={() => setView('lanes')}>
              Lanes
            </button>
          </div>
          <button type="button" className="secondary-button" data-testid="chronology-add-event" aria-keyshortcuts="e" onClick={onAddEvent} title="An event with no message behind it (e)">
            Outside event…
          </button>
        </>
      }
      onClose={onClose}
    >
      <p className="muted small chronology-sub">
        {loaded === null ? 'Reading…' : `${entries.length} entries · times in ${timeZone}, the source’s own clock beside them · add from the thread with a (messages), f (finding), D (day)`}
      </p>
      {warnings !== null && warnings.length > 0 && (
        <ul className="chronology-warnings" data-testid="chronology-warnings" aria-label="Self-check warnings">
          {warnings.map((w, i) => (
            <li key={i}>{w.text}</li>
          ))}
        </ul>
      )}
      {notice !== '' && (
        <p className="chronology-notice" role="status" data-testid="chronology-notice">
          {notice}
        </p>
      )}
      <div className="chronology-body">
        {view === 'table' ? (
          <div className="chronology-table-view">
            <div className="chronology-filters">
              <input type="search" aria-label="Search the entries" placeholder="Search entries" data-testid="chronology-search" value={filter.text} onChange={(event) => setFilter({ ...filter, text: event.target.value })} />
              <select aria-label="Label" data-testid="chronology-filter-label" value={filter.label ?? ''} onChange={(event) => setFilter({ ...filter, label: event.target.value || null })}>
                <option value="">Any label</option>
                {choices.labels.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
              <select aria-label="Person" data-testid="chronology-filter-person" value={filter.person ?? ''} onChange={(event) => setFilter({ ...filter, person: event.target.value || null })}>
                <option value="">Anyone</option>
                {choices.persons.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
              <select aria-label="Kind" data-testid="chronology-filter-kind" value={filter.kind ?? ''} onChange={(event) => setFilter({ ...filter, kind: (event.target.value || null) as ChronologyKind | null })}>
                <option value="">Any kind</option>
                {CHRONOLOGY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </div>
            <div className="chronology-table-scroll" tabIndex={0} role="region" aria-label="Entries">
              <table className="entry-table chronology-table" data-testid="chronology-table">
                <thead>
                  <tr>
                    <th aria-sort={sortMark('time')}>
                      <button type="button" className="link-button" onClick={() => sortBy('time')}>
                        When ({timeZone})
                      </button>
                    </th>
                    <th>Source clock</th>
                    <th aria-sort={sortMark('kind')}>
                      <button type="button" className="link-button" onClick={() => sortBy('kind')}>
                        Kind
                      </button>
                    </th>
                    <th aria-sort={sortMark('title')}>
                      <button type="button" className="link-button" data-testid="chronology-sort-title" onClick={() => sortBy('title')}>
                        Title
                      </button>
                    </th>
                    <th>People</th>
                    <th>Labels</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ entry, overlapsShown }) => (
                    <tr
                      key={entry.id}
                      className={entry.id === selectedId ? 'is-selected' : undefined}
                      data-testid="chronology-row"
                      data-entry-id={entry.id}
                      data-kind={entry.kind}
                      onClick={() => setSelectedId(entry.id)}
                    >
                      <td>
                        <div>{entry.displayTime}</div>
                        {entry.uncertainty.some((u) => u.reason !== 'seconds') && (
                          <div className="muted small" title={entry.uncertainty.map((u) => u.text).join('\n')}>
                            span: {entry.uncertainty.map((u) => u.text).join('; ')}
                          </div>
                        )}
                        {sort.key === 'time' && overlapsShown.length > 0 && (
                          <div className="chronology-uncertain" data-testid="order-uncertain" title={`Overlaps entries ${overlapsShown.join(', ')}: no order is claimed between them.`}>
                            order uncertain (with {overlapsShown.map((id) => `#${id}`).join(', ')})
                          </div>
                        )}
                      </td>
                      <td className="mono small">{entry.sourceTime ?? '—'}</td>
                      <td>{entry.kind === 'finding' && entry.finding ? `finding ${entry.finding.rule}` : entry.kind}</td>
                      <td>
                        <button type="button" className="link-button chronology-title-button" onClick={() => setSelectedId(entry.id)}>
                          {entry.title}
                        </button>
                        {entry.description && <div className="muted small">{entry.description}</div>}
                      </td>
                      <td>{entry.people.join(', ')}</td>
                      <td>{entry.labels.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {loaded !== null && rows.length === 0 && (
                <p className="empty-note">{entries.length === 0 ? 'No entries yet: select a message in the thread and press a, or add an outside event.' : 'No entry matches the filters.'}</p>
              )}
            </div>
            {selected !== null && (
              <EntryEditor
                key={`${selected.id}:${selected.changedAt}`}
                entry={selected}
                persons={persons ?? []}
                chronologies={names}
                onSave={(edit) => save(selected, edit)}
                onRemove={() => remove(selected)}
                onOpen={selected.citations.length > 0 ? () => openEntry(selected) : null}
              />
            )}
          </div>
        ) : (
          <LaneView entries={entries} chronology={chronology} timeZone={timeZone} conversationName={conversationName} onOpen={openEntry} reportError={reportError} />
        )}
      </div>
      <div className="chronology-files">
        <label className="field-inline">
          <span>Export to</span>
          <input className="mono" data-testid="chronology-export-path" placeholder="/path/to/chronology.csv" value={exportPath} onChange={(event) => setExportPath(event.target.value)} />
        </label>
        {CHRONOLOGY_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary-button" data-testid={`chronology-export-${format}`} disabled={exportPath.trim() === '' || !exists} onClick={() => void exportAs(format)}>
            {format.toUpperCase()}
          </button>
        ))}
        <label className="field-inline">
          <span>Import CSV</span>
          <input className="mono" data-testid="chronology-import-path" placeholder="/path/to/spreadsheet.csv" value={importPath} onChange={(event) => setImportPath(event.target.value)} />
        </label>
        <button type="button" className="secondary-button" data-testid="chronology-import" disabled={importPath.trim() === ''} onClick={() => void importCsv()}>
          Import
        </button>
      </div>
    </PanelDialog>
  );
}
