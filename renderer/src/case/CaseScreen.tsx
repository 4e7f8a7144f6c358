import { useCallback, useMemo, useReducer, useState, type CSSProperties } from 'react';
import type { SearchHit, SearchSort } from '../../../shared/api';
import type { ConversationLink } from '../../../shared/model';
import { ConversationList } from '../conversations/ConversationList';
import { DayListToggle } from '../days/DayListToggle';
import { ErrorBanner } from '../errors/ErrorBanner';
import { useErrorBanner } from '../errors/useErrorBanner';
import { closeToNavigate } from '../engine/useModal';
import { ImportPanel } from '../import/ImportPanel';
import { LinkList } from '../links/LinkList';
import { LinkWithPicker } from '../links/LinkWithPicker';
import { useImportJob } from '../import/useImportJob';
import { useSearch } from '../search/useSearch';
import { ThreadView, type ThreadFocus } from '../thread/ThreadView';
import { useDisplayZone } from '../timeline/useDisplayZone';
import { timelineViewOf, type TimelineView } from '../timeline/view';
import { CaseHeader } from './CaseHeader';
import type { Opening } from './opening';
import { useCaseData } from './useCaseData';
import { CITATIONS_MAX, loadCitations } from '../details/loadDetails';
import { BASE_SHORTCUTS, type ShortcutAction } from '../keyboard/shortcuts';
import { useGlobalShortcuts } from '../keyboard/useGlobalShortcuts';
import { selectedCount, selectedRanges, selectionReducer } from '../selection/selection';
import { inFocusedCopy } from '../selection/threadPage';
import { readableError } from '../errors/readableError';
import type { CodingScope } from '../review/coding';
import { ReviewContext } from '../review/reviewContext';
import { withReviewShortcuts } from '../review/reviewShortcuts';
import { ReviewSummary } from '../review/ReviewSummary';
import { useReviewActions } from '../review/useReviewActions';
import { useReviewState } from '../review/useReviewState';
import { useChronology } from '../chronology/useChronology';
import { laterPart } from '../parts/laterPart';

// Not on screen when the window opens: each loads as its own script (parts/laterPart.tsx).
const AuditDialog = laterPart(() => import('../audit/AuditDialog').then((m) => m.AuditDialog));
const BulkTagHits = laterPart(() => import('../review/BulkTagHits').then((m) => m.BulkTagHits));
const CodingPane = laterPart(() => import('../review/CodingPane').then((m) => m.CodingPane));
const DayListPanel = laterPart(() => import('../days/DayListPanel').then((m) => m.DayListPanel));
const DetailPane = laterPart(() => import('../details/DetailPane').then((m) => m.DetailPane));
const GapsDialog = laterPart(() => import('../gaps/GapsDialog').then((m) => m.GapsDialog));
const KeyboardHelp = laterPart(() => import('../keyboard/KeyboardHelp').then((m) => m.KeyboardHelp));
const PeopleDialog = laterPart(() => import('../people/PeopleDialog').then((m) => m.PeopleDialog));
const ProduceDialog = laterPart(() => import('../production/ProduceDialog').then((m) => m.ProduceDialog));
const SearchResults = laterPart(() => import('../search/SearchResults').then((m) => m.SearchResults));
const SourcesDialog = laterPart(() => import('../sources/SourcesDialog').then((m) => m.SourcesDialog));
const TimelineDialog = laterPart(() => import('../timeline/TimelineDialog').then((m) => m.TimelineDialog));

interface OpenThread {
  /** A merged thread of linked copies, or else one conversation. */
  linkId: number | null;
  conversationId: number;
  focus: ThreadFocus | null;
  /** The search hit the thread was opened from, marked in the results list. */
  fromMessageId: number | null;
}

/** A place in a conversation the reviewer can go back to after a jump. */
interface Place {
  conversationId: number;
  seq: number;
}

/** Whether the coding pane was open when the reviewer last left it, kept across sessions. */
const CODING_PANE_KEY = 'threadline.codingPane';

/** The back stack stays short: it is for "where was I", not a history of the session. */
const BACK_LIMIT = 50;

