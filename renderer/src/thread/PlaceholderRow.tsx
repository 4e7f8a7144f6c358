import { formatCount } from '../format';

interface PlaceholderRowProps {
  seq: number;
  failure: string | undefined;
  onRetry: (seq: number) => void;
}

/** Stands in for a message whose page has not arrived (or could not be read). */
export function PlaceholderRow({ seq, failure, onRetry }: PlaceholderRowProps) {
  if (failure === undefined) {
    return (
      <div className="message-placeholder" data-testid="message-placeholder">
        #{formatCount(seq + 1)} loading…
      </div>
    );
  }
  return (
    <div className="message-placeholder is-failed" data-testid="message-placeholder">
      #{formatCount(seq + 1)} could not be loaded: {failure}{' '}
      <button type="button" className="link-button" onClick={() => onRetry(seq)}>
        Retry
      </button>
    </div>
  );
}
