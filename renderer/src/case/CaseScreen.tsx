import { useCallback, useState } from 'react';
import type { SearchHit } from '../../../shared/api';
import { ConversationList } from '../conversations/ConversationList';
import { ErrorBanner } from '../errors/ErrorBanner';
import { useErrorBanner } from '../errors/useErrorBanner';
import { ImportPanel } from '../import/ImportPanel';
import { useImportJob } from '../import/useImportJob';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { ThreadView, type ThreadFocus } from '../thread/ThreadView';
import { CaseHeader } from './CaseHeader';
import { useCaseData } from './useCaseData';

interface OpenThread {
  conversationId: number;
  focus: ThreadFocus | null;
  /** The search hit the thread was opened from, marked in the results list. */
  fromMessageId: number | null;
}

/** The whole window: header, conversations, the open thread and, after a search, its results. */
export function CaseScreen() {
  const { errors, reportError, dismissError } = useErrorBanner();
  const { caseInfo, conversations, refresh } = useCaseData(reportError);
  const { search, runSearch, loadMore, closeSearch } = useSearch(reportError);
  const { importState, beginImport, startImport, cancelImport, closeImport } = useImportJob(refresh, reportError);
  const [open, setOpen] = useState<OpenThread | null>(null);

  // Until the reviewer picks one, the first conversation is shown rather than an empty pane.
  const selectedId = open?.conversationId ?? conversations?.[0]?.id ?? null;
  const selected = conversations?.find((c) => c.id === selectedId) ?? null;

  const focusMessage = useCallback((conversationId: number, seq: number, fromMessageId: number | null) => {
    setOpen((current) => ({ conversationId, focus: { seq, nonce: (current?.focus?.nonce ?? 0) + 1 }, fromMessageId }));
  }, []);

  const openHit = useCallback((hit: SearchHit) => focusMessage(hit.conversationId, hit.seq, hit.messageId), [focusMessage]);

  const selectConversation = useCallback((conversationId: number) => {
    setOpen({ conversationId, focus: null, fromMessageId: null });
  }, []);

  const busyImporting = importState.step === 'starting' || importState.step === 'running';

  return (
    <div className={`case-screen${search === null ? '' : ' has-search'}`}>
      <CaseHeader
        caseInfo={caseInfo}
        onSearch={(query) => void runSearch(query)}
        onImport={() => void beginImport()}
        importBusy={busyImporting}
      />
      <ErrorBanner errors={errors} onDismiss={dismissError} />
      <ImportPanel
        state={importState}
        onStart={(request) => void startImport(request)}
        onCancel={() => void cancelImport()}
        onClose={closeImport}
      />
      <div className="workspace">
        <ConversationList conversations={conversations} selectedId={selectedId} onSelect={selectConversation} />
        <main className="thread-pane">
          {selected === null ? (
            <p className="empty-note">{conversations?.length === 0 ? 'Nothing to show yet.' : 'Select a conversation.'}</p>
          ) : (
            <ThreadView
              key={selected.id}
              conversation={selected}
              focus={open?.conversationId === selected.id ? open.focus : null}
              onGoToSeq={(seq) => focusMessage(selected.id, seq, null)}
              reportError={reportError}
            />
          )}
        </main>
        {search !== null && (
          <SearchResults
            search={search}
            activeMessageId={open?.fromMessageId ?? null}
            onOpenHit={openHit}
            onLoadMore={() => void loadMore()}
            onClose={closeSearch}
          />
        )}
      </div>
    </div>
  );
}