/** The whole window: header, conversations, the open thread and, after a search, its results. */
export function CaseScreen({ opening }: { opening?: Opening }) {
  const { errors, reportError, dismissError } = useErrorBanner();
  const { caseInfo, conversations, links, refresh } = useCaseData(reportError, opening);
  const { search, runSearch, loadMore, stopSearch, closeSearch, highlightQuery } = useSearch(reportError);
  const { zone: displayZone, changeZone } = useDisplayZone(reportError);
  // Days, and so review progress, are counted in the display zone: read again when it changes.
  const { review, reviewerDialog } = useReviewState(reportError, displayZone?.timeZone ?? null);
  // The window's one key table: the base keys, extended with the coding keys (each tag's own key);
  // the coding actions are answered through ThreadView's onRoomAction and the global keys below.
  const reviewKeys = useMemo(() => withReviewShortcuts(BASE_SHORTCUTS, review.tags), [review.tags]);
  const shortcuts = reviewKeys.table;
  const [codingOpen, setCodingOpen] = useState(() => localStorage.getItem(CODING_PANE_KEY) === 'open');
  const toggleCoding = useCallback((show?: boolean) => {
    setCodingOpen((shown) => {
      const next = show ?? !shown;
      localStorage.setItem(CODING_PANE_KEY, next ? 'open' : 'closed');
      return next;
    });
  }, []);
  const [codingScope, setCodingScope] = useState<CodingScope>('message');
  const [produceOpen, setProduceOpen] = useState(false);
  const [auditOpen, setAuditOpen] = useState(false);
  // After an import, what it brought in is opened: the largest conversation of its sources.
  const [openAfterImport, setOpenAfterImport] = useState<number[] | null>(null);
  const onImported = useCallback(
    (sourceIds: number[]) => {
      setOpenAfterImport(sourceIds);
      void refresh();
    },
    [refresh],
  );
  const { ask, job: importJob, beginImport, startImport, cancelImport, closeImport } = useImportJob(onImported, reportError);
  const [open, setOpen] = useState<OpenThread | null>(null);
  const [selection, select] = useReducer(selectionReducer, null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [backStack, setBackStack] = useState<Place[]>([]);
  // What the window just did, said once for screen readers and shown briefly.
  const [status, setStatus] = useState('');
  // The results pane's width once the reviewer dragged it; until then the stylesheet's, which suits the window.
  const [resultsWidth, setResultsWidth] = useState<number | null>(null);
  // The sources dialog, opened on one source or on the first.
  const [sourcesFor, setSourcesFor] = useState<{ sourceId: number | null } | null>(null);
  // The People dialog; its merges change whom the open thread's authors are, so it reloads as after a re-read.
  const [peopleOpen, setPeopleOpen] = useState(false);
  // The gaps dialog, opened on one conversation or on the first.
  const [gapsFor, setGapsFor] = useState<{ conversationId: number | null } | null>(null);
  // The timeline dialog, and what it showed when it was last closed.
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [timelineView, setTimelineView] = useState<TimelineView | null>(null);
  const closeTimeline = useCallback(() => setTimelineOpen(false), []);
  // The conversation-day list beside the thread, kept open from one conversation to the next.
  const [daysOpen, setDaysOpen] = useState(false);
  // Bumped when a source's times are re-read, so the open thread reloads what it shows.
  const [readingVersion, setReadingVersion] = useState(0);
  const onReadingChanged = useCallback(() => {
    setReadingVersion((v) => v + 1);
    void refresh();
  }, [refresh]);

  // Until the reviewer picks one, the first conversation is shown rather than an empty pane.
  const selectedId = open?.conversationId ?? conversations?.[0]?.id ?? null;
  const selected = conversations?.find((c) => c.id === selectedId) ?? null;
  const selectedLink = open?.linkId == null ? null : (links?.find((l) => l.id === open.linkId) ?? null);
  // A link is a pair: only conversations not yet linked, from another source, can be linked by hand.
  const linkCandidates =
    selected === null || selected.linkedConversationIds.length > 0
      ? []
      : (conversations ?? []).filter((c) => c.sourceId !== selected.sourceId && c.linkedConversationIds.length === 0);

  // The selection in the thread on screen: a merged thread's counts its rows, a conversation's its seqs.
  const shownSelection =
    selection !== null && (selectedLink === null ? selection.linkId === undefined && selection.conversationId === selectedId : selection.linkId === selectedLink.id) ? selection : null;

  // Where the reviewer is: the focused message, else the message last jumped to. A merged thread's
  // rows are no conversation's seqs, so no place to come back to.
  const here: Place | null =
    selectedLink !== null
      ? null
      : shownSelection !== null
      ? { conversationId: shownSelection.conversationId, seq: shownSelection.focus }
      : open?.focus != null
        ? { conversationId: open.conversationId, seq: open.focus.seq }
        : null;
  const hereConversation = here?.conversationId ?? null;
  const hereSeq = here?.seq ?? null;

  const showMessage = useCallback((conversationId: number, seq: number, fromMessageId: number | null, takeFocus = false) => {
    // A jump that is not to a hit keeps the place in the results, so n goes on from the last hit read.
    setOpen((current) => ({
      linkId: null,
      conversationId,
      focus: { seq, nonce: (current?.focus?.nonce ?? 0) + 1, takeFocus },
      fromMessageId: fromMessageId ?? current?.fromMessageId ?? null,
    }));
    select({ type: 'focus', conversationId, seq });
  }, []);

  /** A jump (a hit, a reply's parent, a finding, a date): the place left is kept for Back. */
  const focusMessage = useCallback(
    (conversationId: number, seq: number, fromMessageId: number | null, takeFocus = false) => {
      if (hereConversation !== null && hereSeq !== null && !(hereConversation === conversationId && hereSeq === seq)) {
        const left = { conversationId: hereConversation, seq: hereSeq };
        setBackStack((stack) => [...stack.slice(-(BACK_LIMIT - 1)), left]);
      }
      showMessage(conversationId, seq, fromMessageId, takeFocus);
    },
    [showMessage, hereConversation, hereSeq],
  );

  const goBack = useCallback(() => {
    const place = backStack[backStack.length - 1];
    if (place === undefined) return setStatus('Nothing to go back to.');
    setBackStack(backStack.slice(0, -1));
    showMessage(place.conversationId, place.seq, null, true);
  }, [backStack, showMessage]);

  const openHit = useCallback((hit: SearchHit, takeFocus = false) => focusMessage(hit.conversationId, hit.seq, hit.messageId, takeFocus), [focusMessage]);

  const searchAndOpen = useCallback(
    async (query: string, sort?: SearchSort, fromBox = false) => {
      const hits = await runSearch(query, sort);
      // The first hit opens at once: a search is run to read what it found. From the search box the
      // keyboard goes with it, so arrows read on and n steps to the next hit.
      if (hits?.[0] !== undefined) openHit(hits[0], fromBox);
    },
    [runSearch, openHit],
  );

  // Where the reviewer is in the results: at a hit when the message read is one, else the last hit opened.
  const hitAtHere = search === null ? -1 : search.hits.findIndex((h) => h.conversationId === hereConversation && h.seq === hereSeq);
  const hitIndex = hitAtHere !== -1 || search === null || open?.fromMessageId == null ? hitAtHere : search.hits.findIndex((h) => h.messageId === open.fromMessageId);

  /** Next or previous hit in the results' order, across conversations, loading the next page when needed. */
  const stepResult = useCallback(
    async (direction: 1 | -1) => {
      if (search === null || search.status !== 'done' || search.hits.length === 0) return setStatus('No search hits to step through: search first (press /).');
      const target = hitIndex === -1 ? 0 : hitIndex + direction;
      if (target < 0) return setStatus('This is the first hit.');
      const hits = target < search.hits.length ? search.hits : search.next !== null ? await loadMore() : null;
      const hit = hits?.[target];
      if (hit === undefined) return setStatus('This is the last hit.');
      openHit(hit, true);
    },
    [search, hitIndex, loadMore, openHit],
  );

  const selectConversation = useCallback((conversationId: number) => {
    setOpen({ linkId: null, conversationId, focus: null, fromMessageId: null });
    select({ type: 'clear' });
  }, []);

  // Adjusted while rendering, once the reloaded list holds what was imported.
  const imported = openAfterImport === null || conversations === null ? [] : conversations.filter((c) => openAfterImport.includes(c.sourceId));
  if (imported.length > 0) {
    setOpenAfterImport(null);
    const largest = imported.reduce((a, b) => (b.messageCount > a.messageCount ? b : a));
    setOpen({ linkId: null, conversationId: largest.id, focus: null, fromMessageId: null });
    select({ type: 'clear' });
  }

  const copyCitation = useCallback(async () => {
    if (selection === null) return setStatus('Select a message first: click it, or press t and then the arrow keys.');
    // One line for the focused message; with several selected, one line each, in thread order.
    const count = selectedCount(selection);
    if (count > CITATIONS_MAX) return setStatus(`${count} messages are selected; citations are copied for at most ${CITATIONS_MAX} at a time.`);
    if (selection.linkId !== undefined && count > 1) return setStatus('In a merged thread, citations are copied one message at a time: its messages come from different sources.');
    try {
      // A merged thread's message is cited from the copy it is shown from.
      const cited = await inFocusedCopy(selection);
      const conversation = conversations?.find((c) => c.id === cited.conversationId);
      if (conversation === undefined) return setStatus('Select a message first: click it, or press t and then the arrow keys.');
      const lines = await loadCitations(conversation.id, conversation.sourceId, count > 1 ? selectedRanges(cited) : [[cited.focus, cited.focus]]);
      if (lines === null || lines.length === 0) return setStatus('This message has no source in the case to cite.');
      const text = lines.join('\n');
      try {
        await navigator.clipboard.writeText(text);
        setStatus(lines.length === 1 ? `Citation copied: ${text}` : `${lines.length} citations copied, one per line.`);
      } catch {
        setStatus(`The clipboard could not be reached; the citation is: ${lines[0]}${lines.length > 1 ? ' (and more)' : ''}`);
      }
    } catch (error) {
      setStatus(`Could not build the citation: ${readableError(error)}`);
    }
  }, [conversations, selection]);

  const focusThread = () => {
    const thread = document.querySelector<HTMLElement>('[data-testid="thread"]');
    const row = selection === null ? null : thread?.querySelector<HTMLElement>(`[data-testid="message"][data-seq="${selection.focus}"]`);
    (row ?? thread)?.focus();
  };

  const { run: runReview, undo: undoReview } = useReviewActions({
    review,
    scope: codingScope,
    goTo: (conversationId, seq) => focusMessage(conversationId, seq, null, true),
    say: setStatus,
    onTogglePane: () => toggleCoding(),
  });

  const chronology = useChronology({
    review,
    conversations,
    timeZone: displayZone?.timeZone ?? null,
    say: setStatus,
    goTo: (conversationId, seq) => focusMessage(conversationId, seq, null, true),
    reportError,
  });

  const runGlobal = (action: ShortcutAction): boolean => {
    switch (action) {
      case 'focus-search': {
        const box = document.getElementById('search-input');
        if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
          box.focus();
          box.select();
        }
        return true;
      }
      case 'show-help':
        setHelpOpen(true);
        return true;
      case 'audit:open':
        setAuditOpen(true);
        return true;
      case 'next-result':
      case 'previous-result':
        void stepResult(action === 'next-result' ? 1 : -1);
        return true;
      case 'back':
        goBack();
        return true;
      case 'copy-citation':
        void copyCitation();
        return true;
      case 'focus-thread':
        focusThread();
        return true;
      default: {
        return chronology.run(action, shownSelection) || runReview(action, shownSelection);
      }
    }
  };
  useGlobalShortcuts(shortcuts, runGlobal);

  const selectLink = useCallback(
    (linkId: number) => {
      const first = links?.find((l) => l.id === linkId)?.members[0]?.conversationId;
      if (first !== undefined) setOpen({ linkId, conversationId: first, focus: null, fromMessageId: null });
      select({ type: 'clear' });
    },
    [links],
  );

  /** In a merged thread: a row shown and selected (Home, End, a page beyond the rows drawn). */
  const showRow = useCallback((link: ConversationLink, pos: number) => {
    const firstCopy = link.members[0]!.conversationId;
    setOpen((current) => ({ linkId: link.id, conversationId: firstCopy, focus: { seq: pos, nonce: (current?.focus?.nonce ?? 0) + 1, takeFocus: true }, fromMessageId: null }));
    select({ type: 'focus', conversationId: firstCopy, linkId: link.id, seq: pos });
  }, []);

  const busyImporting = importJob.step === 'starting' || importJob.step === 'running';

  return (
    <ReviewContext value={review}>
    <div
      className={`case-screen${search === null ? '' : ' has-search'}`}
      style={resultsWidth === null ? undefined : ({ '--results-width': `${resultsWidth}px` } as CSSProperties)}
    >
      <CaseHeader
        caseInfo={caseInfo}
        onSearch={(query) => void searchAndOpen(query, undefined, true)}
        onLeaveSearch={focusThread}
        onImport={() => void beginImport()}
        importBusy={busyImporting}
        onShowSources={() => setSourcesFor({ sourceId: null })}
        onShowGaps={() => setGapsFor({ conversationId: selectedId })}
        onShowPeople={() => setPeopleOpen(true)}
        onShowTimeline={() => {
          // The timeline opens on what is being read: the first time on the conversation in view; later
          // as it was left, unless it was left on another conversation than the one now in view (the whole case stays the whole case).
          if (timelineView === null || (timelineView.conversationId !== null && timelineView.conversationId !== selectedId)) setTimelineView(timelineViewOf(selectedId));
          setTimelineOpen(true);
        }}
        onShowKeys={() => setHelpOpen(true)}
        onProduce={() => setProduceOpen(true)}
        onShowAudit={() => setAuditOpen(true)}
        reviewSummary={<ReviewSummary />}
        displayZone={displayZone}
        onChangeDisplayZone={changeZone}
      />
      <ErrorBanner errors={errors} onDismiss={dismissError} />
      <ImportPanel
        open={ask.open}
        hint={ask.open ? ask.hint : null}
        job={importJob}
        onStart={(request) => void startImport(request)}
        onCancel={() => void cancelImport()}
        onClose={closeImport}
        onReviewSource={(sourceId) => setSourcesFor({ sourceId })}
      />
      {gapsFor !== null && conversations !== null && (
        <GapsDialog
          conversations={conversations}
          initialConversationId={gapsFor.conversationId}
          onClose={() => setGapsFor(null)}
          onShowInThread={(conversationId, seq) => {
            closeToNavigate();
            setGapsFor(null);
            focusMessage(conversationId, seq, null);
          }}
          reportError={reportError}
        />
      )}
      {timelineOpen && conversations !== null && displayZone !== null && (
        <TimelineDialog
          conversations={conversations}
          timeZone={displayZone.timeZone}
          view={timelineView ?? timelineViewOf(selectedId)}
          onViewChange={setTimelineView}
          onOpenMessage={(conversationId, seq) => {
            closeToNavigate();
            setTimelineOpen(false);
            focusMessage(conversationId, seq, null);
          }}
          onClose={closeTimeline}
          reportError={reportError}
        />
      )}
      {peopleOpen && <PeopleDialog onClose={() => setPeopleOpen(false)} onChanged={onReadingChanged} reportError={reportError} />}
      {sourcesFor !== null && (
        <SourcesDialog
          initialSourceId={sourcesFor.sourceId}
          onClose={() => setSourcesFor(null)}
          onChanged={onReadingChanged}
          reportError={reportError}
        />
      )}
      <div className="workspace">
        <ConversationList
          conversations={conversations}
          selectedId={selectedLink === null ? selectedId : null}
          onSelect={selectConversation}
          before={<LinkList links={links ?? []} selectedId={selectedLink?.id ?? null} onSelect={selectLink} />}
        />
        <main className="thread-pane">
          {selectedLink !== null ? (
            <ThreadView
              key={`link:${selectedLink.id}:${readingVersion}`}
              subject={{ kind: 'link', link: selectedLink }}
              focus={open?.focus ?? null}
              searchQuery={null}
              onGoToSeq={(pos) => showRow(selectedLink, pos)}
              onLinksChanged={onReadingChanged}
              selection={shownSelection}
              onSelect={select}
              shortcuts={shortcuts}
              onRoomAction={runReview}
              reportError={reportError}
            />
          ) : selected === null ? (
            <p className="empty-note">{conversations?.length === 0 ? 'Nothing to show yet.' : 'Select a conversation.'}</p>
          ) : (
            <div className="thread-with-days">
              <ThreadView
                key={`${selected.id}:${readingVersion}`}
                subject={{ kind: 'conversation', conversation: selected }}
                focus={open?.conversationId === selected.id ? open.focus : null}
                searchQuery={highlightQuery}
                onGoToSeq={(seq) => focusMessage(selected.id, seq, null)}
                onLinksChanged={onReadingChanged}
                  selection={shownSelection}
                onSelect={select}
                onToggleDetails={(show) => setDetailsOpen((shown) => show ?? !shown)}
                shortcuts={shortcuts}
                layoutKey={`${detailsOpen}:${daysOpen}:${codingOpen}:${search !== null}`}
                onRoomAction={runReview}
                takeFirstPage={opening?.takeFirstPage}
                extraTools={
                  <>
                    <button type="button" className="secondary-button" data-testid="back-button" onClick={goBack} disabled={backStack.length === 0} aria-keyshortcuts="Alt+ArrowLeft b" title="Back to where you were before the last jump (Alt+← or b)">
                      ← Back
                    </button>
                    <button
                      type="button"
                      className="secondary-button"
                      data-testid="details-toggle"
                      aria-expanded={detailsOpen}
                      aria-keyshortcuts="Enter i"
                      onClick={() => setDetailsOpen((shown) => !shown)}
                      title="The selected message's citation, record, events and attachments (Enter or i)"
                    >
                      Details
                    </button>
                    <LinkWithPicker conversation={selected} candidates={linkCandidates} onLinked={onReadingChanged} reportError={reportError} />
                    <DayListToggle open={daysOpen} onToggle={() => setDaysOpen((shown) => !shown)} />
                    <button type="button" className="secondary-button" data-testid="chronology-open" aria-keyshortcuts="o" onClick={chronology.openPanel} title="The chronology: dated facts with their evidence, as a table and as lanes (o)">
                      Chronology
                    </button>
                    <button type="button" className="secondary-button" data-testid="coding-toggle" aria-expanded={codingOpen} aria-keyshortcuts="Shift+C" onClick={() => toggleCoding()} title="Tags, notes, day status and the coding history (Shift+C)">
                      Coding
                    </button>
                  </>
                }
                reportError={reportError}
              />
              {daysOpen && (
                <DayListPanel
                  // Counted again after a re-read, an import (findings of linked copies) or a new display zone.
                  key={`${selected.id}:${readingVersion}:${caseInfo?.sourceCount}:${displayZone?.timeZone}`}
                  conversationId={selected.id}
                  onGoToSeq={(seq) => focusMessage(selected.id, seq, null)}
                  onClose={() => setDaysOpen(false)}
                  reportError={reportError}
                />
              )}
              {codingOpen && (
                <CodingPane
                  conversationId={selected.id}
                  selection={shownSelection}
                  scope={codingScope}
                  onScope={setCodingScope}
                  refusedKeys={reviewKeys.refused}
                  onUndo={(redo) => void undoReview(redo)}
                  say={setStatus}
                  onClose={() => toggleCoding(false)}
                />
              )}
              {detailsOpen && (
                <DetailPane
                  conversationId={selected.id}
                  sourceId={selected.sourceId}
                  seq={shownSelection?.focus ?? open?.focus?.seq ?? 0}
                  selectedCount={shownSelection === null ? 1 : selectedCount(shownSelection)}
                  onCopyCitation={() => void copyCitation()}
                  onShowInThread={(seq) => focusMessage(selected.id, seq, null)}
                  onClose={() => setDetailsOpen(false)}
                  reportError={reportError}
                />
              )}
            </div>
          )}
        </main>
        {search !== null && (
          <SearchResults
            search={search}
            activeMessageId={hitIndex === -1 ? null : (search.hits[hitIndex]?.messageId ?? null)}
            hitIndex={hitIndex}
            onStep={(direction) => void stepResult(direction)}
            width={resultsWidth ?? 370}
            onWidth={setResultsWidth}
            onOpenHit={(hit) => openHit(hit)}
            onLoadMore={() => void loadMore()}
            onStop={stopSearch}
            onClose={closeSearch}
            onSearch={(query, sort) => void searchAndOpen(query, sort)}
            hitTools={<BulkTagHits query={search.query} say={setStatus} />}
          />
        )}
      </div>
      <p className="status-line" role="status" data-testid="status-line">
        {status}
      </p>
      {helpOpen && <KeyboardHelp table={shortcuts} onClose={() => setHelpOpen(false)} />}
      {produceOpen && <ProduceDialog onClose={() => setProduceOpen(false)} />}
      {auditOpen && <AuditDialog onClose={() => setAuditOpen(false)} reportError={reportError} />}
      {chronology.dialogs}
      {reviewerDialog}
    </div>
    </ReviewContext>
  );
}
