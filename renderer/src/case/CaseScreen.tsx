import { lazy, Suspense, useCallback, useState } from 'react';
import type { SearchHit } from '../../../shared/api';
import { ConversationList } from '../conversations/ConversationList';
import { DayListPanel } from '../days/DayListPanel';
import { DayListToggle } from '../days/DayListToggle';
import { ErrorBanner } from '../errors/ErrorBanner';
import { useErrorBanner } from '../errors/useErrorBanner';
import { GapsDialog } from '../gaps/GapsDialog';
import { ImportPanel } from '../import/ImportPanel';
import { LinkList } from '../links/LinkList';
import { LinkWithPicker } from '../links/LinkWithPicker';
import { useImportJob } from '../import/useImportJob';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { PeopleDialog } from '../people/PeopleDialog';
import { SourcesDialog } from '../sources/SourcesDialog';
import { ThreadView, type ThreadFocus } from '../thread/ThreadView';
import { useDisplayZone } from '../timeline/useDisplayZone';
import { timelineViewOf, type TimelineView } from '../timeline/view';
import { CaseHeader } from './CaseHeader';
import { useCaseData } from './useCaseData';

// The timeline and its charting library load when it is first opened, not with the window.
const TimelineDialog = lazy(() => import('../timeline/TimelineDialog').then((m) => ({ default: m.TimelineDialog })));

interface OpenThread {
  /** A merged thread of linked copies, or else one conversation. */
  linkId: number | null;
  conversationId: number;
  focus: ThreadFocus | null;
  /** The search hit the thread was opened from, marked in the results list. */
  fromMessageId: number | null;
}

/** The whole window: header, conversations, the open thread and, after a search, its results. */
export function CaseScreen() {
  const { errors, reportError, dismissError } = useErrorBanner();
  const { caseInfo, conversations, links, refresh } = useCaseData(reportError);
  const { search, runSearch, loadMore, closeSearch, highlightQuery } = useSearch(reportError);
  const { ask, job: importJob, beginImport, startImport, cancelImport, closeImport } = useImportJob(refresh, reportError);
  const [open, setOpen] = useState<OpenThread | null>(null);
  // The sources dialog, opened on one source or on the first.
  const [sourcesFor, setSourcesFor] = useState<{ sourceId: number | null } | null>(null);
  // The People dialog; its merges change whom the open thread's authors are, so it reloads as after a re-read.
  const [peopleOpen, setPeopleOpen] = useState(false);
  // The gaps dialog, opened on one conversation or on the first.
  const [gapsFor, setGapsFor] = useState<{ conversationId: number | null } | null>(null);
  // The timeline dialog, and what it showed when it was last closed.
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [timelineView, setTimelineView] = useState<TimelineView>(() => timelineViewOf(null));
  const closeTimeline = useCallback(() => setTimelineOpen(false), []);
  // The conversation-day list beside the thread, kept open from one conversation to the next.
  const [daysOpen, setDaysOpen] = useState(false);
  const { zone: displayZone, changeZone } = useDisplayZone(reportError);
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

  const focusMessage = useCallback((conversationId: number, seq: number, fromMessageId: number | null) => {
    setOpen((current) => ({ linkId: null, conversationId, focus: { seq, nonce: (current?.focus?.nonce ?? 0) + 1 }, fromMessageId }));
  }, []);

  const openHit = useCallback((hit: SearchHit) => focusMessage(hit.conversationId, hit.seq, hit.messageId), [focusMessage]);

  const selectConversation = useCallback((conversationId: number) => {
    setOpen({ linkId: null, conversationId, focus: null, fromMessageId: null });
  }, []);

  const selectLink = useCallback(
    (linkId: number) => {
      const first = links?.find((l) => l.id === linkId)?.members[0]?.conversationId;
      if (first !== undefined) setOpen({ linkId, conversationId: first, focus: null, fromMessageId: null });
    },
    [links],
  );

  const busyImporting = importJob.step === 'starting' || importJob.step === 'running';

  return (
    <div className={`case-screen${search === null ? '' : ' has-search'}`}>
      <CaseHeader
        caseInfo={caseInfo}
        onSearch={(query) => void runSearch(query)}
        onImport={() => void beginImport()}
        importBusy={busyImporting}
        onShowSources={() => setSourcesFor({ sourceId: null })}
        onShowGaps={() => setGapsFor({ conversationId: selectedId })}
        onShowPeople={() => setPeopleOpen(true)}
        onShowTimeline={() => setTimelineOpen(true)}
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
            setGapsFor(null);
            focusMessage(conversationId, seq, null);
          }}
          reportError={reportError}
        />
      )}
      {timelineOpen && conversations !== null && displayZone !== null && (
        <Suspense fallback={null}>
          <TimelineDialog
            conversations={conversations}
            timeZone={displayZone.timeZone}
            view={timelineView}
            onViewChange={setTimelineView}
            onOpenMessage={(conversationId, seq) => {
              setTimelineOpen(false);
              focusMessage(conversationId, seq, null);
            }}
            onClose={closeTimeline}
            reportError={reportError}
          />
        </Suspense>
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
              focus={null}
              searchQuery={null}
              onGoToSeq={() => undefined}
              onLinksChanged={onReadingChanged}
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
                extraTools={
                  <>
                    <LinkWithPicker conversation={selected} candidates={linkCandidates} onLinked={onReadingChanged} reportError={reportError} />
                    <DayListToggle open={daysOpen} onToggle={() => setDaysOpen((shown) => !shown)} />
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
            </div>
          )}
        </main>
        {search !== null && (
          <SearchResults
            search={search}
            activeMessageId={open?.fromMessageId ?? null}
            onOpenHit={openHit}
            onLoadMore={() => void loadMore()}
            onClose={closeSearch}
            onSearch={(query, sort) => void runSearch(query, sort)}
          />
        )}
      </div>
    </div>
  );
}
