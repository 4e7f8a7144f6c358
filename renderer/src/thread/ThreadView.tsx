import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ThreadPage } from '../../../shared/api';
import type { ConversationLink, ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { afterFirstRows, firstRowsDrawn } from '../engine/firstRows';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { LinkHeader } from '../links/LinkHeader';
import { copyLabels } from '../links/presence';
import { HitNavigator } from '../search/HitNavigator';
import { NO_HITS, ThreadHitCache } from '../search/ThreadHitCache';
import { BASE_SHORTCUTS, actionFor, keyOf, type Shortcut, type ShortcutAction } from '../keyboard/shortcuts';
import { isSelectedIn, selectedRanges, type SelectionAction, type SelectionHome, type ThreadSelection } from '../selection/selection';
import { localDay } from '../format';
import { dayAfter } from './days';
import { ThreadHeader } from './ThreadHeader';
import { ThreadPageCache } from './ThreadPageCache';
import { placeFindings, type FindingPlaces } from './findingPlaces';
import { ThreadRow } from './ThreadRow';
import { WINDOW_ROWS, slidWindow, windowAround, windowHolds } from './threadWindow';

/** A request to show one message; a new nonce re-centres it even when the seq is the same. */
export interface ThreadFocus {
  seq: number;
  nonce: number;
  /** The keyboard goes with the jump (a search run from the box, a hit stepped to with n). */
  takeFocus?: boolean;
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
  /** The case's selection, when it is in this thread (a merged thread's counts its rows). */
  selection?: ThreadSelection | null;
  onSelect?: (action: SelectionAction) => void;
  /** Enter or a double click: show (or hide) the focused message's details. */
  onToggleDetails?: (open?: boolean) => void;
  /** The window's key table (the base keys plus any a room added, e.g. tag keys). */
  shortcuts?: readonly Shortcut[];
  /** Changes when panes beside or under the thread open or close: the focused message is brought back into view. */
  layoutKey?: string;
  /** A thread key this view does not know (a room's own, e.g. `tag:responsive`); true when handled. */
  onRoomAction?: (action: ShortcutAction, selection: ThreadSelection) => boolean;
  /** A conversation's first page already asked for or arrived, if any (the window's opening): taken once, at mount. */
  takeFirstPage?: (conversationId: number) => ThreadPage | Promise<ThreadPage> | null;
  reportError: ReportError;
}

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';
// A click on these does its own thing; it still selects the message, but leaves the focus where it is.
const INTERACTIVE = 'button, a, input, select, textarea, summary, audio, video, [data-jump-seq]';

const NO_FINDINGS: FindingPlaces = { above: new Map(), below: new Map() };

// A one-line message with its meta line; rows are measured once drawn, this only sizes the unseen.
const ESTIMATED_ROW_PX = 46;
const OVERSCAN_ROWS = 8;
/** Rows either side of a focused message that fill the screen around it. */
const FOCUS_CONTEXT_ROWS = 20;

/** One conversation, or one merged thread, virtualized. Mounted per subject (keyed), so its cache is too. */
export function ThreadView({
  subject,
  focus,
  searchQuery: query,
  onGoToSeq,
  onLinksChanged,
  extraTools,
  selection = null,
  onSelect,
  onToggleDetails,
  shortcuts = BASE_SHORTCUTS,
  layoutKey = '',
  onRoomAction,
  takeFirstPage,
  reportError,
}: ThreadViewProps) {
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
        conversation === null ? null : takeFirstPage?.(conversation.id),
      ),
  );
  const labels = link === null ? null : copyLabels(link);
  // What a click or a key selects in: the conversation, or the merged thread's rows.
  const home: SelectionHome = link === null ? { conversationId: conversation!.id } : { conversationId: link.members[0]!.conversationId, linkId: link.id };
  // Whose phone the thread is seen from: that person's messages on the right.
  const [seenFrom, setSeenFrom] = useState<string | null>(null);
  const listed = useEngineValue(
    () => (conversation === null ? Promise.resolve(null) : afterFirstRows(() => api.listFindings({ conversationId: conversation.id }))),
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
  // The nonce of the last jump whose message came into view.
  const landedJump = useRef<number | null>(null);
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
    // Until the list's own height is measured, the window's: the first rows are drawn in the first
    // render rather than one render later (a few rows too many at most, gone at the next).
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    // End anchoring re-finds the visible key after the keys at the window's edges change, which is
    // what keeps the reading position still when the window slides.
    anchorTo: 'end',
    onChange: (instance) => {
      // Only the reviewer's own scrolling slides the window. A jump sets the window itself, and the
      // stale position the list has until the jump lands must not slide it away from the target:
      // nothing slides until the jump's message is in view (a jump made just after another finds
      // the list still counted as scrolling).
      if (!instance.isScrolling || instance.range === null || (focus !== null && landedJump.current !== focus.nonce)) return;
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
  // The first rows on screen free the reads held back for them (engine/firstRows.ts).
  const firstRowDrawn = total === 0 || (firstSeq !== null && (thread.messageAt(firstSeq) !== undefined || thread.failureAt(firstSeq) !== undefined));
  useEffect(() => {
    if (firstRowDrawn) firstRowsDrawn();
  }, [firstRowDrawn]);

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
  useEffect(() => {
    if (focusOnScreen) landedJump.current = focus.nonce;
  }, [focusOnScreen, focus]);

  // Roving focus: the selected message is the thread's one tab stop. After a key, a click or a jump
  // that the reviewer made from the thread, the browser focus follows the selection to its row.
  const selected = useMemo(() => selectedRanges(selection), [selection]);
  const focusedSeq = selection?.focus ?? null;
  // The seq the browser focus is to move to once its row is drawn and selected (null: stay put).
  const followFocus = useRef<number | null>(null);
  // Null at mount, so a jump that opened this conversation counts as a jump too.
  const lastJump = useRef<number | null>(null);
  if (focus !== null && focus.nonce !== lastJump.current) {
    lastJump.current = focus.nonce;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    if (focus.takeFocus === true || active === null || active === document.body || scrollRef.current?.contains(active)) followFocus.current = focus.seq;
  }
  const focusedRendered = focusedSeq !== null && items.some((item) => windowStart + item.index === focusedSeq);
  useEffect(() => {
    if (followFocus.current === null || followFocus.current !== focusedSeq) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-testid="message"][data-seq="${focusedSeq}"]`);
    if (row == null) return;
    followFocus.current = null;
    row.focus({ preventScroll: true });
  });

  // A pane opening under the thread shrinks it; the message being read stays on screen.
  const laidOutFor = useRef(layoutKey);
  useEffect(() => {
    if (laidOutFor.current === layoutKey) return;
    laidOutFor.current = layoutKey;
    if (focusedSeq !== null && windowHolds(windowStart, focusedSeq, total)) virtualizer.scrollToIndex(focusedSeq - windowStart, { align: 'auto' });
  }, [layoutKey, focusedSeq, windowStart, total, virtualizer]);

  const moveTo = (seq: number, action: SelectionAction) => {
    if (!windowHolds(windowStart, seq, total)) return onGoToSeq(seq);
    followFocus.current = seq;
    onSelect?.(action);
    virtualizer.scrollToIndex(seq - windowStart, { align: 'auto' });
  };

  const stepDay = async (direction: 'next' | 'previous', from: number) => {
    if (conversation === null) return;
    const here = thread.messageAt(from);
    const day = here === undefined ? null : localDay(here.sentAtLocal);
    if (day === null) return;
    try {
      if (direction === 'next') {
        const found = await api.locateDate({ conversationId: conversation.id, date: dayAfter(day) });
        if (found.seq !== null && found.seq > from) onGoToSeq(found.seq);
        return;
      }
      const start = await api.locateDate({ conversationId: conversation.id, date: day });
      if (start.seq !== null && start.seq < from) return onGoToSeq(start.seq);
      const before = from === 0 ? undefined : thread.messageAt(from - 1);
      const previousDay = before === undefined ? null : localDay(before.sentAtLocal);
      if (previousDay === null) return;
      const found = await api.locateDate({ conversationId: conversation.id, date: previousDay });
      if (found.seq !== null) onGoToSeq(found.seq);
    } catch (error) {
      reportError('Could not find the day', error);
    }
  };

  const runThreadAction = (action: ShortcutAction): boolean => {
    if (onSelect === undefined || total === 0) return false;
    const at = focusedSeq ?? visible?.first ?? 0;
    const page = visible === null ? 10 : Math.max(1, visible.last - visible.first - 1);
    const move = (delta: number) => moveTo(Math.max(0, Math.min(total - 1, at + delta)), selection === null ? { type: 'focus', ...home, seq: at } : { type: 'move', delta, total });
    const extend = (delta: number) => moveTo(Math.max(0, Math.min(total - 1, at + delta)), { type: 'extend-by', delta, total });
    switch (action) {
      case 'next-message':
        move(selection === null ? 0 : 1);
        return true;
      case 'previous-message':
        move(selection === null ? 0 : -1);
        return true;
      case 'page-down':
        move(page);
        return true;
      case 'page-up':
        move(-page);
        return true;
      case 'extend-down':
        extend(1);
        return true;
      case 'extend-up':
        extend(-1);
        return true;
      case 'first-message':
        onGoToSeq(0);
        return true;
      case 'last-message':
        onGoToSeq(total - 1);
        return true;
      case 'next-day':
      case 'previous-day':
        void stepDay(action === 'next-day' ? 'next' : 'previous', at);
        return true;
      case 'go-to-parent': {
        // A merged thread's rows are not its copies' seqs, which a parent is named by.
        const parentSeq = conversation === null ? null : thread.messageAt(at)?.parent?.seq;
        if (parentSeq != null) onGoToSeq(parentSeq);
        return true;
      }
      case 'toggle-selected':
        onSelect({ type: 'toggle', seq: at });
        return true;
      case 'collapse-selection':
        if (selection === null || selected.length === 1 && selected[0]![0] === selected[0]![1]) return false;
        onSelect({ type: 'collapse' });
        return true;
      case 'toggle-details':
        if (selection === null) onSelect({ type: 'focus', ...home, seq: at });
        onToggleDetails?.();
        return true;
      default:
        return selection !== null && onRoomAction !== undefined && onRoomAction(action, selection);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest(EDITABLE) !== null) return;
    // Enter on a button inside a message presses that button.
    if (event.key === 'Enter' && target.closest('button, a, summary') !== null) return;
    const action = actionFor(shortcuts, keyOf(event), 'thread');
    if (action === null || !runThreadAction(action)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  const onRowClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const jump = target.closest<HTMLElement>('[data-jump-seq]');
    if (jump !== null && conversation !== null) return onGoToSeq(Number(jump.dataset.jumpSeq));
    const row = target.closest<HTMLElement>('[data-testid="message"]');
    if (row === null || onSelect === undefined) return;
    const seq = Number(row.dataset.seq);
    if (event.shiftKey && selection !== null) onSelect({ type: 'extend-to', seq });
    else if ((event.ctrlKey || event.metaKey) && selection !== null) onSelect({ type: 'toggle', seq });
    else onSelect({ type: 'focus', ...home, seq });
    if (target.closest(INTERACTIVE) === null) row.focus({ preventScroll: true });
  };

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
        // The list itself is a tab stop only while the focused message is not drawn (or none is).
        tabIndex={focusedRendered ? -1 : 0}
        data-shortcut-scope="thread"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && focusedRendered) {
            followFocus.current = focusedSeq;
            virtualizer.scrollToIndex(focusedSeq - windowStart, { align: 'auto' });
          }
        }}
        // One listener for the rows: selection by click, and a reply's quote jumping to its parent.
        onClick={onRowClick}
        onDoubleClick={(event) => {
          if ((event.target as HTMLElement).closest(INTERACTIVE) === null && (event.target as HTMLElement).closest('[data-testid="message"]') !== null) onToggleDetails?.(true);
        }}
        aria-label={`Messages of ${(conversation ?? link!).title}`}>
        {total === 0 && <p className="empty-note">This conversation has no messages.</p>}
        <div className="thread-sizer" role="list" aria-label={`${total} messages`} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <ThreadRow
              key={item.key}
              index={item.index}
              seq={windowStart + item.index}
              start={item.start}
              thread={thread}
              highlighted={focus !== null && focus.seq === windowStart + item.index}
              focused={focusedSeq === windowStart + item.index}
              selected={isSelectedIn(selected, windowStart + item.index)}
              total={total}
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
