import { useEffect, useState } from 'react';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { countOf } from '../format';

interface HitNavigatorProps {
  query: string;
  conversationId: number;
  /** The hit or message the reviewer is at; steps go from here. */
  here: number;
  /** True when `here` is itself a position to step away from (an opened hit), not just the top of the view. */
  atMessage: boolean;
  onGoToSeq: (seq: number) => void;
  reportError: ReportError;
}

/** Steps from hit to hit through the open conversation, in thread order. */
export function HitNavigator({ query, conversationId, here, atMessage, onGoToSeq, reportError }: HitNavigatorProps) {
  const [count, setCount] = useState<{ query: string; total: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    api.search({ q: query, conversationId, limit: 1 }).then(
      (page) => current && setCount({ query, total: page.total }),
      (error: unknown) => current && reportError('Could not count the hits in this conversation', error),
    );
    return () => {
      current = false;
    };
  }, [query, conversationId, reportError]);

  const step = async (direction: 'next' | 'previous') => {
    setBusy(true);
    setNote(null);
    try {
      // From the top of the view, the first message on screen counts as after it; at the very top
      // there is no message before it to step from, so the first message is asked about itself.
      const fromTop = direction === 'next' && !atMessage;
      if (fromTop && here === 0) {
        const first = await api.threadHits({ q: query, conversationId, fromSeq: 0, toSeq: 1 });
        if (first.hits.length > 0) return onGoToSeq(0);
      }
      const seq = fromTop && here > 0 ? here - 1 : here;
      const found = await api.adjacentThreadHit({ q: query, conversationId, seq, direction });
      if (found.seq === null) setNote(direction === 'next' ? 'No later hit in this conversation.' : 'No earlier hit in this conversation.');
      else onGoToSeq(found.seq);
    } catch (error) {
      reportError('Could not find the next hit', error);
    } finally {
      setBusy(false);
    }
  };

  const none = count !== null && count.query === query && count.total === 0;
  return (
    <div className="hit-navigator" data-testid="hit-navigator">
      <span className="hit-count" data-testid="hit-count">
        {count !== null && count.query === query ? `${countOf(count.total, 'hit')} in this conversation for “${query}”` : `Hits for “${query}”`}
      </span>
      {none && <span className="search-note">Next › in the results (or n) goes to the conversations that have hits.</span>}
      <button type="button" className="secondary-button" data-testid="hit-previous" disabled={busy || none} onClick={() => void step('previous')}>
        ‹ Previous hit
      </button>
      <button type="button" className="secondary-button" data-testid="hit-next" disabled={busy || none} onClick={() => void step('next')}>
        Next hit ›
      </button>
      {note !== null && (
        <span className="search-note" data-testid="hit-note">
          {note}
        </span>
      )}
    </div>
  );
}
