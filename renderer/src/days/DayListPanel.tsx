import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { MessageKind } from '../../../shared/model';
import type { ConversationDay, ConversationDays, FindingBand } from '../../../shared/timeline';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { saveText } from '../files/saveText';
import { countOf, dayHeading, formatCount } from '../format';
import { DayReviewChips } from '../review/DayReviewChips';
import './days.css';

interface DayListPanelProps {
  conversationId: number;
  onGoToSeq: (seq: number) => void;
  onClose: () => void;
  reportError: ReportError;
}

// Three lines: the date and count, what is special, and the day's review status and tags.
const ROW_PX = 66;
/** The kinds worth a reviewer's eye on a day; plain text is the count itself. */
const NOTED_KINDS: MessageKind[] = ['media', 'system', 'call', 'location', 'contact', 'poll', 'unclassified'];
const BAND_WORDS: Record<FindingBand, [string, string]> = { fact: ['fact', 'facts'], expected: ['expected', 'expected'], lead: ['lead', 'leads'] };
const BAND_TITLES: Record<FindingBand, string> = {
  fact: 'deletions or media the source records',
  expected: 'spans where loss is expected by design (disappearing messages, expiry)',
  lead: 'inferred leads (silences, counter skips, truncation)',
};

/**
 * A conversation's days in the display zone (the unit of review), each with its messages, what is
 * special among them, and the gap findings touching it. A click opens the thread at the day's first
 * message. Virtualized: a conversation of many years is thousands of days.
 */
export function DayListPanel({ conversationId, onGoToSeq, onClose, reportError }: DayListPanelProps) {
  const [loaded, setLoaded] = useState<ConversationDays | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api.conversationDays({ conversationId }).then(
      (days) => live && setLoaded(days),
      (error: unknown) => reportError('Could not list the conversation-days', error),
    );
    return () => {
      live = false;
    };
  }, [conversationId, reportError]);

  const days = loaded?.conversationId === conversationId ? loaded.days : null;
  // The React Compiler is not used here; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: days?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
  });

  const open = async (day: ConversationDay) => {
    setActive(day.day);
    try {
      const { message } = await api.locateTime({ conversationId, from: day.start, to: day.end });
      if (message !== null) onGoToSeq(message.seq);
    } catch (error) {
      reportError(`Could not open ${day.day}`, error);
    }
  };

  return (
    <aside className="day-list" data-testid="day-list" aria-label="Conversation-days">
      <div className="day-list-heading">
        <span title="Calendar days in the display zone. The thread's own day separators follow each source's clock as written.">
          {loaded !== null && days !== null ? `${countOf(days.length, 'day')} · ${loaded.timeZone}` : 'Days'}
        </span>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close the day list">
          Close
        </button>
      </div>
      {active !== null && (
        <div className="day-export" data-testid="day-export">
          Export {active} as
          {(['csv', 'jsonl'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="link-button"
              data-testid={`day-export-${format}`}
              onClick={() => void api.exportConversationDay({ conversationId, day: active, format }).then(saveText, (error: unknown) => reportError(`Could not export ${active}`, error))}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      )}
      {days === null && <p className="empty-note">Counting…</p>}
      {days?.length === 0 && <p className="empty-note">No message here has a time.</p>}
      {loaded !== null && loaded.undated > 0 && <p className="day-list-note muted small">{countOf(loaded.undated, 'message')} without a time, on no day.</p>}
      <div ref={scrollRef} className="day-list-scroll">
        <ul className="day-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {days !== null &&
            virtualizer.getVirtualItems().map((item) => {
              const day = days[item.index]!;
              return (
                <li key={day.day} className="day-list-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_PX }}>
                  <DayButton conversationId={conversationId} day={day} active={day.day === active} onOpen={() => void open(day)} />
                </li>
              );
            })}
        </ul>
      </div>
    </aside>
  );
}

function DayButton({ conversationId, day, active, onOpen }: { conversationId: number; day: ConversationDay; active: boolean; onOpen: () => void }) {
  const hours = Math.round(((day.end - day.start) / 3_600_000) * 100) / 100;
  const noted = NOTED_KINDS.filter((kind) => (day.kinds[kind] ?? 0) > 0).map((kind) => `${formatCount(day.kinds[kind]!)} ${kind}`);
  if (day.deleted > 0) noted.unshift(`${formatCount(day.deleted)} deleted`);
  const bands = (Object.keys(BAND_WORDS) as FindingBand[]).filter((band) => day.findings[band] > 0);
  return (
    <button type="button" className={`day-button${active ? ' is-active' : ''}`} data-testid="day-item" data-day={day.day} onClick={onOpen}>
      <span className="day-line">
        <span className="day-date">{dayHeading(day.day)}</span>
        {hours !== 24 && (
          <span className="day-length" title="Clocks changed this day in the display zone">
            {hours} h
          </span>
        )}
        <span className="day-count">{formatCount(day.messages)}</span>
      </span>
      <span className="day-line day-details">
        <span className="day-kinds">{noted.join(' · ')}</span>
        {bands.map((band) => (
          <span key={band} className={`day-band band-${band}`} title={`Gap findings touching this day: ${BAND_TITLES[band]}`}>
            {day.findings[band]} {BAND_WORDS[band][day.findings[band] === 1 ? 0 : 1]}
          </span>
        ))}
      </span>
      <span className="day-line">
        <DayReviewChips conversationId={conversationId} day={day.day} />
      </span>
    </button>
  );
}
