import { useCallback, useState, type ReactNode } from 'react';
import type { EntryEvidence } from '../../../shared/chronology';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { closeToNavigate } from '../engine/useModal';
import { readableError } from '../errors/readableError';
import type { ReportError } from '../errors/useErrorBanner';
import type { ShortcutAction } from '../keyboard/shortcuts';
import type { ReviewState } from '../review/reviewContext';
import type { ThreadSelection } from '../selection/selection';
import { laterPart } from '../parts/laterPart';
import { dayProposal, findingProposal, selectionProposal, type Proposal } from './fromThread';

const ChronologyPanel = laterPart(() => import('./ChronologyPanel').then((m) => m.ChronologyPanel));
const EventDialog = laterPart(() => import('./EventDialog').then((m) => m.EventDialog));

/** The chronology the keys add to, kept across sessions. */
const CHRONOLOGY_KEY = 'threadline.chronology';
const MASTER = 'Master';

interface ChronologyOptions {
  review: ReviewState;
  conversations: ConversationSummary[] | null;
  timeZone: string | null;
  say: (text: string) => void;
  /** Opens the thread at a message (a jump the reviewer can go Back from). */
  goTo: (conversationId: number, seq: number) => void;
  reportError: ReportError;
}

export interface Chronology {
  /** Answers the chronology keys (ShortcutAction `chronology:*`); false for any other action. */
  run: (action: ShortcutAction, selection: ThreadSelection | null) => boolean;
  openPanel: () => void;
  /** The panel and the outside-event dialog, when open. */
  dialogs: ReactNode;
}

/** The chronology in the window: one key adds what is selected, the panel shows and edits it all. */
export function useChronology({ review, conversations, timeZone, say, goTo, reportError }: ChronologyOptions): Chronology {
  const [chronology, setChronology] = useState(() => localStorage.getItem(CHRONOLOGY_KEY) ?? MASTER);
  const [panelOpen, setPanelOpen] = useState(false);
  const [eventOpen, setEventOpen] = useState(false);
  const [version, setVersion] = useState(0);

  const pick = useCallback((name: string) => {
    localStorage.setItem(CHRONOLOGY_KEY, name);
    setChronology(name);
  }, []);

  /** Adds the entry and says so; null when added, else why not. */
  const add = async (title: string, evidence: EntryEvidence, note?: string): Promise<string | null> => {
    try {
      const entry = await review.asReviewer(() => api.addChronologyEntry({ chronology, title, evidence }));
      if (entry === null) return 'Entries are made by a named reviewer: name one to add it.';
      setVersion((v) => v + 1);
      say(`Added to the chronology ${chronology}: ${entry.displayTime} — ${entry.title}.${note ? ` ${note}` : ''} (o opens it)`);
      return null;
    } catch (error) {
      return `Could not add to the chronology: ${readableError(error)}`;
    }
  };

  const addProposal = (propose: () => Promise<Proposal | string>) => {
    propose().then(
      async (p) => {
        const problem = typeof p === 'string' ? p : await add(p.title, p.evidence, p.note);
        if (problem !== null) say(problem);
      },
      (error: unknown) => say(`Could not add to the chronology: ${readableError(error)}`),
    );
    return true;
  };

  const run = (action: ShortcutAction, selection: ThreadSelection | null): boolean => {
    const needsSelection = () => {
      say('Select a message in the thread first: click it, or press t and then the arrow keys.');
      return true;
    };
    switch (action) {
      case 'chronology:open':
        setPanelOpen(true);
        return true;
      case 'chronology:add-event':
        setEventOpen(true);
        return true;
      case 'chronology:add-selection':
        return selection === null ? needsSelection() : addProposal(() => selectionProposal(selection));
      case 'chronology:add-finding':
        return selection === null ? needsSelection() : addProposal(() => findingProposal(selection));
      case 'chronology:add-day': {
        if (selection === null) return needsSelection();
        const name = conversations?.find((c) => c.id === selection.conversationId)?.title ?? `Conversation ${selection.conversationId}`;
        return addProposal(() => dayProposal(selection, timeZone ?? 'UTC', name));
      }
      default:
        return false;
    }
  };

  const openMessage = useCallback(
    (messageId: number) => {
      api.locateMessage({ messageId }).then(
        (place) => {
          closeToNavigate();
          setPanelOpen(false);
          goTo(place.conversationId, place.seq);
        },
        (error: unknown) => reportError('Could not open the message', error),
      );
    },
    [goTo, reportError],
  );

  const dialogs = (
    <>
      {panelOpen && conversations !== null && timeZone !== null && (
        <ChronologyPanel
          chronology={chronology}
          onChronology={pick}
          version={version}
          timeZone={timeZone}
          conversations={conversations}
          onOpenMessage={openMessage}
          onAddEvent={() => setEventOpen(true)}
          onClose={() => setPanelOpen(false)}
          reportError={reportError}
        />
      )}
      {eventOpen && <EventDialog chronology={chronology} displayZone={timeZone ?? 'UTC'} onAdd={(title, evidence) => add(title, evidence)} onClose={() => setEventOpen(false)} />}
    </>
  );

  return { run, openPanel: () => setPanelOpen(true), dialogs };
}
