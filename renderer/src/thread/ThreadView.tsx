import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ConversationLink, ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { LinkHeader } from '../links/LinkHeader';
import { copyLabels } from '../links/presence';
import { HitNavigator } from '../search/HitNavigator';
import { NO_HITS, ThreadHitCache } from '../search/ThreadHitCache';
import { ThreadHeader } from './ThreadHeader';
import { ThreadPageCache } from './ThreadPageCache';
import { placeFindings, type FindingPlaces } from './findingPlaces';
import { ThreadRow } from './ThreadRow';
import { WINDOW_ROWS, slidWindow, windowAround, windowHolds } from './threadWindow';

/** A request to show one message; a new nonce re-centres it even when the seq is the same. */
export interface ThreadFocus {
  seq: number;
  nonce: number;
}

/** What a thread shows: one conversation, or the merged copies of a linked conversation. */
export type ThreadSubject = { kind: 'conversation'; conversation: ConversationSummary } | { kind: 'link'; link: ConversationLink };

interface ThreadViewProps {
  subject: ThreadSubject;
  focus: ThreadFocus | null;
  /** The search whose hits are marked and stepped through, if any. */
  searchQuery: string | null;
  onGoToSeq: (seq: number) => void;
  /** A link was undone: the case's lists must be reloaded. */
  onLinksChanged: () => void;
  /** Tools the case adds to a conversation's header. */
  extraTools?: ReactNode;
  reportError: ReportError;
}

const NO_FINDINGS: FindingPlaces = { above: new Map(), below: new Map() };

// A one-line message with its meta line; rows are measured once drawn, this only sizes the unseen.
const ESTIMATED_ROW_PX = 46;
const OVERSCAN_ROWS = 8;
/** Rows either side of a focused message that fill the screen around it. */
const FOCUS_CONTEXT_ROWS = 20;

