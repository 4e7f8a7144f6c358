import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Person, PersonSuggestion } from '../../../shared/model';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { readableError } from '../errors/readableError';
import type { ReportError } from '../errors/useErrorBanner';
import { countOf } from '../format';
import { ContactListImport } from './ContactListImport';
import { PersonDetails } from './PersonDetails';
import { PersonList } from './PersonList';
import { SuggestionList } from './SuggestionList';
import './people.css';

interface PeopleDialogProps {
  onClose: () => void;
  /** Persons changed (a merge, an unmerge, a contact list): whatever shows authors' persons reloads. */
  onChanged: () => void;
  reportError: ReportError;
}

/** The reason to send with a merge or unmerge: none when the reviewer wrote none. */
function why(reason: string): { reason?: string } {
  return reason.trim() ? { reason: reason.trim() } : {};
}

/**
 * Who is who across sources (docs/people.md): persons with their participants as each source
 * wrote them and why they are grouped, suggestions to merge on weak evidence, unmerge per participant,
 * and a contact list to name bare numbers. Every decision is the engine's to audit.
 */
export function PeopleDialog({ onClose, onChanged, reportError }: PeopleDialogProps) {
  const [persons, setPersons] = useState<Person[] | null>(null);
  const [suggestions, setSuggestions] = useState<PersonSuggestion[]>([]);
  const [version, setVersion] = useState(0);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Why the reviewer merges or unmerges: optional, kept with the decision in the audit log.
  const [reason, setReason] = useState('');

  useEffect(() => {
    let live = true;
    Promise.all([api.listPersons({}), api.personSuggestions({})]).then(
      ([list, offered]) => {
        if (!live) return;
        setPersons(list);
        setSuggestions(offered);
      },
      (error: unknown) => reportError('Could not list the people', error),
    );
    return () => {
      live = false;
    };
  }, [reportError, version]);

  const byId = useMemo(() => new Map((persons ?? []).map((p) => [p.id, p])), [persons]);

  /** Runs one decision; on success everything is re-read and the person it concerns is shown. */
  const decide = useCallback(
    async (failure: string, call: () => Promise<number | null>) => {
      setBusy(true);
      setProblem(null);
      try {
        const focus = await call();
        if (focus !== null) setSelectedId(focus);
        setReason('');
        setVersion((v) => v + 1);
        onChanged();
      } catch (error) {
        setProblem(`${failure}: ${readableError(error)}`);
      } finally {
        setBusy(false);
      }
    },
    [onChanged],
  );

  const merge = useCallback(
    (personIds: number[], displayName?: string) =>
      void decide('Could not merge', async () => (await api.mergePersons({ personIds, ...(displayName ? { displayName } : {}), ...why(reason) })).id),
    [decide, reason],
  );
  const unmerge = useCallback(
    (participantId: number) => void decide('Could not unmerge', async () => (await api.unmergeParticipant({ participantId, ...why(reason) })).from.id),
    [decide, reason],
  );
  const contactsImported = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  const shown = (selectedId !== null ? byId.get(selectedId) : undefined) ?? persons?.[0] ?? null;
  const grouped = persons?.filter((p) => p.participants.length > 1).length ?? 0;
  return (
    <PanelDialog
      id="people-dialog"
      className="people-dialog"
      title="People"
      heading={
        persons !== null && (
          <span className="panel-subtitle">
            {countOf(persons.length, 'person')}, {grouped} written in more than one way · {countOf(suggestions.length, 'suggestion')}
          </span>
        )
      }
      onClose={onClose}
    >
      {problem !== null && (
        <p className="people-problem" role="alert" data-testid="people-problem">
          {problem}
        </p>
      )}
      <label className="people-reason">
        <span>Reason for a merge or unmerge (optional, kept in the audit log)</span>
        <input data-testid="people-reason" value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
      </label>
      <div className="people-body">
        <div className="people-side">
          <SuggestionList suggestions={suggestions} persons={byId} busy={busy} onMerge={(ids) => merge(ids)} onShow={setSelectedId} />
          <PersonList persons={persons} selectedId={shown?.id ?? null} busy={busy} onSelect={setSelectedId} onMerge={merge} />
        </div>
        {shown !== null ? (
          <PersonDetails key={shown.id} person={shown} busy={busy} onUnmerge={unmerge} />
        ) : (
          <p className="empty-note">{persons === null ? 'Loading…' : 'No people yet: import a chat export first.'}</p>
        )}
      </div>
      <ContactListImport onImported={contactsImported} />
    </PanelDialog>
  );
}