/** One conversation, or one merged thread, virtualized. Mounted per subject (keyed), so its cache is too. */
export function ThreadView({ subject, focus, searchQuery: query, onGoToSeq, onLinksChanged, extraTools, reportError }: ThreadViewProps) {
  const conversation = subject.kind === 'conversation' ? subject.conversation : null;
  const link = subject.kind === 'link' ? subject.link : null;
  // Hits are marked in one conversation's thread; a merged thread is read by presence instead.
  const searchQuery = conversation === null ? null : query;
  const [cache] = useState(
    () =>
      new ThreadPageCache(
        (from, limit) =>
          link !== null ? api.linkedThreadPage({ linkId: link.id, fromPos: from, limit }) : api.threadPage({ conversationId: conversation!.id, fromSeq: from, limit }),
        (error) => reportError('Could not load messages', error),
        link !== null ? link.rows : conversation!.messageCount,
      ),
  );
  const labels = link === null ? null : copyLabels(link);
  // Whose phone the thread is seen from: that person's messages on the right.
  const [seenFrom, setSeenFrom] = useState<string | null>(null);
  const listed = useEngineValue(
    () => (conversation === null ? Promise.resolve(null) : api.listFindings({ conversationId: conversation.id })),
    String(conversation?.id ?? null),
    reportError,
    'Could not read the gap findings',
  );
  const findings = useMemo(() => (listed === null ? NO_FINDINGS : placeFindings(listed.findings)), [listed]);
  const thread = useSyncExternalStore(cache.subscribe, cache.getSnapshot);
  const total = thread.total;

  // One hit cache per search: a new query starts from nothing.
  const [hitsFor, setHitsFor] = useState<{ query: string | null; cache: ThreadHitCache | null }>({ query: null, cache: null });
  if (hitsFor.query !== searchQuery) {
    setHitsFor({
      query: searchQuery,
      cache:
        searchQuery === null
          ? null
          : new ThreadHitCache(
              (fromSeq, toSeq) => api.threadHits({ q: searchQuery, conversationId: conversation!.id, fromSeq, toSeq }).then((r) => r.hits),
              (error) => reportError('Could not mark the search hits', error),
            ),
    });
  }
  const hitCache = hitsFor.cache ?? NO_HITS;
  const hits = useSyncExternalStore(hitCache.subscribe, hitCache.getSnapshot);

  // A focus outside the current window moves the window before anything is drawn (state adjusted
  // while rendering, as React recommends for props that reset state).
  const [slide, setSlide] = useState(() => ({
    windowStart: windowAround(focus?.seq ?? 0, total),
    focusNonce: focus?.nonce ?? null,
  }));
  if (focus !== null && focus.nonce !== slide.focusNonce) {
    const windowStart = windowHolds(slide.windowStart, focus.seq, total) ? slide.windowStart : windowAround(focus.seq, total);
    setSlide({ windowStart, focusNonce: focus.nonce });
  }
  const windowStart = Math.min(slide.windowStart, Math.max(0, total - WINDOW_ROWS));

  const scrollRef = useRef<HTMLDivElement>(null);
  // Keys are seqs: measured heights survive a slide, and the slide keeps the row being read in place.
  const getItemKey = useCallback((index: number) => windowStart + index, [windowStart]);
  // The React Compiler is not used here; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: Math.min(total, WINDOW_ROWS),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey,
    overscan: OVERSCAN_ROWS,
    // End anchoring re-finds the visible key after the keys at the window's edges change, which is
    // what keeps the reading position still when the window slides.
    anchorTo: 'end',
    onChange: (instance) => {
      // Only the reviewer's own scrolling slides the window. A jump sets the window itself, and the
      // stale position the list has until the jump lands must not slide it away from the target.
      if (!instance.isScrolling || instance.range === null) return;
      const next = slidWindow(windowStart, instance.range.startIndex, instance.range.endIndex, total);
      if (next !== windowStart) setSlide((s) => (s.windowStart === next ? s : { ...s, windowStart: next }));
    },
  });

  const items = virtualizer.getVirtualItems();
  const firstSeq = items.length === 0 ? null : windowStart + items[0]!.index;
  const lastSeq = items.length === 0 ? null : windowStart + items[items.length - 1]!.index;
  useEffect(() => {
    if (firstSeq !== null && lastSeq !== null) cache.want(firstSeq, lastSeq);
  }, [cache, firstSeq, lastSeq]);
  useEffect(() => {
    if (firstSeq !== null && lastSeq !== null) hitCache.want(firstSeq, lastSeq);
  }, [hitCache, firstSeq, lastSeq]);

  // Scroll to a focus once the window holding it is rendered, and once more when the messages
  // around it have arrived: until then they are placeholders of estimated height, and their real
  // heights would push the focused message away from the centre.
  const focusSurroundingsLoaded =
    focus !== null &&
    thread.messageAt(Math.max(0, focus.seq - FOCUS_CONTEXT_ROWS)) !== undefined &&
    thread.messageAt(Math.min(total - 1, focus.seq + FOCUS_CONTEXT_ROWS)) !== undefined;
  const scrolledFor = useRef<{ nonce: number; loaded: boolean } | null>(null);
  useLayoutEffect(() => {
    if (focus === null || !windowHolds(windowStart, focus.seq, total)) return;
    const done = scrolledFor.current;
    if (done !== null && done.nonce === focus.nonce && (done.loaded || !focusSurroundingsLoaded)) return;
    scrolledFor.current = { nonce: focus.nonce, loaded: focusSurroundingsLoaded };
    virtualizer.scrollToIndex(focus.seq - windowStart, { align: 'center' });
  }, [focus, focusSurroundingsLoaded, windowStart, total, virtualizer]);

  const range = virtualizer.range;
  const visible = range === null ? null : { first: windowStart + range.startIndex, last: windowStart + range.endIndex };
  const focusOnScreen = focus !== null && visible !== null && focus.seq >= visible.first && focus.seq <= visible.last;

  return (
    <div className="thread-view">
      {conversation !== null ? (
        <ThreadHeader
          conversation={conversation}
          total={total}
          visible={visible}
          onGoToSeq={onGoToSeq}
          seenFrom={seenFrom}
          onSeenFrom={setSeenFrom}
          extraTools={extraTools}
          reportError={reportError}
        />
      ) : (
        <LinkHeader link={link!} visible={visible} onUnlinked={onLinksChanged} seenFrom={seenFrom} onSeenFrom={setSeenFrom} reportError={reportError} />
      )}
      {searchQuery !== null && conversation !== null && (
        <HitNavigator
          query={searchQuery}
          conversationId={conversation.id}
          here={focusOnScreen ? focus.seq : (visible?.first ?? 0)}
          atMessage={focusOnScreen}
          onGoToSeq={onGoToSeq}
          reportError={reportError}
        />
      )}
      <div
        ref={scrollRef}
        className="thread-scroll"
        data-testid="thread"
        tabIndex={0}
        // A reply's quote carries its parent's seq; one listener here instead of a callback per row.
        onClick={(event) => {
          const target = (event.target as HTMLElement).closest<HTMLElement>('[data-jump-seq]');
          if (target !== null && conversation !== null) onGoToSeq(Number(target.dataset.jumpSeq));
        }}
        aria-label={`Messages of ${(conversation ?? link!).title}`}>
        {total === 0 && <p className="empty-note">This conversation has no messages.</p>}
        <div className="thread-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <ThreadRow
              key={item.key}
              index={item.index}
              seq={windowStart + item.index}
              start={item.start}
              thread={thread}
              highlighted={focus !== null && focus.seq === windowStart + item.index}
              marks={hits.marksAt(windowStart + item.index)}
              bandsAbove={findings.above.get(windowStart + item.index)}
              bandsBelow={findings.below.get(windowStart + item.index)}
              copies={labels}
              seenFrom={seenFrom}
              measureRef={virtualizer.measureElement}
              onRetry={cache.retry}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
